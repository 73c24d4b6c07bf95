import { describe, expect, it } from 'vitest';
import { CHECKED_OPS, checkGradient, relativeError } from '../../src/widgets/GradientCheck/checkGradient';

describe('chapter 6: the gradient check widget’s arithmetic', () => {
  it.each(CHECKED_OPS.map((op) => [op.id, op] as const))('%s: analytic and finite-difference gradients agree', (_id, op) => {
    for (const seed of [1, 2, 3]) {
      const result = checkGradient(op, seed);
      expect(result.rows.length).toBe(op.shapes.reduce((s, shape) => s + shape.reduce((a, b) => a * b, 1), 0));
      expect(result.maxRelativeError).toBeLessThan(1e-6);
    }
  });

  it('would notice a wrong gradient', () => {
    // A deliberately wrong "analytic" value is far from the numeric one.
    const { rows } = checkGradient(CHECKED_OPS.find((o) => o.id === 'exp')!, 4);
    expect(relativeError(rows[0].analytic * 1.01, rows[0].numeric)).toBeGreaterThan(1e-3);
  });
});
