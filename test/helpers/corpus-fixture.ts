/**
 * Synthetic stored documents for corpus-view tests: each article is text plus hand-placed quotes,
 * events and stances, written through the real store and corpus-view update (no stage runs).
 */
import { emptyAnalysis, type DocumentAnalysis, type EventAnnotation, type StanceValue, type StoredDocument } from '../../src/core/model.js';
import { textSpan } from '../../src/core/span.js';
import { loadKnowledge } from '../../src/packs/load.js';
import type { Store } from '../../src/store/store.js';
import { updateCorpusViews } from '../../src/corpus/views.js';

export interface TestActor {
  id: string;
  name: string;
  type?: 'person' | 'country';
  party?: string | null;
}

export interface TestArticle {
  id: string;
  outlet: string;
  published: string | null;
  text: string;
  duplicateOf?: string | null;
  quotes?: { text: string; speaker: string | null }[];
  events?: { trigger: string; type: EventAnnotation['type']; actors: string[]; targets?: string[]; date?: string | null; negated?: boolean; modality?: EventAnnotation['modality'] }[];
  stances?: { actor: string; proposition: string; stance: StanceValue; evidence: string; date?: string | null }[];
}

const kb = loadKnowledge([], []);

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  while (start < at && /\s/.test(text[start]!)) start++;
  let end = at;
  while (end < text.length && !/[.!?\n]/.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end };
}

/** Writes one synthetic article (and its actors) and updates the corpus views, like ingest does. */
export function writeArticle(store: Store, actors: readonly TestActor[], a: TestArticle): void {
  const text = a.text;
  const analysis: DocumentAnalysis = emptyAnalysis();
  const entityOf = new Map<string, number>();
  const entity = (actorId: string) => {
    if (!entityOf.has(actorId)) {
      const actor = actors.find((x) => x.id === actorId);
      if (!actor) throw new Error(`unknown test actor ${actorId}`);
      entityOf.set(actorId, analysis.entities.length);
      analysis.entities.push({ type: actor.type ?? 'country', name: actor.name, packId: null, party: actor.party ?? null, roles: [], mentions: [] });
    }
    return entityOf.get(actorId)!;
  };
  const find = (needle: string) => {
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`not in text: ${needle}`);
    return at;
  };
  const provenance = (stage: string) => ({ stage, rule: 'test', confidence: 1 });
  for (const q of a.quotes ?? []) {
    const at = find(q.text);
    analysis.quotes.push({ ...textSpan(text, at, at + q.text.length), kind: 'direct', cue: null, source: null, speaker: q.speaker ? entity(q.speaker) : null, provenance: provenance('quotes') });
  }
  for (const e of a.events ?? []) {
    const at = find(e.trigger);
    const s = sentenceAround(text, at);
    analysis.events.push({
      type: e.type,
      mode: null,
      actors: e.actors.map(entity),
      targets: (e.targets ?? []).map(entity),
      negated: e.negated ?? false,
      modality: e.modality ?? 'asserted',
      date: e.date ?? null,
      dateText: null,
      location: null,
      trigger: textSpan(text, at, at + e.trigger.length),
      evidence: textSpan(text, s.start, s.end),
      provenance: provenance('events'),
    });
  }
  for (const st of a.stances ?? []) {
    const at = find(st.evidence);
    analysis.stances.push({
      actor: entity(st.actor),
      proposition: st.proposition,
      stance: st.stance,
      condition: null,
      date: st.date ?? null,
      evidence: textSpan(text, at, at + st.evidence.length),
      quote: null,
      provenance: provenance('stances'),
    });
  }
  const inferred = <T>(value: T | null) => ({ value, origin: 'test', confidence: 1 });
  const document: StoredDocument = {
    id: a.id,
    name: `${a.id}.txt`,
    source: `${a.id}.txt`,
    url: null,
    format: 'text',
    encoding: 'utf-8',
    text,
    contentHash: `hash-${a.id}`,
    zones: [{ start: 0, end: text.length, kind: 'body', rule: 'test' }],
    metadata: { title: inferred(null), outlet: inferred(a.outlet), published: inferred(a.published), language: inferred('en'), byline: inferred(null) },
    duplicateOf: a.duplicateOf ?? null,
    duplicateSimilarity: a.duplicateOf ? 0.9 : null,
    ingestedAt: '2025-01-01T00:00:00Z',
  };
  const ids = [...entityOf.keys()];
  const resolution = {
    actorIds: ids,
    upserts: ids.map((id) => {
      const actor = actors.find((x) => x.id === id)!;
      return {
        actor: { id, name: actor.name, type: actor.type ?? 'country', packId: null, party: actor.party ?? (actor.type === 'person' ? null : id), roles: [], aliases: [actor.name], mentionCount: 0, docCount: 0 },
        keys: [actor.name.toLowerCase()],
      };
    }),
  };
  store.db.transaction(() => {
    store.writeDocumentUnsafe({ document, analysis, resolution, minhash: null });
    updateCorpusViews(store, [document.id], kb);
  })();
}
