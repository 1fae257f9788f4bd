import { emptyAnalysis, type DocumentAnalysis } from '../core/model.js';
import type { KnowledgeBase } from '../packs/load.js';
import { actorStage } from './actors/index.js';
import { eventStage } from './events/index.js';
import { quoteStage } from './quotes/index.js';
import { sentenceStage } from './sentences/index.js';
import { stanceStage } from './stances/index.js';
import type { DocView, Stage } from './types.js';

type AnyStage = Stage<keyof DocumentAnalysis>;

export const DEFAULT_STAGES: readonly AnyStage[] = [
  sentenceStage,
  actorStage,
  quoteStage,
  eventStage,
  stanceStage,
] as AnyStage[];

/** Checks, once, that every stage's requirements are assigned by a stage before it. */
export function checkPipeline(stages: readonly AnyStage[]): void {
  const assigned = new Set<keyof DocumentAnalysis>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!assigned.has(need)) throw new Error(`[E002] stage "${stage.name}" requires "${need}", which no earlier stage assigns`);
    }
    for (const a of stage.assigns) assigned.add(a);
  }
}

checkPipeline(DEFAULT_STAGES);

/** Below this, a detected language is too unsure to withhold a stage's rules from the text. */
const LANGUAGE_TRUSTED = 0.7;

/**
 * Stages whose rules are not written for the document's language: their annotations on such a text would
 * be noise (English cue verbs and quote conventions matched against Russian), so they are left empty.
 */
export function stagesNotRun(doc: DocView, stages: readonly AnyStage[] = DEFAULT_STAGES): string[] {
  const language = doc.language?.toLowerCase();
  // Only a language code says which language it is ("english", "x-default" do not).
  // "und", "mul", "zxx", "mis" (undetermined, multiple, none, uncoded: Drupal declares "und") say nothing.
  if (!language || !/^[a-z]{2,3}$/.test(language) || ['eng', 'und', 'mul', 'zxx', 'mis'].includes(language)) return [];
  // Unsure which language (Russian, Ukrainian or Bulgarian share most trigrams) is still sure it is not
  // English when the text is written in another script.
  if ((doc.languageConfidence ?? 1) < LANGUAGE_TRUSTED && !mostlyNonLatin(doc.text)) return [];
  return stages.filter((s) => s.languages && !s.languages.includes(language)).map((s) => s.name);
}

/** Whether most letters of the text's opening (up to 4,000 characters) are of a script other than Latin. */
function mostlyNonLatin(text: string): boolean {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters >= 20 && latin < letters * 0.3;
}

/**
 * Runs every per-document stage in order. Pure: same document and knowledge, same analysis. `done` holds
 * what earlier stages already assigned for this document (run elsewhere, as `analyseDocument` with those
 * stages): a stage whose every output is in it is not run again.
 */
export function analyseDocument(doc: DocView, kb: KnowledgeBase, stages: readonly AnyStage[] = DEFAULT_STAGES, timings?: StageTimings, done?: Partial<DocumentAnalysis>): DocumentAnalysis {
  const analysis = done ? Object.assign(emptyAnalysis(), done) : emptyAnalysis();
  const skipped = stagesNotRun(doc, stages);
  for (const stage of stages) {
    if (skipped.includes(stage.name) || (done && stage.assigns.every((key) => key in done))) continue;
    const t0 = timings ? performance.now() : 0;
    Object.assign(analysis, stage.run(doc, analysis, kb));
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return analysis;
}

/**
 * `analyseDocument` over several documents, stage by stage: each stage runs on every document before the next
 * starts. The same analyses (a stage reads only its document and what earlier stages assigned it), for less
 * CPU: a stage's code and expressions stay in the processor's caches from one document to the next, where one
 * document's walk through every stage evicted them (on the benchmark articles, batches of 16 took 11-15% less
 * CPU). A document whose stage throws gets the error, and no later stage; the others go on.
 */
export function analyseDocuments(
  docs: readonly DocView[],
  kb: KnowledgeBase,
  stages: readonly AnyStage[] = DEFAULT_STAGES,
  timings?: readonly (StageTimings | undefined)[],
  done?: readonly (Partial<DocumentAnalysis> | undefined)[],
): (DocumentAnalysis | { error: unknown })[] {
  // What each document's stages assigned so far (only those keys: `analyseDocument` skips a stage whose every output is in it).
  const assigned: Partial<DocumentAnalysis>[] = docs.map((_, i) => ({ ...done?.[i] }));
  const failed: unknown[] = docs.map(() => undefined);
  for (const stage of stages) {
    for (let i = 0; i < docs.length; i++) {
      if (failed[i] !== undefined) continue;
      try {
        const analysis = analyseDocument(docs[i]!, kb, [stage], timings?.[i], assigned[i]);
        for (const key of stage.assigns) (assigned[i] as Record<string, unknown>)[key] = analysis[key];
      } catch (e) {
        failed[i] = e ?? new Error('stage failed');
      }
    }
  }
  return docs.map((_, i) => (failed[i] !== undefined ? { error: failed[i] } : Object.assign(emptyAnalysis(), assigned[i])));
}

/** Milliseconds spent per stage (and per ingest step), accumulated over calls: for benchmarks. */
export type StageTimings = Record<string, number>;
