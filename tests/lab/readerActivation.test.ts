import { afterEach, describe, expect, it } from 'vitest';
import { Tensor } from '../../src/engine';
import {
  judgeFormula, curveOf, readerActivation, setReaderActivation, subscribeReaderActivation, CHECK_RANGE,
  adoptReaderActivationFrom, bindParameters, readerActivationOrDefault, DEFAULT_FORMULA,
} from '../../src/lab/readerActivation';

afterEach(() => setReaderActivation(null));

describe('judgeFormula', () => {
  it('accepts a finite activation and returns f and the f′ the engine derived', () => {
    const v = judgeFormula('x * sigmoid(beta * x)', { β: 1.702 });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const i = v.curve.xs.findIndex((x) => Math.abs(x) < 1e-12);
    expect(v.curve.f[i]).toBe(0);
    expect(v.curve.df[i]).toBeCloseTo(0.5, 12); // σ(0) + 0·… = ½
    expect(v.curve.xs[0]).toBe(CHECK_RANGE[0]);
    expect(v.activation.op(new Tensor(new Float64Array([2]), [1])).data[0]).toBeCloseTo(2 / (1 + Math.exp(-3.404)), 12);
  });

  it('flags a formula that is not finite on the plotted range, saying where', () => {
    const v = judgeFormula('log(x)', {});
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.message).toMatch(/^f\(-5\) = NaN: the formula is not finite everywhere on -5 … 5/);
    const w = judgeFormula('1 / x', {});
    expect(w.ok).toBe(false);
    if (!w.ok) expect(w.message).toMatch(/^f\(0\) = Infinity/);
  });

  it('flags a slope that is not finite even where f is: sqrt(x^2) at 0', () => {
    const v = judgeFormula('sqrt(x^2)', {});
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.message).toMatch(/^f′\(0\) = NaN/);
  });

  it('passes a parse error on with its position', () => {
    const v = judgeFormula('x +* 2', {});
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error?.position).toBe(3);
  });
});

describe('the shared reader activation', () => {
  it('tells subscribers when it changes, and stops after unsubscribing', () => {
    let calls = 0;
    const stop = subscribeReaderActivation(() => calls++);
    const v = judgeFormula('tanh(x)', {});
    if (!v.ok) throw new Error(v.message);
    setReaderActivation(v.activation);
    expect(readerActivation()?.formula).toBe('tanh(x)');
    setReaderActivation(v.activation); // the same one: no news
    expect(calls).toBe(1);
    stop();
    setReaderActivation(null);
    expect(calls).toBe(1);
    expect(readerActivation()).toBeNull();
  });

  it('curveOf samples evenly', () => {
    const c = curveOf((x) => x, [0, 1], 5);
    expect(Array.from(c.xs)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(c.df)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('a formula from a shared link', () => {
  it('is adopted when nothing is published yet, with its parameters bound in order', () => {
    const v = adoptReaderActivationFrom('?xor.activation=yours&own.formula=x+*+sigmoid(beta+*+x)&own.p1=1.702');
    expect(v?.ok).toBe(true);
    expect(readerActivation()?.values).toEqual({ β: 1.702 });
    expect(bindParameters('a * x + b', [2, 3])).toEqual({ a: 2, b: 3 });
  });

  it('does not replace what the reader already published, and ignores links without a formula', () => {
    const mine = judgeFormula('tanh(x)', {});
    if (!mine.ok) throw new Error(mine.message);
    setReaderActivation(mine.activation);
    adoptReaderActivationFrom('?own.formula=relu(x)');
    expect(readerActivation()?.formula).toBe('tanh(x)');
    expect(adoptReaderActivationFrom('?xor.lr=0.1')).toBeNull();
  });

  it('reports a malformed formula from a link without publishing it', () => {
    const v = adoptReaderActivationFrom('?own.formula=alert(1)');
    expect(v?.ok).toBe(false);
    expect(readerActivation()).toBeNull();
  });
});

describe('"yours" before the reader types', () => {
  it('is the formula box\'s starting formula, x·σ(βx) with β = 1, published on first use', () => {
    expect(readerActivation()).toBeNull();
    const mine = readerActivationOrDefault();
    expect(mine.formula).toBe(DEFAULT_FORMULA);
    expect(mine.values).toEqual({ β: 1 });
    expect(readerActivation()).toBe(mine);
  });
});
