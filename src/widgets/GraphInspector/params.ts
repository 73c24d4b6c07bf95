import { GRAPH_EXAMPLES } from './backwardStepper';
import { choice, defineParams } from '../kit';

export const GRAPH_PARAMS = defineParams({
  example: choice(
    'Expression',
    'unequal',
    GRAPH_EXAMPLES.map((e) => ({ value: e.id, label: e.title })),
  ),
  order: choice('Backward order', 'topological', [
    { value: 'topological', label: 'reverse topological (the engine’s)' },
    { value: 'breadth-first', label: 'breadth-first (buggy)' },
  ]),
});
