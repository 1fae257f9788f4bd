import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spanMatches } from '../../core/span.js';
import { KnowledgeBase, loadKnowledge } from '../../packs/load.js';
import { analysisFor, type FixtureActor, fixtureStances } from '../../../test/helpers/stance-fixture.js';
import { extractStances } from './index.js';

// These one-sentence statements are about the talks but do not all name Ukraine, which the pack's scope
// requires of a real report (tested in src/corpus/propositions.test.ts): the patterns here are tested with
// the pack's propositions applying whenever two of its sides, or one side alone, are named.
const kb = new KnowledgeBase(loadKnowledge().packs.map((p) => (p.scope ? { ...p, scope: { ...p.scope, required: undefined } } : p)));

// Synthetic actors and sentences (never seed sentences): a fictional set of statements about the talks.
const ACTORS: FixtureActor[] = [
  { name: 'Russia', type: 'country', party: 'russia', packId: 'russia', surfaces: [['Russia', 'name'], ['Moscow', 'metonym'], ['the Kremlin', 'metonym'], ['The Kremlin', 'metonym'], ['Russian officials', 'demonym']] },
  { name: 'Ukraine', type: 'country', party: 'ukraine', packId: 'ukraine', surfaces: [['Ukraine', 'name'], ['Kyiv', 'metonym'], ['Ukrainian negotiators', 'demonym']] },
  { name: 'United States', type: 'country', party: 'united-states', packId: 'united-states', surfaces: [['United States', 'name'], ['Washington', 'metonym'], ['US', 'name']] },
  { name: 'Vladimir Putin', type: 'person', party: 'russia', surfaces: [['Vladimir Putin', 'name'], ['Putin', 'name']] },
  { name: 'Donald Trump', type: 'person', party: 'united-states', surfaces: [['Donald Trump', 'name'], ['Trump', 'name']] },
  { name: 'Jane Analyst', type: 'person', party: null, surfaces: [['Jane Analyst', 'name'], ['Analyst', 'name']] },
];
const idx = (name: string) => ACTORS.findIndex((a) => a.name === name);

function stancesOf(text: string, quotes: Parameters<typeof analysisFor>[2] = []) {
  return fixtureStances(text, ACTORS, kb, { quotes, published: '2025-04-10' }).map(({ actor, qualified, stance, condition, evidence, date }) => ({
    actor,
    proposition: qualified,
    stance,
    condition,
    evidence,
    date,
  }));
}

const has = (list: ReturnType<typeof stancesOf>, actor: string, proposition: string, stance: string) =>
  list.some((s) => s.actor === actor && s.proposition === proposition && s.stance === stance);

describe('stance patterns', () => {
  it('reads rejection and dismissal by the subject', () => {
    const r = stancesOf('The Kremlin flatly rejected a proposal for peacekeepers from European countries.');
    expect(has(r, 'Russia', 'foreign-troops', 'oppose')).toBe(true);
  });

  it('reads support verbs and infinitive chains', () => {
    const r = stancesOf('Kyiv said on Monday it was ready to sign an unconditional truce along the whole front line.');
    expect(has(r, 'Ukraine', 'ceasefire', 'support')).toBe(true);
  });

  it('composes a reversing action with the cue that governs it', () => {
    const r = stancesOf('Trump has dropped his backing for Ukraine joining NATO.');
    expect(has(r, 'Donald Trump', 'nato-membership', 'oppose')).toBe(true);
  });

  it('keeps coordinated clauses apart', () => {
    const r = stancesOf('Moscow is against Western troops in Ukraine, opposing NATO troops but being open to neutral forces from Asia.');
    expect(has(r, 'Russia', 'foreign-troops', 'oppose')).toBe(true);
  });

  it('takes the agent of a passive', () => {
    const r = stancesOf('Washington promised to restore intelligence sharing with Kyiv, a step denounced by Russian officials.');
    expect(has(r, 'United States', 'us-aid', 'support')).toBe(true);
    expect(has(r, 'Russia', 'us-aid', 'oppose')).toBe(true);
  });

  it('gives a noun cue to its possessive holder', () => {
    const r = stancesOf('Analysts weighed Trump’s call for a cessation of hostilities by Easter.');
    expect(has(r, 'Donald Trump', 'ceasefire', 'support')).toBe(true);
  });

  it('gives the reported clause to the speaker when its subject is a pronoun', () => {
    const r = stancesOf('Putin said he would never accept foreign troops on Ukrainian soil.');
    expect(has(r, 'Vladimir Putin', 'foreign-troops', 'oppose')).toBe(true);
  });

  it('gives obligations to the speaker, not to the grammatical subject', () => {
    const r = stancesOf('Washington has argued that Ukraine would have to give up occupied territories to end the war.');
    expect(has(r, 'United States', 'territory', 'support')).toBe(true);
    expect(r.some((s) => s.actor === 'Ukraine')).toBe(false);
  });

  it('gives direct quotes to the speaker', () => {
    const text = '“We will not accept any sanctions relief before a truce,” Trump said.';
    const r = stancesOf(text, [{ text: 'We will not accept any sanctions relief before a truce,', speaker: 'Donald Trump', kind: 'direct' }]);
    expect(r.every((s) => s.actor === 'Donald Trump')).toBe(true);
    expect(r.length).toBeGreaterThan(0);
  });
});

describe('negation, hedging and modality', () => {
  it('reads "will not accept" as opposition', () => {
    expect(has(stancesOf('Russia will not accept NATO membership for its neighbour.'), 'Russia', 'nato-membership', 'oppose')).toBe(true);
  });
  it('reads "does not rule out" as non-committal', () => {
    const r = stancesOf('The Kremlin does not rule out a prisoner exchange next month.');
    expect(has(r, 'Russia', 'prisoners', 'neutral')).toBe(true);
    expect(has(r, 'Russia', 'prisoners', 'oppose')).toBe(false);
  });
  it('reads "unlikely to support" as opposition', () => {
    expect(has(stancesOf('Putin is unlikely to support an energy truce, officials think.'), 'Vladimir Putin', 'partial-truce', 'oppose')).toBe(true);
  });
  it('reads a negated support verb as opposition', () => {
    expect(has(stancesOf('Ukraine did not agree to territorial concessions in the draft.'), 'Ukraine', 'territory', 'oppose')).toBe(true);
  });
  it('reads a warning about refusal as support by the speaker', () => {
    const r = stancesOf('Trump said there would be consequences for Moscow if it did not accept the truce.');
    expect(has(r, 'Donald Trump', 'ceasefire', 'support')).toBe(true);
    expect(r.some((s) => s.actor === 'Russia')).toBe(false);
  });
  it('skips plain hypotheticals', () => {
    expect(stancesOf('If Russia accepted a truce, the talks would move on.').length).toBe(0);
  });
});

describe('conditional stances', () => {
  for (const [sentence, condition] of [
    ['Kyiv is willing to observe a ceasefire as long as Russian strikes on cities stop.', 'as long as Russian strikes on cities stop'],
    ['Moscow would agree to a truce on condition that Western arms deliveries are halted.', 'on condition that Western arms deliveries are halted'],
    ['Ukraine backed the truce, but only if Washington keeps up its support.', 'but only if Washington keeps up its support'],
    ['Russia signalled readiness for a ceasefire, provided that sanctions are eased first; Kyiv disagreed.', 'provided that sanctions are eased first'],
    ['Putin will accept a ceasefire unless it is used to rearm Ukraine.', 'unless it is used to rearm Ukraine'],
  ] as const) {
    it(`finds the condition in: ${sentence}`, () => {
      const r = stancesOf(sentence).filter((s) => s.proposition === 'ceasefire');
      expect(r[0]?.stance).toBe('conditional');
      expect(r[0]?.condition).toBe(condition);
      expect(r[0]?.evidence).toContain(condition);
    });
  }
});

describe('words that are not stance cues', () => {
  it('does not read a refusal to do something else as opposition to what follows it', () => {
    expect(has(stancesOf('Russia will not transfer any prisoners before the ceasefire.'), 'Russia', 'ceasefire', 'oppose')).toBe(false);
  });
  it('does not read "held up" (delayed) as praise', () => {
    expect(has(stancesOf('Moscow said the ceasefire was held up by Washington.'), 'United States', 'ceasefire', 'support')).toBe(false);
  });
  it('reads refraining from comment as non-committal', () => {
    expect(has(stancesOf('The Kremlin refrained from commenting on the ceasefire.'), 'Russia', 'ceasefire', 'neutral')).toBe(true);
  });
});

describe('dates', () => {
  it('resolves a month name against publication', () => {
    const r = stancesOf('In February, Putin rejected the idea of a truce.');
    expect(r[0]?.date).toBe('2025-02-01');
  });
  it('falls back to the publication date', () => {
    expect(stancesOf('Putin rejected the idea of a truce.')[0]?.date).toBe('2025-04-10');
  });
  it('takes the date attached to the reporting verb', () => {
    const r = stancesOf('Putin said on Tuesday that Russia rejected the idea of a truce.');
    expect(r.length).toBeGreaterThan(0);
    for (const st of r) expect(st.date).toBe('2025-04-08');
    expect(stancesOf('Russia rejects the idea of a truce, Putin said on Tuesday.')[0]?.date).toBe('2025-04-08');
  });
  it('takes the date between subject and stance verb, or after the verb and its object', () => {
    expect(stancesOf('Putin on Monday rejected the idea of a truce.')[0]?.date).toBe('2025-04-07');
    expect(stancesOf('Putin rejected the idea of a truce on Monday.')[0]?.date).toBe('2025-04-07');
  });
  it('ignores a date inside a relative or object clause', () => {
    expect(stancesOf('Putin rejected the idea of a truce that Ukraine first floated in February.')[0]?.date).toBe('2025-04-10');
    expect(stancesOf('Putin rejected the idea of a truce, first floated by Kyiv in February.')[0]?.date).toBe('2025-04-10');
    expect(stancesOf('Putin rejected a truce after the talks collapsed in February.')[0]?.date).toBe('2025-04-10');
  });
  it('keeps the report date for a future stance, unless the reporting verb is dated', () => {
    expect(stancesOf('Washington will lift sanctions imposed in February.').find((s) => s.actor === 'United States')?.date).toBe('2025-04-10');
    expect(stancesOf('In March, Washington will lift the sanctions.').find((s) => s.actor === 'United States')?.date).toBe('2025-04-10');
    expect(stancesOf('Trump said on Monday that Washington will lift the sanctions.').every((s) => s.date === '2025-04-07')).toBe(true);
  });
});

describe('span invariants', () => {
  const pieces = [
    'Russia rejected a ceasefire. ', 'Kyiv is ready to accept a truce only if Moscow stops shelling. ', 'Trump called for sanctions. ',
    '“We oppose NATO membership,” Putin said. ', 'Washington backed security guarantees, a move condemned by the Kremlin. ',
    'Jane Analyst said Russia would demand a roadmap. ', 'Ukraine – ', '\u00a0', '😀 ', 'Ukrainian negotiators welcomed the prisoner exchange. ', '\r\n',
  ];
  it('every evidence and condition span matches the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const a = analysisFor(text, ACTORS);
        for (const s of extractStances({ text, zones: [], published: '2025-03-01', language: 'en' }, a, kb)) {
          expect(spanMatches(text, s.evidence)).toBe(true);
          if (s.condition) expect(spanMatches(text, s.condition)).toBe(true);
          expect(s.actor).toBeGreaterThanOrEqual(0);
          expect(s.actor).toBeLessThan(a.entities.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});

export { idx };
