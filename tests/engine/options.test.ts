// No option is silently ignored: every constructor that takes an options object rejects unknown keys.
import { describe, it, expect } from 'vitest';
import { Linear, mlp, DataLoader, TensorDataset, tensor, createRng, abs, mseLoss, crossEntropy, zeros, LayerNorm, BatchNorm1d, StepLR, SGD } from '../../src/engine';

describe('unknown options are errors naming the owner and the option', () => {
  const rng = createRng(1);
  it.each([
    [() => new Linear(2, 3, { rng, bias: false, initialise: 'he' } as never), 'Linear: unknown option "initialise" (known: rng, init, bias)'],
    [() => new Linear(2, 3, { rng, init: 'kaiming' as never }), "Linear: init must be 'xavier' or 'he', got kaiming"],
    [() => mlp({ sizes: [2, 1], activation: 'relu', rng, dropout: 0.5 } as never), 'mlp: unknown option "dropout" (known: sizes, activation, rng, init)'],
    [() => mlp({ sizes: [2, 1], activation: 'swish' as never, rng }), 'mlp: unknown activation "swish"'],
    [() => new DataLoader(new TensorDataset(zeros([2, 1]), zeros([2])), { batchSize: 1, numWorkers: 2 } as never), 'DataLoader: unknown option "numWorkers" (known: batchSize, shuffle, dropLast, rng)'],
    [() => mseLoss(zeros([2]), zeros([2]), { reduce: false } as never), 'mseLoss: unknown option "reduce" (known: reduction)'],
    [() => crossEntropy(zeros([2, 3]), [0, 1], { ignoreIndex: -100 } as never), 'crossEntropy: unknown option "ignoreIndex" (known: reduction, weight, labelSmoothing)'],
    [() => new LayerNorm(2, { affine: true } as never), 'LayerNorm: unknown option "affine" (known: eps, elementwiseAffine, bias)'],
    [() => new BatchNorm1d(2, { elementwiseAffine: true } as never), 'BatchNorm1d: unknown option "elementwiseAffine" (known: eps, momentum, affine, trackRunningStats)'],
    [() => new StepLR(new SGD([zeros([1])], { lr: 1 }), { stepSize: 2, lastEpoch: 3 } as never), 'StepLR: unknown option "lastEpoch" (known: stepSize, gamma)'],
  ])('%#', (fn, message) => {
    expect(fn).toThrow(new Error(message));
  });
});

describe('losses: reduction and shapes', () => {
  it("mseLoss with [4,1] against [4] throws (PyTorch would broadcast to [4,4]); reduction 'sum' and 'none'", () => {
    expect(() => mseLoss(zeros([4, 1]), zeros([4]))).toThrow(/mseLoss: prediction \[4,1\] and target \[4\] have different shapes/);
    expect(mseLoss(tensor([1, 2]), tensor([0, 0]), { reduction: 'sum' }).item()).toBe(5);
    expect(Array.from(mseLoss(tensor([1, 2]), tensor([0, 0]), { reduction: 'none' }).data)).toEqual([1, 4]);
  });
  it('crossEntropy over [N, C, L] logits with class axis 1, class weights and label smoothing (hand computed)', () => {
    // N = 1, C = 2, L = 2: position 0 has logits (0, 0), position 1 has logits (ln 3, 0)
    const logits = tensor([[[0, Math.log(3)], [0, 0]]]);
    const none = crossEntropy(logits, tensor([[1, 0]]), { reduction: 'none' });
    expect(none.shape).toEqual([1, 2]);
    expect(none.data[0]).toBeCloseTo(Math.log(2), 15); // p = ½
    expect(none.data[1]).toBeCloseTo(-Math.log(3 / 4), 15); // p(class 0) = 3/4
    const w = crossEntropy(logits, tensor([[1, 0]]), { weight: [1, 3] }); // mean = Σ w_y ℓ / Σ w_y
    expect(w.item()).toBeCloseTo((3 * Math.log(2) + 1 * -Math.log(3 / 4)) / 4, 14);
    const s = crossEntropy(logits, tensor([[1, 0]]), { labelSmoothing: 0.2, reduction: 'sum' });
    // ε = 0.2: 0.8·(−ln p_y) + 0.1·Σ_c (−ln p_c) at each position
    const pos0 = 0.8 * Math.log(2) + 0.1 * 2 * Math.log(2);
    const pos1 = 0.8 * -Math.log(3 / 4) + 0.1 * (-Math.log(3 / 4) - Math.log(1 / 4));
    expect(s.item()).toBeCloseTo(pos0 + pos1, 14);
  });
});

describe('NaN and ∞ stay visible in gradients', () => {
  it("abs′ at 0 times an infinite gradient is NaN, as in PyTorch (sgn(0)·∞)", () => {
    const x = tensor([0, 2], { requiresGrad: true });
    abs(x).backward(tensor([Infinity, 1]));
    expect(Number.isNaN(x.grad!.data[0])).toBe(true);
    expect(x.grad!.data[1]).toBe(1);
  });
});

describe('gradient checks for the new loss options', async () => {
  const { gradCheck, randomTensor, TOLERANCE } = await import('./gradcheck');
  const r = createRng(5);
  it('crossEntropy N-D, weights, smoothing, each reduction', () => {
    const target = tensor([[2, 0, 1], [1, 1, 0]]);
    for (const reduction of ['mean', 'sum', 'none'] as const) {
      const f = (x: ReturnType<typeof tensor>) => crossEntropy(x, target, { reduction, weight: [0.5, 2, 1], labelSmoothing: 0.1 });
      expect(gradCheck(f, [randomTensor([2, 3, 3], r)]).worst).toBeLessThan(TOLERANCE);
    }
  });
  it("mseLoss / bceWithLogits / bceLoss with reduction 'none'", async () => {
    const { bceWithLogits, bceLoss, sigmoid } = await import('../../src/engine');
    const y = tensor([0, 1, 0.3, 1]);
    expect(gradCheck((x) => mseLoss(x, y, { reduction: 'none' }), [randomTensor([4], r)]).worst).toBeLessThan(TOLERANCE);
    expect(gradCheck((x, t) => bceWithLogits(x, t, { reduction: 'none' }), [randomTensor([4], r), randomTensor([4], r, { positive: true, max: 0.9 })]).worst).toBeLessThan(TOLERANCE);
    expect(gradCheck((x, t) => bceLoss(sigmoid(x), t, { reduction: 'sum' }), [randomTensor([4], r), randomTensor([4], r, { positive: true, max: 0.9 })]).worst).toBeLessThan(TOLERANCE);
  });
});

describe('an option whose value is undefined counts as not given', () => {
  it('optimizers, losses and layers accept { key: undefined } for any key', async () => {
    const { Adam, LayerNorm: LN } = await import('../../src/engine');
    expect(new Adam([tensor([1], { requiresGrad: true })], { lr: 0.1, momentum: undefined } as never).lr).toBe(0.1);
    expect(mseLoss(zeros([1]), zeros([1]), { weight: undefined } as never).item()).toBe(0);
    expect(new LN(2, { affine: undefined } as never).numParameters()).toBe(4);
  });
});
