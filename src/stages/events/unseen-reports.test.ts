/**
 * Event defects found reading reports on negotiations no pack covers (session 10 QA), pinned with invented
 * sentences: a denial of a claim is no rejection, a condition's clause did not happen, a date whose "on" the
 * trigger took is still the act's, a participle after a comma is the main clause's act, reversing a rejection
 * concedes, and the collapse of talks is no consultation.
 */
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type DocumentAnalysis, type LocalEntity, type Mention } from '../../core/model.js';
import { splitSentences } from '../sentences/index.js';
import { extractEvents } from './index.js';

function events(text: string, names: string[] = ['Norland', 'Sudmark', 'Elena Varga']) {
  const zones = [{ start: 0, end: text.length, kind: 'body' as const, rule: 'test' }];
  const analysis: DocumentAnalysis = { ...emptyAnalysis(), sentences: splitSentences(text, zones) };
  names.forEach((name, idx) => {
    const entity: LocalEntity = { type: name.includes(' ') ? 'person' : 'country', name, packId: null, party: null, roles: [], mentions: [] };
    analysis.entities.push(entity);
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const m: Mention = { start: at, end: at + name.length, text: name, entity: idx, kind: 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } };
      entity.mentions.push(analysis.mentions.length);
      analysis.mentions.push(m);
    }
  });
  analysis.mentions.sort((a, b) => a.start - b.start);
  return extractEvents({ text, zones, published: '2028-01-14', language: 'en' }, analysis).map((e) => ({
    type: e.type, modality: e.modality, negated: e.negated, date: e.date, actors: e.actors.map((i) => analysis.entities[i]!.name), trigger: e.trigger.text,
  }));
}

describe('events on unseen reports', () => {
  it('reads "denied that it had refused" as no rejection, and "denied the request" as one', () => {
    expect(events('Norland denied that it had refused a binding agreement.').filter((e) => e.type === 'REJECT' && !e.negated)).toEqual([]);
    expect(events("Norland denied Sudmark's request for more water.").filter((e) => e.type === 'REJECT').length).toBe(1);
  });

  it('reads an act inside a condition as hypothetical', () => {
    const r = events('Norland was open to a deal provided that Sudmark dropped its opposition.');
    expect(r.filter((e) => e.type === 'CONCEDE').map((e) => e.modality)).toEqual(['hypothetical']);
  });

  it('dates "agreed on Saturday" by its Saturday, not by a month in a relative clause', () => {
    const r = events('Norland agreed on Saturday to make the rules binding, dropping a refusal that had collapsed the talks in October.');
    expect(r.find((e) => e.type === 'AGREE')?.date).toBe('2028-01-08');
    expect(r.find((e) => e.type === 'CONCEDE')?.date).toBe('2028-01-08');
    expect(r.filter((e) => e.type === 'CONSULT' && /collapsed/.test(e.trigger))).toEqual([]);
  });

  it('gives a participle after a comma to the main clause\'s subject, and reads reversing a rejection as a concession', () => {
    const r = events('Norland agreed on Thursday to lift the ban on candidate Elena Varga, reversing its rejection of the plan.');
    expect(r.find((e) => e.type === 'CONCEDE')?.actors).toEqual(['Norland']);
    expect(r.filter((e) => e.type === 'REJECT')).toEqual([]);
  });
});

describe('events on unseen reports (QA 8)', () => {
  it('reads a strike in a guild\'s contract talks as a labour action, dated ahead when it is still possible', () => {
    const text = 'The guild and the studios resumed contract bargaining over residuals on Tuesday, June 29. Elena Varga told members that talks would continue on Wednesday and that a strike remained possible if the studios did not move on residuals.';
    const strike = events(text).find((e) => /strike/i.test(e.trigger));
    expect(strike?.type).toBe('PROTEST');
    expect(strike?.date).toBe('2028-01-19');
  });

  it('gives "stalled after Norland and other producers refused" to Norland, not to a name earlier in the sentence', () => {
    const r = events('Talks on a Sudmark treaty stalled on Saturday after Norland and other oil-producing countries refused to accept a cap.');
    expect(r.find((e) => e.type === 'REJECT')?.actors).toEqual(['Norland']);
  });
});

describe('review fixes (events)', () => {
  it('does not make an act hypothetical for an earlier "provided" that is a verb', () => {
    const r = events('Norland provided Elena Varga with documents before Sudmark attacked the port on Monday.');
    expect(r.filter((e) => e.type === 'ASSAULT').map((e) => e.modality)).toEqual(['asserted']);
  });

  it('gives a participle to the main clause subject, not to a name in a leading "when" clause', () => {
    const r = events('When Sudmark shelled the port, Norland walked out, rejecting the truce.');
    expect(r.find((e) => e.type === 'REJECT')?.actors).toEqual(['Norland']);
  });

  it('keeps "held quite productive talks" a consultation and a strike in diplomatic news an attack', () => {
    expect(events('Norland and Sudmark held quite productive talks on Monday.').some((e) => e.type === 'CONSULT')).toBe(true);
    const r = events('Parliament will ratify the accord next month, and defence contracts were signed with Norland. Sudmark condemned the strike on the port.');
    expect(r.some((e) => e.type === 'PROTEST' && /strike/.test(e.trigger))).toBe(false);
  });
});
