// The seven defects found by the independent review of issue 8, each reproduced as it was reported.
import { describe, it, expect } from 'vitest';
import {
  tensor, ones, tidy, softplus, silu, relu, pow, crossEntropy, matmul, zeros, TensorDataset, Tensor, fromData,
  mlp, createRng, compileMlp, ACTIVATION_NAMES, ACTIVATIONS, Dropout, linspace,
} from '../../src/engine';

/** 16 values from −1 to 0.875: big enough that ops take their memory from the pool. */
const sixteen = () => linspace(-1, 0.875, 16, { requiresGrad: true });
/** Runs a tidy that reuses recycled memory, as any later training step would. */
function churn(p: Tensor): void {
  tidy(() => { p.mul(100).add(7); p.mul(-3).sub(2); return 0; });
}

describe('defect 1: backward after tidy() never reads recycled memory', () => {
  it('softplus applied to a leaf (the reported case): p.grad[0] = σ(−1)', () => {
    const p = sixteen();
    const y = tidy(() => softplus(p));
    churn(p);
    y.backward(ones([16]));
    expect(p.grad!.data[0]).toBeCloseTo(1 / (1 + Math.exp(1)), 14);
  });

  it('silu, crossEntropy and Dropout on a leaf', () => {
    const p = sixteen();
    const y = tidy(() => silu(p));
    churn(p);
    y.backward(ones([16]));
    const s = 1 / (1 + Math.exp(1));
    expect(p.grad!.data[0]).toBeCloseTo(s * (1 + -1 * (1 - s)), 14);

    const logits = fromData(new Float64Array(4 * 4), [4, 4], { requiresGrad: true });
    const loss = tidy(() => crossEntropy(logits, [0, 1, 2, 3]));
    churn(logits);
    loss.backward();
    expect(logits.grad!.data[0]).toBeCloseTo((0.25 - 1) / 4, 14);
    expect(logits.grad!.data[1]).toBeCloseTo(0.25 / 4, 14);

    const q = sixteen();
    const drop = new Dropout(0.5, createRng(1));
    const out = tidy(() => drop.forward(q));
    const kept = Array.from(out.data, (v) => (v !== 0 ? 2 : 0));
    churn(q);
    out.backward(ones([16]));
    // where q was 0 the output is 0 whether kept or not; skip that element
    kept.forEach((k, i) => { if (q.data[i] !== 0) expect(q.grad!.data[i]).toBe(k); });
  });
});

describe('defect 2: NaN stays NaN through every activation', () => {
  it('in the ops', () => {
    for (const name of ACTIVATION_NAMES) {
      const y = ACTIVATIONS[name](tensor([NaN, 1]));
      expect(Number.isNaN(y.data[0]), name).toBe(true);
    }
    expect(Number.isNaN(relu(tensor([NaN])).data[0])).toBe(true);
  });

  it('in compileMlp, both the unrolled and the looped path', () => {
    for (const name of ACTIVATION_NAMES) {
      for (const hidden of [4, 64]) { // 64×64 weights is past the unrolling limit
        const model = mlp({ sizes: [2, hidden, hidden, 1], activation: name, rng: createRng(1).stream('init') });
        const out = new Float64Array(2);
        compileMlp(model).forward(Float64Array.of(NaN, NaN, 0.5, -0.5), 2, out);
        expect(Number.isNaN(out[0]), `${name} hidden ${hidden}`).toBe(true);
        expect(Number.isFinite(out[1]), `${name} hidden ${hidden}`).toBe(true);
      }
    }
  });
});

describe('defect 3: TensorDataset.get checks its index', () => {
  const ds = new TensorDataset(tensor([[1, 2], [3, 4], [5, 6]]), tensor([10, 20, 30]));
  it('out of range and non-integer indices throw naming the index and the length', () => {
    expect(() => ds.get(3)).toThrow('TensorDataset.get: index 3 is out of range for 3 rows');
    expect(() => ds.get(1.5)).toThrow('TensorDataset.get: index 1.5 is not an integer (3 rows)');
    expect(() => ds.get(-4)).toThrow('TensorDataset.get: index -4 is out of range for 3 rows');
  });
  it('a negative index counts from the end, as in Python and PyTorch', () => {
    const [x, y] = ds.get(-1);
    expect(Array.from(x.data)).toEqual([5, 6]);
    expect(y.item()).toBe(30);
  });
});

describe('defect 4: a nested tidy releases only tensors born inside a scope', () => {
  it('returning an outside tensor from an inner tidy leaves it alone', () => {
    const x = tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    tidy(() => { tidy(() => x); return 0; });
    expect(Array.from(x.data)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('a tensor born in the outer tidy and returned by the inner one is still released by the outer', () => {
    const x = tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    let made: Tensor = zeros([1]);
    tidy(() => { made = x.mul(2); tidy(() => made); return 0; });
    expect(made.released).toBe(true);
  });
});

describe('defect 5: pow gradients follow PyTorch at 0', () => {
  it('d/da of a⁰ is 0 at a = 0 (number and tensor exponents)', () => {
    const a = tensor([0, 2], { requiresGrad: true });
    pow(a, 0).sum().backward();
    expect(Array.from(a.grad!.data)).toEqual([0, 0]);
    const b = tensor([0, 2], { requiresGrad: true });
    pow(b, tensor([0, 0])).sum().backward();
    expect(Array.from(b.grad!.data)).toEqual([0, 0]);
  });
  it('d/dp of aᵖ is 0 where a = 0 and p ≥ 0 (the reported case gives 9·ln 3)', () => {
    const p = tensor(2, { requiresGrad: true });
    pow(tensor([0, 3]), p).sum().backward();
    expect(p.grad!.item()).toBeCloseTo(9 * Math.log(3), 14);
  });
});

describe('defect 6: crossEntropy rejects a target of the wrong shape', () => {
  it('names both shapes even when the element count matches', () => {
    expect(() => crossEntropy(zeros([4, 3]), tensor([[0, 1], [2, 0]]))).toThrow(
      'crossEntropy: target [2,2] does not match logits [4,3] (expected target shape [4])',
    );
  });
});

describe('defect 7: matmul errors name the shapes as given', () => {
  it('[3] @ [4,2]', () => {
    expect(() => matmul(zeros([3]), zeros([4, 2]))).toThrow('matmul: shapes [3] and [4,2] do not align (3 ≠ 4)');
    expect(() => matmul(zeros([2, 3]), zeros([4]))).toThrow('matmul: shapes [2,3] and [4] do not align (3 ≠ 4)');
  });
});
