// Defect 1, audited for every op: y = tidy(() => op(leaf)), then other tidies reuse the pool, then
// y.backward() must give exactly the gradient it gives without tidy (or refuse; none should need to).
import { describe, it, expect } from 'vitest';
import * as E from '../../src/engine';
import { Tensor, tidy, createRng, noGrad } from '../../src/engine';

const rng = createRng(7);
/** A fresh leaf of `shape` with values away from 0 (index/where/relu kinks do not matter here). */
function leaf(shape: number[], positive = false): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = (positive ? 0.2 : -1) + 1.6 * rng.next();
  return new Tensor(data, shape, { requiresGrad: true });
}
function churn(x: Tensor): void {
  for (let k = 0; k < 3; k++) tidy(() => { x.mul(100 + k).add(7); noGrad(() => x.mul(-3)); return 0; });
}

const B = new Tensor(Float64Array.from({ length: 16 }, (_, i) => Math.sin(i)), [4, 4]);
const OPS: Array<[string, (x: Tensor) => Tensor, number[], boolean?]> = [
  ['add', (x) => E.add(x, 1), [4, 4]], ['add broadcast', (x) => E.add(x, B.slice([[0, 1]])), [4, 4]],
  ['sub', (x) => E.sub(2, x), [4, 4]], ['mul', (x) => E.mul(x, B), [4, 4]], ['div', (x) => E.div(1, x), [4, 4], true],
  ['pow number', (x) => E.pow(x, 3), [4, 4]], ['pow tensor', (x) => E.pow(x, E.full([4, 4], 1.5)), [4, 4], true],
  ['pow exponent', (x) => E.pow(E.full([4, 4], 2), x), [4, 4]],
  ['neg', E.neg, [4, 4]], ['exp', E.exp, [4, 4]], ['log', E.log, [4, 4], true], ['sqrt', E.sqrt, [4, 4], true], ['abs', E.abs, [4, 4]],
  ['matmul', (x) => E.matmul(x, B), [4, 4]], ['matmul 1-D', (x) => E.matmul(x, B), [4]], ['matmul batched', (x) => E.matmul(x, B), [2, 4, 4]],
  ['linear', (x) => E.linear(x, B, B.slice([0])), [4, 4]],
  ['sum', (x) => E.sum(x, 0), [4, 4]], ['mean', (x) => E.mean(x, 1), [4, 4]], ['max', (x) => E.max(x, 1), [4, 4]],
  ['reshape', (x) => E.reshape(x, [16]), [4, 4]], ['transpose', (x) => E.transpose(x), [4, 4]], ['permute', (x) => E.permute(x, [1, 0]), [4, 4]],
  ['unsqueeze', (x) => E.unsqueeze(x, 0), [4, 4]], ['squeeze', (x) => E.squeeze(x), [1, 16]], ['flatten', E.flatten, [4, 4]],
  ['slice', (x) => E.slice(x, [[1, 3]]), [4, 4]], ['index', (x) => E.index(x, [3, 0, 3]), [4, 4]], ['concat', (x) => E.concat([x, x], 1), [4, 4]],
  ['where', (x) => E.where(B, x, 0), [4, 4]], ['maskedFill', (x) => E.maskedFill(x, B, 9), [4, 4]], ['clamp', (x) => E.clamp(x, -0.5, 0.5), [4, 4]],
  ['tril', (x) => E.tril(x), [4, 4]],
  ['softmax', (x) => E.softmax(x), [4, 4]], ['logSoftmax', (x) => E.logSoftmax(x, 0), [4, 4]],
  ...E.ACTIVATION_NAMES.filter((n) => n !== 'none').map((n): [string, (x: Tensor) => Tensor, number[]] => [n, E.ACTIVATIONS[n], [4, 4]]),
  ['gelu tanh', (x) => E.gelu(x, 'tanh'), [4, 4]],
  ['mseLoss', (x) => E.mseLoss(x, B), [4, 4]], ['bceWithLogits', (x) => E.bceWithLogits(x, E.full([4, 4], 0.3)), [4, 4]],
  ['bceLoss', (x) => E.bceLoss(E.sigmoid(x), E.full([4, 4], 0.3)), [4, 4]],
  ['crossEntropy', (x) => E.crossEntropy(x, [0, 1, 2, 3], { weight: [1, 2, 3, 4], labelSmoothing: 0.1 }), [4, 4]],
  ['crossEntropy none', (x) => E.crossEntropy(x, [0, 1, 2, 3], { reduction: 'none' }), [4, 4]],
  ['dropout', (x) => new E.Dropout(0.5, createRng(3)).forward(x), [4, 4]],
  ['layerNorm', (x) => E.layerNorm(x, [4], E.full([4], 2), E.full([4], 1)), [4, 4]],
  ['batchNorm', (x) => E.batchNorm(x, null, null, null, null, { training: true }), [4, 4]],
  ['batchNorm eval', (x) => E.batchNorm(x, E.zeros([4]), E.ones([4]), null, null, { training: false }), [4, 4]],
  ['embedding', (x) => E.index(x, E.tensor([3, 1, 3])), [4, 4]],
  ['sin', E.sin, [4, 4]], ['cos', E.cos, [4, 4]], ['erf', (x) => E.erf(x), [4, 4]],
  ['maximum', (x) => E.maximum(x, B), [4, 4]], ['minimum', (x) => E.minimum(0, x), [4, 4]],
];

describe('backward after tidy() is correct for every op applied to a leaf', () => {
  for (const [name, op, shape, positive] of OPS) {
    it(name, () => {
      const x = leaf(shape, positive);
      const seedFor = (y: Tensor) => new Tensor(Float64Array.from({ length: y.size }, (_, i) => 1 + i / 10), y.shape.slice());
      const plain = op(x);
      plain.backward(seedFor(plain));
      const expected = Array.from(x.grad!.data);
      x.grad = null;
      const y = tidy(() => op(x));
      churn(x);
      y.backward(seedFor(y));
      expect(Array.from(x.grad!.data)).toEqual(expected);
    });
  }
});
