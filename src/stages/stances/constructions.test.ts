/**
 * Stances from the common constructions of news reports, for any negotiated object: anaphoric heads ("the
 * proposal", "their terms", "the bill"), "the talks" as an object, evaluative predicates with a holder,
 * objectless conditional offers, holders across sentences (pronouns, "the union"), passive agents,
 * relative clauses, modality and negation, legislative and labour idioms — and sentences that hold none.
 * Synthetic sentences about a fictional port dispute and a fictional lake-water treaty (no seed or held-out text).
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { type FixtureActor, fixtureStances, PORT_DISPUTE, LAKE_TREATY } from '../../../test/helpers/stance-fixture.js';
import { readdirSync, readFileSync } from 'node:fs';
import { literalPrefixes, requiredSubstrings } from '../openings.js';
import { STANCE_CUES } from './lexicon.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  ...PORT_DISPUTE,
  { name: 'Carla Diaz', type: 'person', party: null, surfaces: [['Carla Diaz', 'name'], ['Diaz', 'name']] },
  { name: 'State Senate', type: 'organization', party: 'state-senate', surfaces: [['State Senate', 'name']] },
  ...LAKE_TREATY,
];

const LEAD = 'Harbor Workers Union and Port Owners Council resume contract talks\nThe Harbor Workers Union and the Port Owners Council met on Monday over a new labor contract. ';

function stancesOf(body: string, lead = LEAD) {
  return fixtureStances(lead + body, ACTORS, kb)
    .filter((s) => s.end > lead.length)
    .map(({ actor, proposition, stance, condition }) => ({ actor, proposition, stance, condition }));
}
const holds = (body: string, actor: string, stance: string, proposition?: string) =>
  expect(stancesOf(body)).toContainEqual(expect.objectContaining({ actor, stance, ...(proposition ? { proposition } : {}) }));

describe('anaphoric heads', () => {
  it('resolves the proposal, the offer, the terms, the package to the object under discussion', () => {
    holds('Mira Olsen rejected the proposal on Tuesday.', 'Mira Olsen', 'oppose', 'auto:contract');
    holds('Tom Reyes defended the offer.', 'Tom Reyes', 'support', 'auto:contract');
    holds('The Harbor Workers Union balked at the terms.', 'Harbor Workers Union', 'oppose', 'auto:contract');
    holds('Carla Diaz slammed the package as a giveaway.', 'Carla Diaz', 'oppose', 'auto:contract');
    holds("Olsen dismissed the council's counteroffer.", 'Mira Olsen', 'oppose', 'auto:contract');
  });

  it('names "the bill" by its head when nothing was named before', () => {
    const r = stancesOf('The State Senate rejected the bill on Thursday.', 'Senate votes\nLawmakers debated for hours. ');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'State Senate', stance: 'oppose', proposition: 'auto:bill' }));
  });

  it('takes "the talks" as an object only when a stance verb governs it', () => {
    holds('The Port Owners Council walked away from the talks.', 'Port Owners Council', 'oppose', 'auto:talks');
    holds('Mira Olsen said she was open to further talks.', 'Mira Olsen', 'support', 'auto:talks');
    const r = stancesOf('Tom Reyes rejected the wage offer at the talks in Baltimore.');
    expect(r.some((s) => s.proposition === 'auto:talks')).toBe(false);
    expect(stancesOf('The end of the talks came late on Friday.').some((s) => s.proposition === 'auto:talks')).toBe(false);
  });
});

describe('evaluative predicates', () => {
  it('reads "called X <judgement>" and "described X as <judgement>"', () => {
    holds('Carla Diaz called the proposal a good first step.', 'Carla Diaz', 'support');
    holds('The Port Owners Council described the offer as unaffordable.', 'Port Owners Council', 'oppose');
    holds('Olsen called the deal unacceptable.', 'Mira Olsen', 'oppose');
  });

  it('reads news verbs of judging and adopting', () => {
    holds('Carla Diaz hailed the agreement.', 'Carla Diaz', 'support');
    holds('Tom Reyes signed off on the accord.', 'Tom Reyes', 'support');
    holds('The Harbor Workers Union voted to ratify the contract.', 'Harbor Workers Union', 'support');
    holds('The State Senate voted against the contract.', 'State Senate', 'oppose');
    holds('Mira Olsen rebuffed the offer.', 'Mira Olsen', 'oppose');
    holds('Olsen stands firmly behind the deal.', 'Mira Olsen', 'support');
  });
});

describe('conditional offers without an object noun', () => {
  it('gives "would agree only if" the object under discussion, with its condition', () => {
    const r = stancesOf('The Harbor Workers Union said it would agree only if wages rose by 20%.');
    expect(r).toContainEqual({ actor: 'Harbor Workers Union', proposition: 'auto:contract', stance: 'conditional', condition: 'only if wages rose by 20%' });
  });
  it('reads "<object> would be <verb> only if" as the speaker’s condition', () => {
    const r = stancesOf('Tom Reyes said a new contract would be signed only if the union dropped its strike threat.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Tom Reyes', stance: 'conditional', condition: 'only if the union dropped its strike threat' }));
  });
  it('does not read a bare "agreed" in a clause about something else', () => {
    expect(stancesOf('Reporters agreed that the room was cold.')).toEqual([]);
  });
});

describe('holders across clauses and sentences', () => {
  it('resolves "It said" and "The union said" to the body named before', () => {
    holds('The Harbor Workers Union met members on Tuesday.\nIt said the offer was an insult.', 'Harbor Workers Union', 'oppose');
    holds('The Harbor Workers Union met members on Tuesday. The union said it would reject the offer.', 'Harbor Workers Union', 'oppose');
  });
  it('takes "he"/"she" only for a person and "it" only for a body', () => {
    const r = stancesOf('The Port Owners Council met Carla Diaz on Tuesday.\nShe said the offer was a good first step.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Carla Diaz', stance: 'support' }));
    expect(r.some((s) => s.actor === 'Port Owners Council')).toBe(false);
  });
  it('gives a spokesperson’s statement to the body named after "for"', () => {
    holds('A spokeswoman for the Port Owners Council said it rejected the offer.', 'Port Owners Council', 'oppose');
  });
  it('gives a clause attributed after it ("..., X said.", ", said X.", "X said," in the middle) to the speaker', () => {
    holds('The goal, Carla Diaz said, is to forge a durable contract.', 'Carla Diaz', 'support');
    holds('The offer is a good first step, said Tom Reyes.', 'Tom Reyes', 'support');
    holds('The offer is an insult, Mira Olsen said on Friday.', 'Mira Olsen', 'oppose');
    // A quoted reporter's question is not an attribution of a stance.
    expect(stancesOf('Reporters asked about the contract, Diaz said.')).toEqual([]);
  });
  it('reads passive agents, coordinated holders and relative clauses', () => {
    holds('The offer was rejected by the Harbor Workers Union on Wednesday.', 'Harbor Workers Union', 'oppose');
    const both = stancesOf('Mira Olsen and Carla Diaz both oppose the contract.');
    expect(both).toContainEqual(expect.objectContaining({ actor: 'Mira Olsen', stance: 'oppose' }));
    expect(both).toContainEqual(expect.objectContaining({ actor: 'Carla Diaz', stance: 'oppose' }));
    holds('The contract, which the Harbor Workers Union has long rejected, expires in May.', 'Harbor Workers Union', 'oppose');
  });
  it('gives a participle after a comma the main clause’s subject', () => {
    const r = stancesOf('Tom Reyes said the dispute was settled, pushing back against claims that Olsen had accepted the offer and ruling out the contract.');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Tom Reyes', stance: 'oppose' }));
  });
  it('does not give a verb whose subject is a relative pronoun to a name further back', () => {
    const r = stancesOf('Carla Diaz listed the issues that sank the talks last year.');
    expect(r.some((s) => s.actor === 'Carla Diaz' && s.proposition === 'auto:talks')).toBe(false);
  });
});

describe('modality and negation', () => {
  it('reads declining and refusing as opposition, withholding as no stance', () => {
    holds('The Port Owners Council declined to sign the agreement.', 'Port Owners Council', 'oppose');
    const yet = stancesOf('The Harbor Workers Union has yet to accept the terms.');
    expect(yet.every((s) => s.stance === 'neutral')).toBe(true);
    const short = stancesOf('Tom Reyes stopped short of endorsing the deal.');
    expect(short.some((s) => s.stance === 'support')).toBe(false);
  });
  it('reads demands, urging and expectations as support', () => {
    holds('Carla Diaz urged both sides to accept the deal.', 'Carla Diaz', 'support');
    holds('Tom Reyes expects the accord to be implemented without delay.', 'Tom Reyes', 'support');
  });
  it('reads a threat to tear up an agreement as opposition', () => {
    holds('Mira Olsen has threatened to tear up the contract.', 'Mira Olsen', 'oppose');
    holds('Carla Diaz backed the contract, while Mira Olsen has threatened to tear it up.', 'Mira Olsen', 'oppose');
  });
  it('reads reaching or striking an agreement as support for it', () => {
    holds('The Port Owners Council reached an agreement with the union on Friday.', 'Port Owners Council', 'support', 'auto:contract');
    holds('Tom Reyes said he hoped to strike a deal by June.', 'Tom Reyes', 'support');
  });
});

describe('other negotiations', () => {
  it('names a deal by the name before its head ("the Lakeland deal")', () => {
    const r = stancesOf('Rivia criticized the Lakeland deal on Friday.', 'Water talks\nDiplomats met in Geneva. ');
    expect(r).toContainEqual(expect.objectContaining({ actor: 'Rivia', stance: 'oppose', proposition: 'auto:lakeland-deal' }));
  });
  it('takes no stance for a hypothetical party or a reporter', () => {
    expect(stancesOf('If the Harbor Workers Union rejected the offer, talks would collapse.').some((s) => s.actor === 'Harbor Workers Union')).toBe(false);
    expect(stancesOf('Whether the Port Owners Council would accept the terms was unclear.').some((s) => s.actor === 'Port Owners Council')).toBe(false);
  });
  it('does not take a stance for a sentence that only mentions the object', () => {
    expect(stancesOf('The contract covers 45,000 workers at 36 ports.')).toEqual([]);
    expect(stancesOf('Carla Diaz wrote about the proposal in 2019.')).toEqual([]);
  });
});

describe('cue prefilter', () => {
  it('finds the literal openings every match of a cue starts with, or none when one alternative has none', () => {
    expect(literalPrefixes(String.raw`reject(?:s|ed)?|dismiss(?:es|ed)?`)).toEqual(['reject', 'dismiss']);
    expect(literalPrefixes(String.raw`(?:will|would)\s+not|favou?r`)).toEqual(['will', 'would', 'favo']);
    expect(literalPrefixes(String.raw`(?:is\s+)?yet\s+to`, false)).toBeNull();
    expect(literalPrefixes(String.raw`\d+%`)).toBeNull();
  });

  it('steps over optional groups and lookarounds at the start when asked', () => {
    expect(literalPrefixes(String.raw`(?:is\s+)?yet\s+to`)).toEqual(['is', 'yet']);
    expect(literalPrefixes(String.raw`(?<!\ba\s)offer(?:s|ed)?`)).toEqual(['offer']);
    expect(literalPrefixes(String.raw`(?:\p{L}+ly\s+)?agree`)).toBeNull();
  });

  it('finds letter runs every match contains when no opening is literal', () => {
    expect(requiredSubstrings(String.raw`(?:\p{L}+ly\s+)?(?:observ|respect|honou?r)(?:e|es)?`)).toEqual(['observ', 'respect', 'hono']);
    expect(requiredSubstrings(String.raw`(?:an?|the)\s+(?:(?:full)\s+)?(?:end|halt)\s+to`)).toEqual(['end', 'halt']);
    expect(requiredSubstrings(String.raw`n['’]t\s+\p{L}+`)).toBeNull();
  });

  it('never rules out a sentence a cue matches (every match opens with an opening, or holds a required run)', () => {
    const dir = new URL('../../../test/fixtures/seeds/', import.meta.url);
    const sentences = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/(?<=[.!?])\s+|\n+/));
    let checked = 0;
    for (const cue of STANCE_CUES) {
      const re = new RegExp(String.raw`(?:${cue.re})(?![\p{L}\p{N}])`, 'giu');
      const openings = literalPrefixes(cue.re);
      const runs = openings ? null : requiredSubstrings(cue.re);
      for (const sentence of sentences) {
        for (const m of sentence.matchAll(re)) {
          const match = m[0].toLowerCase();
          if (openings) expect(openings.some((o) => match.startsWith(o))).toBe(true);
          if (runs) expect(runs.some((r) => match.includes(r))).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('acts with nothing as their object, and second predicates', () => {
  it('reads no support from an offer of nothing', () => {
    // Ending the strike is opposing it: an offer to end it takes that side, an offer of nothing takes none.
    const taken = (body: string) => stancesOf(body).filter((s) => s.actor === 'Mira Olsen' && s.stance !== 'neutral').map((s) => `${s.proposition} ${s.stance}`);
    expect(taken('Mira Olsen has so far offered zero concessions to end the strike.')).toEqual([]);
    expect(taken('Mira Olsen offered no concessions to end the strike.')).toEqual([]);
    expect(taken('Mira Olsen offered concessions to end the strike.')).toEqual(['auto:strike oppose']);
  });

  it('ends a verb at a coordinated predicate once it has its object', () => {
    const opposes = (body: string) => stancesOf(body).filter((s) => s.actor === 'Mira Olsen' && s.stance === 'oppose').map((s) => s.proposition);
    expect(opposes('Mira Olsen has abandoned her support for the strike and has acknowledged the improbability of a wage increase.')).toEqual(['auto:strike']);
    expect(opposes('Mira Olsen rejected the strike and the wage increase.').sort()).toEqual(['auto:strike', 'auto:wage-increase']);
  });
});

describe('protesting against and making a priority', () => {
  it('reads protesting against an object as opposing it and making it a priority as wanting it', () => {
    holds('The Harbor Workers Union rallied against the contract outside the port offices.', 'Harbor Workers Union', 'oppose', 'auto:contract');
    holds('Tom Reyes has made signing the contract a top priority for the council.', 'Tom Reyes', 'support', 'auto:contract');
  });
});
