/**
 * Polarity in frames that reverse or fix it, and stances shared by coordinated holders. Synthetic
 * sentences about fictional talks between Norland and Sudmark (no seed, held-out or PolNeAR text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', packId: 'norland', surfaces: [['Norland', 'name'], ['Nordby', 'metonym']] },
  { name: 'Sudmark', type: 'country', party: 'sudmark', packId: 'sudmark', surfaces: [['Sudmark', 'name'], ['Sudhavn', 'metonym']] },
  { name: 'Ilse Varga', type: 'person', party: 'norland', surfaces: [['Ilse Varga', 'name'], ['Varga', 'name']] },
  { name: 'Tomas Brandt', type: 'person', party: 'sudmark', surfaces: [['Tomas Brandt', 'name'], ['Brandt', 'name']] },
  { name: 'Petra Lund', type: 'person', party: 'sudmark', surfaces: [['Petra Lund', 'name'], ['Lund', 'name']] },
  { name: 'Olaf Kern', type: 'person', party: 'sudmark', surfaces: [['Olaf Kern', 'name'], ['Kern', 'name']] },
  { name: 'Farmers Guild', type: 'organization', party: 'sudmark', surfaces: [['the Farmers Guild', 'name'], ['Farmers Guild', 'name']] },
];

function stancesOf(text: string) {
  return fixtureStances(text, ACTORS, kb).map(({ actor, proposition, stance, evidence }) => ({ actor, proposition, stance, evidence }));
}
const stanceOf = (list: ReturnType<typeof stancesOf>, actor: string, proposition: string) => list.filter((s) => s.actor === actor && s.proposition === proposition).map((s) => s.stance);

describe('objects inside a negative frame', () => {
  it('reads an object judged wrong as opposed, whatever verb governs the frame', () => {
    expect(stanceOf(stancesOf('Sudmark wants Norland to fix the unjust system of unilateral quotas.'), 'Sudmark', 'auto:quotas')).toEqual(['oppose']);
    const r = stancesOf('Sudmark urged Norland to abandon the unfair practice of punitive tariffs on grain.');
    expect(stanceOf(r, 'Sudmark', 'auto:tariffs')).toEqual(['oppose']);
    const r2 = stancesOf('Sudmark called for an end to the harmful use of export quotas.');
    expect(stanceOf(r2, 'Sudmark', 'auto:export-quotas')).toEqual(['oppose']);
  });

  it('keeps support when the frame is not a judgement', () => {
    const r = stancesOf('Sudmark urged Norland to expand the practice of duty-free quotas.');
    expect(stanceOf(r, 'Sudmark', 'auto:quotas')).toEqual(['support']);
  });

  it('reads doing away with an object as opposing it, and keeping it as supporting it', () => {
    expect(stanceOf(stancesOf('Varga wants to do away with the fishing quotas.'), 'Ilse Varga', 'auto:quotas')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Brandt vowed to keep the sanctions in place.'), 'Tomas Brandt', 'auto:sanctions')).toEqual(['support']);
    expect(stanceOf(stancesOf('Brandt said the sanctions should remain in place.'), 'Tomas Brandt', 'auto:sanctions')).toEqual(['support']);
    expect(stanceOf(stancesOf('Varga said the quotas must go.'), 'Ilse Varga', 'auto:quotas')).toEqual(['oppose']);
  });

  it('lets a judgement in the complement decide, not the urging verb', () => {
    const r = stancesOf('Brandt is urging the Farmers Guild to make it clear to Norland that the embargo is unacceptable.');
    expect(stanceOf(r, 'Tomas Brandt', 'auto:embargo')).toEqual(['oppose']);
    const r1 = stancesOf('Sudmark passed a grain bill. Brandt said: “We urge the Farmers Guild to tell Nordby plainly that this bill is a disgrace.”');
    expect(stanceOf(r1, 'Tomas Brandt', 'auto:bill')).toEqual(['oppose']);
    const r2 = stancesOf('Brandt urged Norland to accept that the embargo is a sensible step.');
    expect(stanceOf(r2, 'Tomas Brandt', 'auto:embargo')).not.toContain('oppose');
  });

  it('reads refusing to bargain over one’s own object as holding to it', () => {
    const r = stancesOf('Varga said Norland would not bargain away its tariffs.');
    expect(stanceOf(r, 'Ilse Varga', 'auto:tariffs')).toEqual(['support']);
    // Negotiating over something is no stance either way.
    expect(stanceOf(stancesOf('Varga said Norland was negotiating over its tariffs.'), 'Ilse Varga', 'auto:tariffs')).not.toContain('oppose');
  });
});

describe('a stance noun whose holder is someone else', () => {
  it('gives the subject no stance from another party’s opposition', () => {
    const r = stancesOf('Brandt met Kern in Sudhavn last week, a move that may provoke fresh opposition to the embargo.');
    expect(stanceOf(r, 'Tomas Brandt', 'auto:embargo')).toEqual([]);
    expect(stanceOf(r, 'Olaf Kern', 'auto:embargo')).toEqual([]);
  });

  it('still reads a stance noun the subject voices', () => {
    const r = stancesOf('The Farmers Guild voiced opposition to the embargo on Monday.');
    expect(stanceOf(r, 'Farmers Guild', 'auto:embargo')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Sudmark reiterated its strong support for the embargo.'), 'Sudmark', 'auto:embargo')).toEqual(['support']);
  });
});

describe('refusals until a condition is met', () => {
  it('reads "will not agree to X until Y" as opposition', () => {
    const r = stancesOf('Norland will not agree to a ceasefire until Sudmark withdraws its troops.');
    expect(stanceOf(r, 'Norland', 'auto:ceasefire')).toEqual(['oppose']);
  });

  it('reads "X should stay until Y" as holding to X', () => {
    const r = stancesOf('Lund said the sanctions should stay until Nordby pays compensation.');
    expect(stanceOf(r, 'Petra Lund', 'auto:sanctions')).toEqual(['support']);
  });

  it('keeps an acceptance offered on a condition conditional', () => {
    const r = stancesOf('Norland would agree to a ceasefire only if Sudmark withdraws its troops.');
    expect(stanceOf(r, 'Norland', 'auto:ceasefire')).toEqual(['conditional']);
  });
});

describe('coordinated holders', () => {
  it('gives every coordinated subject the stance', () => {
    const r = stancesOf('Brandt, Lund and Kern criticized the embargo.');
    for (const who of ['Tomas Brandt', 'Petra Lund', 'Olaf Kern']) expect(stanceOf(r, who, 'auto:embargo')).toEqual(['oppose']);
  });

  it('reads names after titles and party tags in a coordination', () => {
    const r = stancesOf('Several lawmakers, including Varga and Senators Brandt (S-North) and Kern (S-East), criticized the embargo.');
    for (const who of ['Ilse Varga', 'Tomas Brandt', 'Olaf Kern']) expect(stanceOf(r, who, 'auto:embargo')).toEqual(['oppose']);
    expect(new Set(r.filter((s) => s.proposition === 'auto:embargo').map((s) => s.evidence)).size).toBe(1);
  });

  it('does not coordinate a name that is an object', () => {
    const r = stancesOf('Brandt met Lund and criticized the embargo.');
    expect(stanceOf(r, 'Petra Lund', 'auto:embargo')).toEqual([]);
    expect(stanceOf(r, 'Tomas Brandt', 'auto:embargo')).toEqual(['oppose']);
  });
});

describe('objects found only by the verb governing them', () => {
  it('takes a bare abstract object named once or again', () => {
    expect(stancesOf('Norland rejected the normalisation of the port.')).not.toEqual([]);
    expect(stanceOf(stancesOf('Varga backed the privatisation on Monday.'), 'Ilse Varga', 'auto:privatisation')).toEqual(['support']);
    const twice = stancesOf('Varga backed the privatisation on Monday. Brandt said the privatisation would cost jobs.');
    expect(stanceOf(twice, 'Ilse Varga', 'auto:privatisation')).toEqual(['support']);
  });
});

describe('backing out', () => {
  it('reads backing out of a deal as opposing it, and backing a deal as supporting it', () => {
    expect(stancesOf('Norland backed out of the ceasefire deal on Friday.')).toContainEqual(expect.objectContaining({ actor: 'Norland', stance: 'oppose' }));
    expect(stancesOf('Norland backed out of the ceasefire deal on Friday.').some((x) => x.actor === 'Norland' && x.stance === 'support')).toBe(false);
    expect(stancesOf('Sudmark backed the ceasefire deal on Friday.')).toContainEqual(expect.objectContaining({ actor: 'Sudmark', stance: 'support' }));
  });
});

describe('"that" after a reporting verb', () => {
  it('keeps the speaker as the holder of what follows "said that"', () => {
    const r = stancesOf('Varga said that backing the ceasefire deal was the only sensible course.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Ilse Varga', stance: 'support' }));
  });
});

describe('undoing verbs', () => {
  it('reads a refusal to undo something as keeping it, and a bare "did not" as no stance', () => {
    expect(stanceOf(stancesOf('Sudmark said it would never give up enrichment.'), 'Sudmark', 'auto:enrichment')).toEqual(['support']);
    expect(stanceOf(stancesOf('Norland refused to lift the sanctions on grain.'), 'Norland', 'auto:sanctions')).toEqual(['support']);
    expect(stanceOf(stancesOf('Norland did not lift the sanctions on grain.'), 'Norland', 'auto:sanctions')).not.toContain('support');
  });

  it('reads wanting something dismantled as opposing it', () => {
    expect(stanceOf(stancesOf('Norland wants Sudmark to dismantle its enrichment program.'), 'Norland', 'auto:enrichment')).toEqual(['oppose']);
  });

  it('takes talks over a contested object for no stance on it, and talks on a truce for backing it', () => {
    expect(stancesOf('Norland and Sudmark resumed talks over uranium enrichment.').filter((s) => s.proposition === 'auto:enrichment' || s.proposition === 'auto:uranium-enrichment')).toEqual([]);
    expect(stancesOf('Norland and Sudmark resumed talks on a truce.').filter((s) => s.stance === 'support').map((s) => s.actor).sort()).toEqual(['Norland', 'Sudmark']);
  });
});

describe('idioms of doubt and obstruction', () => {
  it('reads sabotage, undermining and voiced doubt as opposing, openness as backing', () => {
    expect(stanceOf(stancesOf('Norland undermined the truce.'), 'Norland', 'auto:ceasefire')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Norland expressed reservations about the truce.'), 'Norland', 'auto:ceasefire')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Norland voiced scepticism over the truce.'), 'Norland', 'auto:ceasefire')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Norland poured cold water on the truce.'), 'Norland', 'auto:ceasefire')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Norland signalled openness to a truce.'), 'Norland', 'auto:ceasefire')).toEqual(['support']);
  });
});

describe('attitudes one has', () => {
  it('reads "has no objection to" as backing and "had doubts about" as opposing', () => {
    expect(stanceOf(stancesOf('Norland has no objection to the truce.'), 'Norland', 'auto:ceasefire')).toEqual(['support']);
    expect(stanceOf(stancesOf('Norland had doubts about the truce.'), 'Norland', 'auto:ceasefire')).toEqual(['oppose']);
  });

  it('reads support conditioned on something as conditional', () => {
    const r = fixtureStances('Norland conditioned its support for the truce on the withdrawal of troops.', ACTORS, kb);
    const truce = r.filter((s) => s.actor === 'Norland' && s.proposition === 'auto:ceasefire');
    expect(truce.map((s) => s.stance)).toEqual(['conditional']);
    expect(truce[0]!.condition).toMatch(/^on the withdrawal of troops/);
  });
});

describe('dismissive judgements', () => {
  it('reads a truce called a ploy, a trap or a delaying tactic as opposed', () => {
    expect(stanceOf(stancesOf('Varga called the truce a ploy.'), 'Ilse Varga', 'auto:ceasefire')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Varga said the truce was a delaying tactic.'), 'Ilse Varga', 'auto:ceasefire')).toEqual(['oppose']);
  });
});

describe('"only after" and "only once"', () => {
  it('makes a stance conditional, as "only if" does', () => {
    expect(stanceOf(stancesOf('Varga said a peace treaty could be signed only after Sudmark amends its constitution.'), 'Ilse Varga', 'auto:peace-treaty')).toEqual(['conditional']);
    expect(stanceOf(stancesOf('Norland will accept the truce only once the shelling stops.'), 'Norland', 'auto:ceasefire')).toEqual(['conditional']);
  });
});

describe('"without"', () => {
  it('takes "with or without a deal" for no stance and "no peace without a treaty" for needing it', () => {
    expect(stancesOf('Varga said the talks would continue with or without a truce.').filter((s) => s.proposition === 'auto:ceasefire')).toEqual([]);
    expect(stanceOf(stancesOf('Varga said there could be no peace without a truce.'), 'Ilse Varga', 'auto:ceasefire')).toEqual(['support']);
  });
});

describe('refusing', () => {
  it('reads "refused the truce" as opposing it, and "refused to lift the sanctions" as keeping them', () => {
    expect(stanceOf(stancesOf('Norland refused the truce.'), 'Norland', 'auto:ceasefire')).toEqual(['oppose']);
    expect(stanceOf(stancesOf('Norland refused to lift the sanctions on grain.'), 'Norland', 'auto:sanctions')).toEqual(['support']);
  });
});

describe('a purpose after an object', () => {
  it('reads "a deal to end the strike" as against the strike', () => {
    expect(stanceOf(stancesOf('Norland and Sudmark reached a deal to end the strike.'), 'Norland', 'auto:strike')).toEqual(['oppose']);
  });
});
