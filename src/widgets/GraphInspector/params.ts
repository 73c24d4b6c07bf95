import { GRAPH_EXAMPLES } from './backwardStepper';
import { choice, defineParams } from '../kit';

export const GRAPH_PARAMS = defineParams({
  example: choice(
    'Expression',
    'unequal',
    GRAPH_EXAMPLES.map((e) => ({ value: e.id, label: e.title })),
  ),
});
