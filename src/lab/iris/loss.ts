// Cross-entropy written out from one-hot targets, next to the engine's version from class indices
// (chapter 15 shows both).
import { logSoftmax, mean, mul, neg, sum, type Tensor } from '../../engine';

/** One-hot rows: class c becomes a row of zeros with a 1 in column c. */
export function oneHot(labels: ArrayLike<number>, classes = 3): Float64Array {
  const out = new Float64Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) out[i * classes + labels[i]] = 1;
  return out;
}

// #region loss-two-ways
/** Cross-entropy from one-hot targets, written out: −mean over rows of Σₖ yₖ · log softmax(z)ₖ. */
export function crossEntropyOneHot(logits: Tensor, targets: Tensor): Tensor {
  return neg(mean(sum(mul(targets, logSoftmax(logits, 1)), 1)));
}
// The engine's crossEntropy(logits, classIndices) computes the same number from the class indices,
// picking −log softmax(z)_c for the right class c instead of multiplying by a row of zeros and a 1.
// #endregion
