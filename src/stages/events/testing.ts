/**
 * The one fixture runner the QA event tests share: a text's sentences from the real splitter, invented entities
 * found by their exact names (not inside a longer word), optional reported-speech spans, and the events read from
 * them in a flat form tests can assert on.
 */
import { emptyAnalysis, type ActorType, type DocumentAnalysis, type LocalEntity, type Mention } from '../../core/model.js';
import { splitSentences } from '../sentences/index.js';
import { extractEvents } from './index.js';

export interface FixtureEntity {
  name: string;
  type: ActorType;
}

/** Events of `text` with `entities` as its only actors; `reports` are indirect quotes ("X said (that) <content>"). */
export function eventsWith(entities: readonly FixtureEntity[]) {
  return (text: string, published = '2028-01-14', reports: { content: string; speaker: string }[] = []) => {
    const zones = [{ start: 0, end: text.length, kind: 'body' as const, rule: 'test' }];
    const analysis: DocumentAnalysis = { ...emptyAnalysis(), sentences: splitSentences(text, zones) };
    entities.forEach(({ name, type }, idx) => {
      const entity: LocalEntity = { type, name, packId: null, party: null, roles: [], mentions: [] };
      analysis.entities.push(entity);
      for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
        if (/\p{L}/u.test(text[at + name.length] ?? '')) continue;
        entity.mentions.push(analysis.mentions.length);
        analysis.mentions.push({ start: at, end: at + name.length, text: name, entity: idx, kind: 'name', provenance: { stage: 'test', rule: 'test', confidence: 1 } } satisfies Mention);
      }
    });
    analysis.mentions.sort((a, b) => a.start - b.start);
    for (const r of reports) {
      const start = text.indexOf(r.content);
      const speaker = entities.findIndex((e) => e.name === r.speaker);
      analysis.quotes.push({ start, end: start + r.content.length, text: r.content, kind: 'indirect', cue: null, source: null, speaker, provenance: { stage: 'test', rule: 'test', confidence: 1 } });
    }
    return flatEvents(text, zones, published, analysis);
  };
}

/** The events of an analysis in the flat form the event tests assert on (actors and targets by name). */
export function flatEvents(text: string, zones: readonly { start: number; end: number; kind: 'body'; rule: string }[], published: string, analysis: DocumentAnalysis) {
  return extractEvents({ text, zones: [...zones], published, language: 'en' }, analysis).map((e) => ({
    type: e.type,
    mode: e.mode,
    modality: e.modality,
    negated: e.negated,
    date: e.date,
    actors: e.actors.map((i) => analysis.entities[i]!.name),
    trigger: e.trigger.text,
    location: e.location?.text ?? null,
    targets: e.targets.map((i) => analysis.entities[i]!.name),
  }));
}
