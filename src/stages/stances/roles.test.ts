/**
 * General holder and frame mechanisms on invented sentences about a fictional round of talks between two
 * made-up bodies (no fixture or PolNeAR text): role nouns ("a critic of"), passive makers ("the accord
 * negotiated by"), coordination across a relative clause, accusations, leaving with no object, "both sides".
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../packs/load.js';
import { analysisFor, type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';
import { extractStances } from './index.js';

const kb = loadKnowledge();

const ACTORS: FixtureActor[] = [
  { name: 'Norland', type: 'country', party: 'norland', surfaces: [['Norland', 'name']] },
  { name: 'Sudria', type: 'country', party: 'sudria', surfaces: [['Sudria', 'name']] },
  { name: 'Harbour Guild', type: 'organization', party: 'harbour-guild', surfaces: [['Harbour Guild', 'name']] },
  { name: 'Tessa Moor', type: 'person', party: 'norland', surfaces: [['Tessa Moor', 'name'], ['Moor', 'name']] },
  { name: 'Ivo Brandt', type: 'person', party: 'sudria', surfaces: [['Ivo Brandt', 'name'], ['Brandt', 'name']] },
  { name: 'Quinn Adler', type: 'person', party: null, surfaces: [['Quinn Adler', 'name'], ['Adler', 'name']] },
];

function stancesOf(text: string) {
  return fixtureStances(text, ACTORS, kb, { published: '2024-03-02' }).map(({ actor, proposition, stance, rule }) => ({ actor, proposition, stance, rule }));
}
const has = (list: ReturnType<typeof stancesOf>, actor: string, proposition: string, stance: string) => list.some((s) => s.actor === actor && s.proposition === proposition && s.stance === stance);
const holders = (list: ReturnType<typeof stancesOf>) => new Set(list.map((s) => s.actor));

const LEAD = 'Norland and Sudria resumed talks on a fishing treaty this week.\n';

describe('role nouns', () => {
  it('gives "a critic of" to the name it is said of by an appositive', () => {
    const r = stancesOf(`${LEAD}The motion came from the coastal district of Tessa Moor, a longtime critic of the tariff truce.`);
    expect(has(r, 'Tessa Moor', 'auto:tariff-truce', 'oppose')).toBe(true);
  });

  it('gives "a supporter of" to the subject of a copula', () => {
    const r = stancesOf(`${LEAD}Ivo Brandt has long been a supporter of the tariff truce.`);
    expect(has(r, 'Ivo Brandt', 'auto:tariff-truce', 'support')).toBe(true);
  });

  it('names nobody for unnamed critics', () => {
    const r = stancesOf(`${LEAD}Critics of the tariff truce met Ivo Brandt in the capital on Friday.`);
    expect(r.filter((s) => s.proposition === 'auto:tariff-truce')).toEqual([]);
  });

  it('does not compose a role noun with the verb before it', () => {
    const r = stancesOf(`${LEAD}Quinn Adler welcomed critics of the tariff truce to the hearing.`);
    expect(has(r, 'Quinn Adler', 'auto:tariff-truce', 'oppose')).toBe(false);
  });
});

describe('passive makers and their agents', () => {
  it('gives an object "negotiated by" every coordinated agent', () => {
    const r = stancesOf(`${LEAD}Fishermen protested against the tariff truce negotiated by Tessa Moor and Ivo Brandt last month.`);
    expect(has(r, 'Tessa Moor', 'auto:tariff-truce', 'support')).toBe(true);
    expect(has(r, 'Ivo Brandt', 'auto:tariff-truce', 'support')).toBe(true);
  });

  it('keeps a participle away from an object that is not right before it', () => {
    const r = stancesOf(`${LEAD}The tariff truce stalled, and a new venue for the talks, as proposed by Sudria, was dropped.`);
    expect(has(r, 'Sudria', 'auto:tariff-truce', 'support')).toBe(false);
  });
});

describe('coordination', () => {
  it('shares a stance across a relative clause between coordinated names', () => {
    const r = stancesOf(`${LEAD}Tessa Moor, who chairs the budget panel, and Ivo Brandt have both pushed for fishing quotas.`);
    expect(has(r, 'Ivo Brandt', 'auto:quotas', 'support')).toBe(true);
    expect(has(r, 'Tessa Moor', 'auto:quotas', 'support')).toBe(true);
  });

  it('gives "both sides" to the pair named together before', () => {
    const r = stancesOf(`${LEAD}After a long night, both sides agreed to a tariff truce.`);
    expect(has(r, 'Norland', 'auto:tariff-truce', 'support')).toBe(true);
    expect(has(r, 'Sudria', 'auto:tariff-truce', 'support')).toBe(true);
  });

  it('does not give "both sides" to a pair of a kind the noun excludes', () => {
    const r = stancesOf(`Tessa Moor and Ivo Brandt spoke on Monday. Both countries agreed to a tariff truce.`);
    expect(holders(r).has('Tessa Moor')).toBe(false);
  });
});

describe('accusations', () => {
  it('charges the accused, not the accuser, with blocking an object', () => {
    const r = stancesOf(`${LEAD}Norland accused Sudria of blocking the tariff truce.`);
    expect(has(r, 'Norland', 'auto:tariff-truce', 'oppose')).toBe(false);
    expect(has(r, 'Sudria', 'auto:tariff-truce', 'oppose')).toBe(true);
  });

  it('drops the stance when the accused is no named actor', () => {
    const r = stancesOf(`${LEAD}Tessa Moor blamed hardliners for derailing the tariff truce.`);
    expect(has(r, 'Tessa Moor', 'auto:tariff-truce', 'oppose')).toBe(false);
  });
});

describe('leaving with no object named', () => {
  it('reads "backed out" as opposing the object under discussion', () => {
    const r = stancesOf(`Norland and Sudria signed a tariff truce in May. Sudria praised the tariff truce. Under pressure at home, Norland backed out.`);
    expect(has(r, 'Norland', 'auto:tariff-truce', 'oppose')).toBe(true);
  });

  it('reads "walked away" with a negation as no opposition', () => {
    const r = stancesOf(`Norland and Sudria signed a tariff truce in May. Sudria praised the tariff truce. Norland never walked away.`);
    expect(has(r, 'Norland', 'auto:tariff-truce', 'oppose')).toBe(false);
  });
});

describe('gerund keys', () => {
  it('names a deal by the gerund before it', () => {
    const r = stancesOf(`${LEAD}Sudria rejected the trucking deal on Monday.`);
    expect(has(r, 'Sudria', 'auto:trucking-deal', 'oppose')).toBe(true);
  });

  it('does not take an -ing adjective for a key', () => {
    const r = stancesOf(`${LEAD}Sudria rejected the binding deal on Monday.`);
    expect(r.some((s) => s.proposition === 'auto:binding-deal')).toBe(false);
  });
});

describe('go-betweens', () => {
  it('takes no stance from a deal brokered by a mediator', () => {
    const r = stancesOf(`${LEAD}Fishermen gathered to read the tariff truce brokered by Quinn Adler.`);
    expect(has(r, 'Quinn Adler', 'auto:tariff-truce', 'support')).toBe(false);
  });
});

describe('negation scope', () => {
  it('does not carry a negation across "whether" into the clause it opens', () => {
    const r = stancesOf(`${LEAD}Sudria has not said whether it will reject the tariff truce.`);
    expect(has(r, 'Sudria', 'auto:tariff-truce', 'support')).toBe(false);
  });

  it('turns at "but": "did not object but accepted" is acceptance', () => {
    const r = stancesOf(`${LEAD}Sudria did not balk but accepted the tariff truce on Monday.`);
    expect(has(r, 'Sudria', 'auto:tariff-truce', 'support')).toBe(true);
    expect(has(r, 'Sudria', 'auto:tariff-truce', 'oppose')).toBe(false);
  });

  it('keeps one negation over coordinated verbs and reads a denial as negation', () => {
    const r = stancesOf(`${LEAD}Norland would not accept or sign the tariff truce.`);
    expect(has(r, 'Norland', 'auto:tariff-truce', 'support')).toBe(false);
    const d = stancesOf(`${LEAD}Sudria denied that it had endorsed the tariff truce.`);
    expect(has(d, 'Sudria', 'auto:tariff-truce', 'support')).toBe(false);
  });
});

describe('questions', () => {
  it('takes no stance from a question', () => {
    const r = stancesOf(`${LEAD}Will Sudria accept the tariff truce?`);
    expect(r.filter((s) => s.proposition === 'auto:tariff-truce')).toEqual([]);
    const plain = stancesOf(`${LEAD}Sudria will accept the tariff truce.`);
    expect(has(plain, 'Sudria', 'auto:tariff-truce', 'support')).toBe(true);
  });
});

describe('participles and relative clauses', () => {
  it('gives a participle right after a name to that name, not to a pronoun before', () => {
    const r = stancesOf(`${LEAD}Moor said she would be met by members of the Harbour Guild protesting against the tariff truce.`);
    expect(has(r, 'Harbour Guild', 'auto:tariff-truce', 'oppose')).toBe(true);
    expect(has(r, 'Tessa Moor', 'auto:tariff-truce', 'oppose')).toBe(false);
  });

  it('reads "<object>, which we have accepted" inside a quote as the speaker’s acceptance', () => {
    const text = `${LEAD}“We thank the mediators for the tariff truce, which we have accepted in good faith,” Ivo Brandt said.`;
    const a = analysisFor(text, ACTORS, [{ text: 'We thank the mediators for the tariff truce, which we have accepted in good faith,', speaker: 'Ivo Brandt', kind: 'direct' }]);
    const r = extractStances({ text, zones: [], published: '2024-03-02', language: 'en' }, a, kb);
    expect(r.some((s) => ACTORS[s.actor]!.name === 'Ivo Brandt' && s.proposition.startsWith('auto:tariff-truce') && s.stance === 'support')).toBe(true);
  });
});

describe('proposals', () => {
  it('gives a proposal to its possessor, and the rejection to the one who rejects it', () => {
    const r = stancesOf(`${LEAD}Norland rejected Sudria's proposal for fishing quotas.`);
    expect(has(r, 'Norland', 'auto:quotas', 'oppose')).toBe(true);
    expect(has(r, 'Sudria', 'auto:quotas', 'support')).toBe(true);
  });

  it('names nobody for a proposal nobody owns', () => {
    const r = stancesOf(`${LEAD}A proposal for fishing quotas was circulated on Monday.`);
    expect(r.filter((s) => s.proposition === 'auto:quotas')).toEqual([]);
  });
});

describe('news idioms', () => {
  it('reads slapping tariffs as imposing them, and a possessed threat as its owner’s aim', () => {
    const r = stancesOf(`${LEAD}Norland slapped steep tariffs on Sudrian fish.`);
    expect(has(r, 'Norland', 'auto:tariffs', 'support')).toBe(true);
    const t = stancesOf(`${LEAD}Sudria's threat to impose tariffs rattled markets.`);
    expect(has(t, 'Sudria', 'auto:tariffs', 'support')).toBe(true);
    const none = stancesOf(`${LEAD}A threat to impose tariffs rattled markets.`);
    expect(none.filter((s) => s.proposition === 'auto:tariffs')).toEqual([]);
  });

  it('reads "<object> was off the table" as the speaker’s opposition, across a parenthetical', () => {
    const r = stancesOf(`${LEAD}Tessa Moor said a tariff truce, as floated by the mediators, was off the table.`);
    expect(has(r, 'Tessa Moor', 'auto:tariff-truce', 'oppose')).toBe(true);
  });
});

describe('endings as nouns', () => {
  it('reverses the object of a judged ending and takes no stance from an ending alone', () => {
    const r = stancesOf(`${LEAD}Tessa Moor welcomed the end of the dock strike.`);
    expect(has(r, 'Tessa Moor', 'auto:strike', 'oppose')).toBe(true);
    expect(has(r, 'Tessa Moor', 'auto:strike', 'support')).toBe(false);
    const alone = stancesOf(`${LEAD}Ivo Brandt said the collapse of the tariff truce came as no surprise.`);
    expect(alone.filter((s) => s.proposition === 'auto:tariff-truce')).toEqual([]);
  });
});
