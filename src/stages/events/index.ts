import type { Stage } from '../types.js';

/** PLOVER event coding. Placeholder until the events stage lands. */
export const eventStage: Stage<'events'> = {
  name: 'events',
  requires: ['sentences', 'entities', 'mentions', 'quotes'],
  assigns: ['events'],
  run: () => ({ events: [] }),
};
