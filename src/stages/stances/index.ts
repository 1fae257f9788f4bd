import type { Stage } from '../types.js';

/** Actor stances on propositions. Placeholder until the stances stage lands. */
export const stanceStage: Stage<'stances'> = {
  name: 'stances',
  requires: ['sentences', 'entities', 'mentions', 'quotes'],
  assigns: ['stances'],
  run: () => ({ stances: [] }),
};
