import type { Stage } from '../types.js';
import { detectCandidates } from './detect.js';
import { resolveLocal } from './local.js';
import { withBodyDescriptions } from './anaphora.js';

/**
 * Mention detection and within-document resolution: persons, organizations, countries and groups in
 * the content zones (and headings), clustered into local entities with roles and the side they speak for.
 */
export const actorStage: Stage<'entities' | 'mentions'> = {
  name: 'actors',
  requires: ['sentences'],
  assigns: ['entities', 'mentions'],
  run: (doc, soFar, kb) => withBodyDescriptions(doc.text, soFar.sentences, resolveLocal(detectCandidates(doc.text, soFar.sentences, kb), kb, doc.published), kb),
};
