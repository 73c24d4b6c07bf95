import { lazyWidget } from '../kit';

/** `<SoftmaxExplorer />`: logits, temperature, probabilities, and why softmax subtracts the max (loaded on demand). */
export const SoftmaxExplorer = lazyWidget('Softmax explorer', 'Softmax explorer', () =>
  import('./SoftmaxExplorer').then((m) => m.SoftmaxExplorerView),
);
export { naiveSoftmax, stableSoftmax, scaledLogits, EXP_OVERFLOW } from './softmaxMath';
