/**
 * A near-duplicate is a copy only when it could be one: a report weeks after another that reuses its background
 * paragraphs is a follow-up, not a copy; the same text a day later is. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { defaultKnowledge, rawText } from '../../test/helpers/seeds.js';
import { Store } from '../store/store.js';
import { ingestDocument } from './ingest.js';

const BACKGROUND = [
  'The Norland Fishers Association has spent two years pressing the Sudmark government to reopen the northern cod grounds, which were closed after a survey found stocks at their lowest level since records began.',
  'Sudmark says the closure must stay until an independent review reports, and its fisheries ministry has offered compensation to boat owners who keep their vessels in port through the winter season.',
  'The association says the compensation covers less than a third of lost earnings, and several crews have already sold their boats to buyers in the south, leaving harbours in the region half empty.',
];
const NEW = [
  'On Thursday the two sides met again in the port city of Karlsvik, where mediators from the regional council presented a plan to reopen a fifth of the grounds to boats under twelve metres from next spring.',
  'Association chair Mira Holt told reporters the plan was a start but said her members would keep up their protest at the ministry until the compensation was raised to match what crews had lost.',
  'A ministry spokesman said the government would study the plan and answer within a month, adding that any reopening would depend on the scientists who sit on the review panel agreeing to it.',
  'Fishing communities along the coast have held weekly meetings since the closure, and local councils have asked the national parliament to fund retraining for crews who leave the industry for good.',
  'The review panel is due to publish its first findings in the spring, and both sides have said they will wait for that report before taking any final decision on the grounds and on the compensation.',
  'Boat owners who spoke at the meeting said the winter had been the hardest in living memory, with several families relying on food banks and charities in the harbour towns for the first time.',
];

const report = (name: string, paragraphs: string[], published: string) => rawText(name, `Cod talks\n\n${paragraphs.join('\n\n')}\n`, { given: { published } });

describe('a near-duplicate dated weeks apart', () => {
  const kb = defaultKnowledge();

  it('is a follow-up reusing background, not a copy, when the reports are weeks apart', () => {
    const store = Store.open(':memory:');
    ingestDocument(store, report('first.txt', [...BACKGROUND, ...NEW.slice(0, 2)], '2025-06-03'), kb);
    const later = ingestDocument(store, report('later.txt', [...BACKGROUND, ...NEW.slice(2)], '2025-06-19'), kb);
    expect(later.status === 'stored' && later.duplicateOf).toBeFalsy();
  });

  it('is still a copy when the same reports are a day apart', () => {
    const store = Store.open(':memory:');
    const first = ingestDocument(store, report('first.txt', [...BACKGROUND, ...NEW.slice(0, 2)], '2025-06-03'), kb);
    const next = ingestDocument(store, report('next.txt', [...BACKGROUND, ...NEW.slice(2)], '2025-06-04'), kb);
    expect(first.status === 'stored' && next.status === 'stored' && next.duplicateOf).toBe(first.status === 'stored' ? first.id : 'x');
  });
});
