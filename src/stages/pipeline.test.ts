import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../packs/load.js';
import { analyseDocument, analyseDocuments, stagesNotRun } from './pipeline.js';
import type { DocView } from './types.js';

const kb = loadKnowledge();
const body = (text: string): DocView['zones'] => [{ start: 0, end: text.length, kind: 'body', rule: 'test' }];
const ENGLISH = 'Foreign Minister Anna Lindqvist said on Tuesday that her government would accept a 30-day ceasefire. "We are ready to sign," she told reporters.';
const RUSSIAN = 'Министр иностранных дел Анна Линдквист заявила во вторник, что правительство примет перемирие. «Мы готовы подписать», — сказала она.';

describe('stages and the document language', () => {
  it('runs every stage on English and on text of unknown or unsure language', () => {
    for (const language of ['en', null, 'english', 'und', 'mul']) expect(stagesNotRun({ text: ENGLISH, zones: body(ENGLISH), published: null, language })).toEqual([]);
    // Unsure which language a Latin-script text is in: it may well be English.
    expect(stagesNotRun({ text: ENGLISH, zones: body(ENGLISH), published: null, language: 'nl', languageConfidence: 0.5 })).toEqual([]);
    const a = analyseDocument({ text: ENGLISH, zones: body(ENGLISH), published: '2025-03-11', language: 'en' }, kb);
    expect(a.quotes.length).toBeGreaterThan(0);
  });

  it('leaves the English-rule stages empty on a text in another script, however unsure the language', () => {
    expect(stagesNotRun({ text: RUSSIAN, zones: body(RUSSIAN), published: null, language: 'ru', languageConfidence: 0.5 })).toEqual(['quotes', 'events', 'stances']);
    expect(stagesNotRun({ text: RUSSIAN, zones: body(RUSSIAN), published: null, language: 'bg', languageConfidence: 0.3 })).toEqual(['quotes', 'events', 'stances']);
  });

  it('leaves the English-rule stages empty on a text known to be in another language, and still finds sentences', () => {
    const view: DocView = { text: RUSSIAN, zones: body(RUSSIAN), published: '2025-03-11', language: 'ru', languageConfidence: 0.9 };
    expect(stagesNotRun(view)).toEqual(['quotes', 'events', 'stances']);
    const a = analyseDocument(view, kb);
    expect(a.sentences.length).toBeGreaterThan(1);
    expect(a.quotes).toEqual([]);
    expect(a.events).toEqual([]);
    expect(a.stances).toEqual([]);
    // The same text labelled English gets the English rules (which find the «…» quotation).
    expect(analyseDocument({ ...view, language: 'en' }, kb).quotes.length).toBeGreaterThan(0);
  });
});

describe('several documents stage by stage', () => {
  it('gives each document the analysis it gets alone, sentences found already and stages not run included', () => {
    const docs: DocView[] = [
      { text: ENGLISH, zones: body(ENGLISH), published: '2025-03-11', language: 'en' },
      { text: RUSSIAN, zones: body(RUSSIAN), published: '2025-03-11', language: 'ru', languageConfidence: 0.9 },
      { text: `${ENGLISH} ${ENGLISH}`, zones: body(`${ENGLISH} ${ENGLISH}`), published: null, language: null },
    ];
    const sentences = analyseDocument(docs[0]!, kb).sentences;
    const done = [{ sentences }, undefined, undefined];
    const alone = docs.map((d, i) => analyseDocument(d, kb, undefined, undefined, done[i]));
    expect(analyseDocuments(docs, kb, undefined, undefined, done)).toEqual(alone);
  });
});
