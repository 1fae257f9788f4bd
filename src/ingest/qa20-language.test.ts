/**
 * Session 20 QA: franc's guess on a headline-length text is no ground for leaving a report's quotes, events
 * and stances empty. Short English items (an RSS description, a JSON Lines headline) were read as French or
 * Dutch with a confidence the pipeline trusts, and lost every English rule.
 */
import { describe, expect, it } from 'vitest';
import { stagesNotRun } from '../stages/pipeline.js';
import { detectLanguage } from './metadata.js';

const SHORT_ENGLISH = [
  'Zelensky said Ukraine backs the 30-day ceasefire.',
  'EU leaders back new sanctions package against Moscow.',
  'Boeing machinists ratify contract, ending seven-week strike.',
];

describe('language of a headline-length text', () => {
  it('a short English text is never a trusted other language: every stage runs on it', () => {
    for (const text of SHORT_ENGLISH) {
      const language = detectLanguage(text);
      expect(stagesNotRun({ text, zones: [{ kind: 'body', start: 0, end: text.length, rule: 'test' }], published: null, language: language?.value ?? null, languageConfidence: language?.confidence }), text).toEqual([]);
    }
  });

  it('a longer text in another language keeps its language and its trust', () => {
    const fr = 'Les négociations sur le cessez-le-feu ont repris mardi à Genève, selon des responsables officiels. Les délégations se retrouveront la semaine prochaine pour discuter des détails.';
    expect(detectLanguage(fr)).toMatchObject({ value: 'fr', method: 'franc' });
    expect(detectLanguage(fr)!.confidence).toBeGreaterThanOrEqual(0.7);
  });
});
