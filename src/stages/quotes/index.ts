import type { Stage } from '../types.js';

/** Direct, partial and reported speech with speakers. Placeholder until the quotes stage lands. */
export const quoteStage: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['sentences', 'entities', 'mentions'],
  assigns: ['quotes'],
  run: () => ({ quotes: [] }),
};
