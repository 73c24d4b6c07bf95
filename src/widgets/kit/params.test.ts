import { describe, expect, it } from 'vitest';
import { choice, text, defaults, defineParams, formatValue, fromSlider, parseValue, serialise, sliderRange, toSlider } from './params';
import { readParams, writeParams } from './urlState';

const SPECS = defineParams({
  activation: choice('Activation', 'relu', [
    { value: 'relu', label: 'ReLU' },
    { value: 'tanh', label: 'tanh' },
  ]),
  hidden: { kind: 'number', label: 'Hidden units', default: 4, min: 1, max: 16, step: 1, integer: true },
  lr: { kind: 'number', label: 'Learning rate', default: 0.03, min: 1e-4, max: 10, step: 0.1, scale: 'log' },
  logScale: { kind: 'boolean', label: 'Log scale', default: false },
});

describe('parameter declarations', () => {
  it('give defaults', () => {
    expect(defaults(SPECS)).toEqual({ activation: 'relu', hidden: 4, lr: 0.03, logScale: false });
  });

  it('round-trip every value through the URL form', () => {
    const values = { activation: 'tanh', hidden: 7, lr: 0.5, logScale: true } as const;
    for (const [key, spec] of Object.entries(SPECS)) {
      const v = values[key as keyof typeof values];
      expect(parseValue(spec, serialise(spec, v))).toEqual({ value: v });
    }
  });

  it('reject malformed and out-of-range values with a reason', () => {
    expect(parseValue(SPECS.hidden, 'abc')).toEqual({ error: '"abc" is not a number' });
    expect(parseValue(SPECS.hidden, '99')).toEqual({ error: '99 is outside 1…16' });
    expect(parseValue(SPECS.hidden, '2.5')).toEqual({ error: '2.5 is not a whole number' });
    expect(parseValue(SPECS.activation, 'swish')).toEqual({ error: '"swish" is not one of relu, tanh' });
    expect(parseValue(SPECS.logScale, 'maybe')).toEqual({ error: '"maybe" is not on/off' });
  });

  it('map log sliders through powers of ten', () => {
    expect(sliderRange(SPECS.lr)).toEqual({ min: -4, max: 1, step: 0.1 });
    expect(toSlider(SPECS.lr, 0.01)).toBeCloseTo(-2);
    expect(fromSlider(SPECS.lr, -2)).toBe(0.01);
    expect(fromSlider(SPECS.hidden, 3.4)).toBe(3);
  });

  it('format values for read-outs and aria-valuetext', () => {
    expect(formatValue(SPECS.activation, 'relu')).toBe('ReLU');
    expect(formatValue(SPECS.lr, 0.0003)).toBe('3.0e-4');
    expect(formatValue(SPECS.hidden, 8)).toBe('8');
    expect(formatValue(SPECS.logScale, true)).toBe('on');
  });
});

describe('URL state', () => {
  it('reads valid values and reports each rejected one, falling back to its default', () => {
    const read = readParams(SPECS, 'xor', '?xor.activation=tanh&xor.hidden=abc&xor.lr=1e9&other=1');
    expect(read.fromUrl).toBe(true);
    expect(read.values).toEqual({ activation: 'tanh', hidden: 4, lr: 0.03, logScale: false });
    expect(read.notices).toEqual([
      'Hidden units: "abc" is not a number; using 4.',
      'Learning rate: 1e9 is outside 0.0001…10; using 0.03.',
    ]);
  });

  it('writes its own keys and leaves the others alone', () => {
    const search = writeParams(SPECS, 'xor', { activation: 'tanh', hidden: 2, lr: 0.1, logScale: true }, '?race.seed=3');
    const q = new URLSearchParams(search);
    expect(q.get('race.seed')).toBe('3');
    expect(readParams(SPECS, 'xor', search).values).toEqual({ activation: 'tanh', hidden: 2, lr: 0.1, logScale: true });
  });

  it('ignores an empty query', () => {
    expect(readParams(SPECS, 'xor', '')).toMatchObject({ fromUrl: false, notices: [] });
  });
});

describe('text parameters', () => {
  const FORMULA = defineParams({
    f: text('Formula', 'x', { maxLength: 20, validate: (t) => (t.includes('x') ? null : 'it never uses x') }),
  });

  it('round-trip through the URL, rejecting what the validator or the length limit refuses', () => {
    const search = writeParams(FORMULA, 'own', { f: 'x * (x + 1)' }, '');
    expect(readParams(FORMULA, 'own', search).values.f).toBe('x * (x + 1)');
    expect(readParams(FORMULA, 'own', '?own.f=3%2B4').notices).toEqual(['Formula: "3+4": it never uses x; using x.']);
    expect(readParams(FORMULA, 'own', `?own.f=${'x'.repeat(21)}`).notices[0]).toMatch(/longer than 20 characters; using x\.$/);
    expect(formatValue(FORMULA.f, 'x^2')).toBe('x^2');
    expect(parseValue(FORMULA.f, 'x')).toEqual({ value: 'x' });
  });
});
