import { widget } from '../kit';
import { SoftmaxExplorerView } from './SoftmaxExplorer';

/** `<SoftmaxExplorer />`: logits, temperature, probabilities, and why softmax subtracts the max. */
export const SoftmaxExplorer = widget('SoftmaxExplorer', SoftmaxExplorerView);
export { naiveSoftmax, stableSoftmax, scaledLogits, EXP_OVERFLOW } from './softmaxMath';
