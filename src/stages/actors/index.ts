import type { Stage } from '../types.js';

/** Mention detection and within-document resolution. Placeholder until the actors stage lands. */
export const actorStage: Stage<'entities' | 'mentions'> = {
  name: 'actors',
  requires: ['sentences'],
  assigns: ['entities', 'mentions'],
  run: () => ({ entities: [], mentions: [] }),
};
