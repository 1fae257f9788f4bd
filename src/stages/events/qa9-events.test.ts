/**
 * Event defects found reading reports on negotiations no pack covers (QA pass 9: a territorial round-table, a
 * fishing-quota dispute, a pilots' contract), pinned with invented names: the date of a verb that governs an
 * infinitive, a date across a contrast or in a participle's clause, a workforce as subject, an averted strike, a
 * relative clause without "that", an agenda item, the parties of "talks between", acting alone, and a demonym
 * before a noun as a place.
 */
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type ActorType, type DocumentAnalysis, type LocalEntity, type Mention, type MentionKind } from '../../core/model.js';
import { splitSentences } from '../sentences/index.js';
import { flatEvents } from './testing.js';

interface EntitySpec {
  name: string;
  type: ActorType;
  /** Other surface forms and their kind ("Norlandic soldiers": demonym); the name itself is a `name` mention. */
  forms?: { text: string; kind: MentionKind }[];
}

const DEFAULT_ENTITIES: EntitySpec[] = [
  { name: 'Norland', type: 'country', forms: [{ text: 'Norlandic soldiers', kind: 'demonym' }] },
  { name: 'Sudmark', type: 'country' },
  { name: 'Elena Varga', type: 'person' },
  { name: 'Eastern League', type: 'organization' },
  { name: 'Coastal Council', type: 'organization' },
  { name: 'Tarnwatch', type: 'organization' },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function events(text: string, specs: EntitySpec[] = DEFAULT_ENTITIES, published = '2028-01-14') {
  const zones = [{ start: 0, end: text.length, kind: 'body' as const, rule: 'test' }];
  const analysis: DocumentAnalysis = { ...emptyAnalysis(), sentences: splitSentences(text, zones) };
  const taken: { start: number; end: number }[] = [];
  // Longer forms first, so "Norland" inside "Norlandic soldiers" is not a second mention.
  const forms = specs
    .flatMap((spec, entity) => [{ text: spec.name, kind: 'name' as MentionKind, entity }, ...(spec.forms ?? []).map((f) => ({ ...f, entity }))])
    .sort((a, b) => b.text.length - a.text.length);
  specs.forEach((spec) => analysis.entities.push({ type: spec.type, name: spec.name, packId: null, party: null, roles: [], mentions: [] } satisfies LocalEntity));
  for (const form of forms) {
    for (const m of text.matchAll(new RegExp(`\\b${escape(form.text)}\\b`, 'g'))) {
      const start = m.index!;
      const end = start + form.text.length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      taken.push({ start, end });
      analysis.mentions.push({ start, end, text: form.text, entity: form.entity, kind: form.kind, provenance: { stage: 'test', rule: 'test', confidence: 1 } } satisfies Mention);
    }
  }
  analysis.mentions.sort((a, b) => a.start - b.start);
  analysis.mentions.forEach((m, i) => analysis.entities[m.entity]!.mentions.push(i));
  return flatEvents(text, zones, published, analysis);
}

const LABOUR_SPECS: EntitySpec[] = [
  { name: 'Halvair', type: 'organization' },
  { name: 'Kestrel Pilots\u2019 Union', type: 'organization' },
  { name: 'Elena Varga', type: 'person' },
];
/** Enough words of a labour dispute that a "strike" is a walkout. */
const LABOUR_CONTEXT = ' The union wants higher wages and the employers want more flexible staffing.';

describe('event dates (QA 9)', () => {
  it('dates an act in an infinitive by the governing verb\'s day just past, not the next such weekday', () => {
    // 2028-01-14 is a Friday: "agreed on Thursday" is 2028-01-13, not 2028-01-20.
    const r = events('Norland agreed on Thursday to release 40 detainees, and Sudmark said it would free 12 soldiers in return.');
    const release = r.find((e) => e.type === 'RETREAT' && /detainees/.test(e.trigger));
    expect(release?.date).toBe('2028-01-13');
  });

  it('does not date an act by a date in the clause before a contrast', () => {
    const r = events('"Nobody expects a settlement this week, but everyone here has agreed to keep talking," Elena Varga said.');
    expect(r.find((e) => e.type === 'AGREE')?.date).toBeNull();
  });

  it('does not date a rejection by the date of a participle clause describing its object', () => {
    const r = events(`Halvair's pilots have rejected the tentative contract agreed with the carrier last month, their union said on Monday.${LABOUR_CONTEXT}`, LABOUR_SPECS);
    const reject = r.find((e) => e.type === 'REJECT');
    expect(reject?.date).toBeNull();
  });
});

describe('event actors (QA 9)', () => {
  it('gives the rejection by a company\'s pilots to the pilots\' union, not to the company', () => {
    const r = events(`Halvair's pilots have rejected the tentative contract agreed with the carrier last month, their union said on Monday.${LABOUR_CONTEXT}`, LABOUR_SPECS);
    expect(r.find((e) => e.type === 'REJECT')?.actors).toEqual(['Kestrel Pilots\u2019 Union']);
    const headline = events(`Halvair pilots reject tentative deal, union seeks new talks.${LABOUR_CONTEXT}`, LABOUR_SPECS);
    expect(headline.find((e) => e.type === 'REJECT')?.actors).toEqual(['Kestrel Pilots\u2019 Union']);
    expect(headline.find((e) => e.type === 'REQUEST')?.actors).toEqual(['Kestrel Pilots\u2019 Union']);
  });

  it('keeps a company listed with its pilots as a party ("Halvair and pilots reach a deal")', () => {
    const r = events(`Halvair and pilots reach tentative deal after marathon talks.${LABOUR_CONTEXT}`, LABOUR_SPECS);
    expect(r.find((e) => e.type === 'AGREE')?.actors).toEqual(['Halvair', 'Kestrel Pilots\u2019 Union']);
  });

  it('gives the verb of a relative clause without "that" to its pronoun\'s antecedent, as a fact even inside a condition', () => {
    const r = events('Norland proposed releasing 40 detainees as a goodwill gesture, provided that Sudmark freed the Norlandic soldiers it captured in 2024.');
    const capture = r.find((e) => e.type === 'ASSAULT');
    expect(capture?.actors).toEqual(['Sudmark']);
    expect(capture?.modality).toBe('asserted');
  });

  it('gives no actor to a verb whose clause opens with an unnamed subject ("if those countries set ...")', () => {
    const r = events('Elena Varga said Norland was ready to impose a ban on landings if those countries set unilateral quotas.');
    const alone = r.find((e) => e.type === 'REJECT');
    expect(alone?.actors).toEqual([]);
  });

  it('makes every party of "talks between A, the B, the C and D" an actor, none a target', () => {
    const r = events('Talks between Norland, the Eastern League, the Coastal Council and Sudmark on sharing the catch ended on Thursday without agreement.');
    const talks = r.find((e) => e.type === 'CONSULT');
    expect(talks?.actors).toEqual(['Norland', 'Eastern League', 'Coastal Council', 'Sudmark']);
    expect(talks?.targets).toEqual([]);
  });

  it('reads "A, the B and C agreed" as three subjects, and "A, the B\'s envoy," as an apposition', () => {
    expect(events('Norland, the Eastern League and Sudmark agreed on Friday on a five-year arrangement.').find((e) => e.type === 'AGREE')?.actors).toEqual(['Norland', 'Eastern League', 'Sudmark']);
    expect(events('Elena Varga, the Eastern League envoy, rejected the plan.').find((e) => e.type === 'REJECT')?.actors).not.toContain('Elena Varga');
  });
});

describe('events that did not happen (QA 9)', () => {
  it('reads no strike in "averting a strike", and keeps a massacre someone failed to prevent', () => {
    const r = events(`Halvair and the Kestrel Pilots\u2019 Union reached a tentative agreement on Monday, averting a strike that would have grounded most flights.${LABOUR_CONTEXT}`, LABOUR_SPECS);
    expect(r.filter((e) => /strike/.test(e.trigger))).toEqual([]);
    expect(r.some((e) => e.type === 'AGREE')).toBe(true);
    expect(events('Critics cited the mission\'s failure to prevent a massacre in Tarnby.').some((e) => e.type === 'ASSAULT')).toBe(true);
  });

  it('reads an item on the talks\' agenda as no act', () => {
    const r = events('Elena Varga said the talks would focus on restoring the ceasefire, the mandate of the mission known as Tarnwatch and the release of detainees held by both sides.');
    expect(r.filter((e) => e.type === 'RETREAT')).toEqual([]);
  });

  it('reads setting a unilateral quota as a rejection and walking out of a session as breaking off talks, not as agreeing', () => {
    const r = events('Sudmark walked out of the final session. Elena Varga said Sudmark would set a unilateral quota of 16% of the catch, calling the deal a carve-up.');
    expect(r.some((e) => e.type === 'SANCTION' && e.actors.includes('Sudmark'))).toBe(true);
    expect(r.find((e) => e.type === 'REJECT')?.actors).toEqual(['Sudmark']);
    expect(r.filter((e) => e.type === 'AGREE')).toEqual([]);
  });

  it('reads ending a strike in a labour dispute as a concession, not a ceasefire', () => {
    const r = events(`Elena Varga said the government was not considering legislation to end a strike.${LABOUR_CONTEXT}`, LABOUR_SPECS);
    expect(r.find((e) => /strike/.test(e.trigger))?.type).toBe('CONCEDE');
  });
});

describe('acts in view and acts described (QA 9)', () => {
  it('reads a strike that is authorised, in prospect or a mandate\'s as one in view, not one that happened', () => {
    const specs = LABOUR_SPECS;
    const authorised = events(`The union's members voted by 94% in January to authorise a strike after Halvair offered a 4% rise.${LABOUR_CONTEXT}`, specs);
    expect(authorised.find((e) => /strike/.test(e.trigger))?.modality).toBe('hypothetical');
    const prospect = events(`Halvair's pilots rejected the contract, raising the prospect of a strike before Easter.${LABOUR_CONTEXT}`, specs);
    expect(prospect.find((e) => /strike/.test(e.trigger))?.modality).toBe('hypothetical');
    const mandate = events(`Halvair pilots reject tentative deal, union seeks new talks and strike mandate.${LABOUR_CONTEXT}`, specs);
    expect(mandate.find((e) => /strike/.test(e.trigger))?.modality).toBe('hypothetical');
  });

  it('does not make the possessor inside an object the subject ("ready to discuss Sudmark\'s plan at the next round of talks")', () => {
    const r = events('Norland said on Friday it was ready to discuss Sudmark\'s autonomy plan at the next round of talks.');
    expect(r.find((e) => e.type === 'CONSULT')?.actors).toEqual(['Norland']);
  });

  it('finds no target of talks among the items of their agenda', () => {
    const r = events('Elena Varga said the two days of talks in Tarnby would focus on restoring the ceasefire and the mandate of the mission known as Tarnwatch.');
    expect(r.find((e) => e.type === 'CONSULT')?.targets).toEqual([]);
  });

  it('gives a participle after a plain noun to its agent after "by", or to nobody', () => {
    const seized = events('Elena Varga acknowledged the improbability of Norland reclaiming all territories seized by Sudmark since 2014.');
    expect(seized.find((e) => e.type === 'COERCE')?.actors).toEqual(['Sudmark']);
    const jailed = events('Elena Varga said no release had been proposed and that people jailed in Norland had been convicted by its courts.');
    expect(jailed.find((e) => e.type === 'COERCE')?.actors).toEqual([]);
  });

  it('gives no actor to a modal whose clause opens with an unnamed noun phrase ("whether the territory\'s future should")', () => {
    const r = events('Norland and Sudmark sat down on Tuesday, but they remained far apart on whether the territory\'s future should be settled by a vote.');
    expect(r.find((e) => e.type === 'REQUEST')?.actors ?? []).toEqual([]);
  });
});

describe('event locations (QA 9)', () => {
  it('reads a demonym before a noun as no place, and with a noun of place as that place', () => {
    expect(events('Norland rejected the offer because more fish now feed in Norlandish waters.').find((e) => e.type === 'REJECT')?.location).toBe('Norlandish waters');
    expect(events('Norland rejected the offer for prisoners held in Norlandish jails.').find((e) => e.type === 'REJECT')?.location).toBeNull();
    expect(events('Norland rejected the offer at talks in Tarnby on Monday.').find((e) => e.type === 'REJECT')?.location).toBe('Tarnby');
  });
});
