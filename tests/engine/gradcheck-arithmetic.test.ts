// Finite-difference checks of the broadcasting arithmetic ops, over random shapes in every
// broadcast pattern.
import { describe, it, expect } from 'vitest';
import { Tensor, createRng, add, sub, mul, div, pow, neg, exp, log, sqrt, abs, broadcastShapes, type Rng } from '../../src/engine';
import { gradCheck, randomTensor, TOLERANCE } from './gradcheck';

const dim = (rng: Rng): number => 2 + rng.int(3); // 2..4

/** Pairs of shapes, one per broadcast pattern, with random sizes. */
function broadcastPairs(rng: Rng): Array<[string, number[], number[]]> {
  const m = dim(rng), n = dim(rng), k = dim(rng);
  return [
    ['same shape', [m, n], [m, n]],
    ['0-d scalar right', [m, n], []],
    ['0-d scalar left', [], [m, n]],
    ['size-1 tensor', [m, n], [1]],
    ['row vector [n]', [m, n], [n]],
    ['row [1,n]', [m, n], [1, n]],
    ['column [m,1]', [m, n], [m, 1]],
    ['outer [m,1] with [1,n]', [m, 1], [1, n]],
    ['outer [m,1] with [n]', [m, 1], [n]],
    ['rank 3 with rank 2', [k, m, n], [m, n]],
    ['rank 3 middle broadcast', [k, 1, n], [m, 1]],
    ['rank 3 both sides', [1, m, n], [k, 1, n]],
    ['1-d same', [n], [n]],
    ['0-d with 0-d', [], []],
  ];
}

const binaryOps = { add, sub, mul, div } as const;

describe('gradient check: binary ops with broadcasting', () => {
  for (const [name, op] of Object.entries(binaryOps)) {
    it(`${name}: every broadcast pattern, several random shapes`, () => {
      for (let trial = 0; trial < 3; trial++) {
        const rng = createRng(100 + trial).stream(name);
        for (const [pattern, sa, sb] of broadcastPairs(rng)) {
          const a = randomTensor(sa, rng), b = randomTensor(sb, rng);
          const r = gradCheck((x, y) => op(x, y), [a, b]);
          expect(r.worst, `${name} ${pattern} ${JSON.stringify(sa)}×${JSON.stringify(sb)}: ${r.where}`).toBeLessThan(TOLERANCE);
          expect(r.checked).toBe(a.size + b.size);
          // gradients come back in each operand's own shape
          expect(a.grad!.shape).toEqual(sa);
          expect(b.grad!.shape).toEqual(sb);
          expect(op(a, b).shape).toEqual(broadcastShapes(sa, sb));
        }
      }
    });
  }

  it('pow with a tensor exponent broadcasts and differentiates both sides', () => {
    const rng = createRng(5).stream('pow');
    for (const [pattern, sa, sb] of broadcastPairs(rng)) {
      const a = randomTensor(sa, rng, { positive: true, min: 0.5, max: 2 });
      const b = randomTensor(sb, rng, { min: 0.2, max: 2.5 });
      const r = gradCheck((x, y) => pow(x, y), [a, b]);
      expect(r.worst, `pow ${pattern}: ${r.where}`).toBeLessThan(TOLERANCE);
    }
  });

  it('number operands work on either side and only the tensor gets a gradient', () => {
    const rng = createRng(6).stream('numbers');
    const a = randomTensor([3, 2], rng);
    for (const f of [(x: Tensor) => add(x, 2), (x: Tensor) => sub(3, x), (x: Tensor) => mul(x, -1.5), (x: Tensor) => div(2, x), (x: Tensor) => pow(x, 3), (x: Tensor) => pow(x, 2), (x: Tensor) => pow(x, -0.5 * 2)]) {
      const r = gradCheck(f, [a]);
      expect(r.worst, r.where).toBeLessThan(TOLERANCE);
    }
  });
});

describe('gradient check: unary ops', () => {
  const shapes = [[], [5], [3, 4], [2, 3, 2]];
  const cases: Array<[string, (x: Tensor) => Tensor, { positive?: boolean }]> = [
    ['neg', neg, {}],
    ['exp', exp, {}],
    ['log', log, { positive: true }],
    ['sqrt', sqrt, { positive: true }],
    ['abs', abs, {}],
  ];
  for (const [name, f, opts] of cases) {
    it(`${name} over several shapes`, () => {
      const rng = createRng(7).stream(name);
      for (const shape of shapes) {
        const r = gradCheck(f, [randomTensor(shape, rng, opts)]);
        expect(r.worst, `${name} ${JSON.stringify(shape)}: ${r.where}`).toBeLessThan(TOLERANCE);
      }
    });
  }

  it('sqrt really is the square root (the companion code computed x²)', () => {
    const t = sqrt(new Tensor(Float64Array.of(4, 9, 2), [3]));
    expect(Array.from(t.data)).toEqual([2, 3, Math.SQRT2]);
  });
});
