import { describe, expect, it } from 'vitest';
import { Tensor, linspace, ones, sigmoid as sigmoidOp, createRng } from '../../src/engine';
import {
  parseExpression, activationFromExpression, ExpressionError, pointAt, functionNames, MAX_PARAMETERS,
} from '../../src/lab/expression';
import { gradCheck, randomTensor } from '../engine/gradcheck';

const at = (formula: string, x: number, values: Record<string, number> = {}) =>
  activationFromExpression(parseExpression(formula), values)(new Tensor(new Float64Array([x]), [1])).data[0];

function errorOf(formula: string): ExpressionError {
  try {
    parseExpression(formula);
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  throw new Error(`"${formula}" parsed without an error`);
}

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe('parseExpression: precedence and associativity', () => {
  it.each([
    ['1 + 2 * x', 3, 7],
    ['(1 + 2) * x', 3, 9],
    ['x - 1 - 1', 5, 3],
    ['x / 2 / 2', 8, 2],
    ['2 ^ 3 ^ x', 2, 2 ** 9], // right-associative
    ['-x ^ 2', 3, -9], // the power binds tighter than the minus sign
    ['(-x) ^ 2', 3, 9],
    ['x ^ -1', 4, 0.25],
    ['- - x', 2, 2],
    ['+x', 2, 2],
    ['2 * -x', 3, -6],
    ['x ** 2', 3, 9],
    ['x × 2 ÷ 4 − 1', 6, 2],
    ['1.5e1 * x + .5', 2, 30.5],
    ['pi * x', 1, Math.PI],
    ['e ^ x', 2, Math.E ** 2],
  ])('%s at x = %d is %d', (formula, x, expected) => {
    expect(at(formula, x)).toBeCloseTo(expected, 12);
  });
});

describe('parseExpression: functions', () => {
  it.each([
    ['exp(x)', 0.7, Math.exp(0.7)],
    ['log(x)', 2.5, Math.log(2.5)],
    ['sqrt(x)', 2.25, 1.5],
    ['abs(x)', -3, 3],
    ['tanh(x)', 0.3, Math.tanh(0.3)],
    ['sigmoid(x)', 0.3, sigma(0.3)],
    ['relu(x)', -2, 0],
    ['relu(x)', 2, 2],
    ['max(x, 0.1 * x)', -2, -0.2],
    ['min(x, 1)', 3, 1],
    ['x * sigmoid(1.702 * x)', 1, 1 * sigma(1.702)],
    ['sin(x)', 0.5, Math.sin(0.5)],
    ['cos(x)', 0.5, Math.cos(0.5)],
    ['x * (1 + erf(x / sqrt(2))) / 2', 1, 0.8413447460685429], // GELU, exactly: x·Φ(x)
  ])('%s at x = %d', (formula, x, expected) => {
    expect(at(formula, x)).toBeCloseTo(expected, 12);
  });

  it('lists the functions a reader may call', () => {
    expect(functionNames()).toEqual(['abs', 'cos', 'erf', 'exp', 'log', 'max', 'min', 'relu', 'sigmoid', 'sin', 'sqrt', 'tanh']);
  });

  it('keeps NaN visible: log of a negative number is NaN, not a made-up value', () => {
    expect(at('log(x)', -1)).toBeNaN();
  });
});

describe('parseExpression: parameters', () => {
  it('collects parameters in order of appearance; Greek names become letters', () => {
    const p = parseExpression('x * sigmoid(beta * x) + a * x + beta');
    expect(p.parameters).toEqual(['β', 'a']);
    expect(at('x * sigmoid(beta * x)', 2, { β: 1.702 })).toBeCloseTo(2 * sigma(3.404), 12);
    expect(at('x * sigmoid(β * x)', 2, { β: 1 })).toBeCloseTo(2 * sigma(2), 12);
  });

  it('refuses to build without a value for each parameter', () => {
    expect(() => activationFromExpression(parseExpression('k * x'), {})).toThrow(/parameter k has no finite value/);
    expect(() => activationFromExpression(parseExpression('k * x'), { k: NaN })).toThrow(/parameter k/);
  });

  it(`allows at most ${MAX_PARAMETERS} parameters`, () => {
    expect(errorOf('a*x + b*x + c*x + d*x')).toMatchObject({ position: 18, message: expect.stringMatching(/at most 3 parameters/) });
  });
});

describe('parseExpression: mistakes point at their position', () => {
  it.each([
    ['x +', 3, /expected a number, x, a function or "\(" but found the end of the formula/],
    ['2x', 1, /missing operator before "x": write \* between factors/],
    ['(x + 1', 6, /expected "\)" but found the end/],
    ['x + 1)', 5, /a "\)" without its "\("/],
    ['x $ 2', 2, /unexpected character "\$"/],
    ['foo(x)', 0, /unknown function "foo"/],
    ['sigmoid', 0, /sigmoid is a function: write sigmoid\(x\)/],
    ['max(x)', 5, /max takes 2 arguments, got 1/],
    ['exp(x, 2)', 8, /exp takes one argument, got 2/],
    ['window', 0, /unknown name "window"/],
    ['constructor * x', 0, /unknown name "constructor"/],
    ['__proto__', 0, /unknown name "__proto__"/],
    ['3 * 4', 0, /never uses x/],
    ['', 0, /empty/],
    ['x * 1e999', 4, /too large/],
  ])('%j → position %d', (formula, position, message) => {
    const e = errorOf(formula);
    expect(e.position).toBe(position);
    expect(e.message).toMatch(message);
  });

  it('draws a caret under the mistake', () => {
    expect(pointAt('x + * 2', errorOf('x + * 2'))).toBe('x + * 2\n    ^ expected a number, x, a function or "(" but found "*" (at character 5)');
  });

  it('never evaluates text as code: names reach no JavaScript global', () => {
    for (const name of ['globalThis', 'eval', 'Function', 'toString', 'valueOf', 'hasOwnProperty']) {
      expect(errorOf(`${name}(x)`).message).toMatch(/unknown function/);
      expect(errorOf(`${name} * x`).message).toMatch(/unknown name/);
    }
  });

  it('refuses a formula too long to be a formula', () => {
    expect(errorOf(`x${' + x'.repeat(60)}`).message).toMatch(/longer than 200/);
  });
});

describe('the engine derives the backward pass of a typed formula', () => {
  const rng = createRng(7);
  it.each([
    'x * sigmoid(1.702 * x)',
    'tanh(x) ^ 2 + exp(-x ^ 2)',
    'log(1 + exp(x))',
    'max(x, 0.1 * x) / (1 + abs(x))',
    'sqrt(x * x + 1) - 1',
    '2 ^ x - x ^ 3',
    'sin(3 * x) + cos(x) * erf(x)',
  ])('%s passes a gradient check', (formula) => {
    const f = activationFromExpression(parseExpression(formula));
    const result = gradCheck((x) => f(x), [randomTensor([3, 5], rng)]);
    expect(result.worst).toBeLessThan(1e-6);
  });

  it("matches hand derivatives: (x·σ(βx))′ = σ(βx) + βx·σ(βx)(1 − σ(βx))", () => {
    const beta = 1.702;
    const f = activationFromExpression(parseExpression('x * sigmoid(beta * x)'), { β: beta });
    const x = linspace(-3, 3, 13);
    x.requiresGrad = true;
    f(x).backward(ones([13]));
    for (let i = 0; i < 13; i++) {
      const xi = x.data[i], s = sigma(beta * xi);
      expect(x.grad!.data[i]).toBeCloseTo(s + beta * xi * s * (1 - s), 12);
    }
    expect(f(x).data[12]).toBeCloseTo(3 * sigmoidOp(new Tensor(new Float64Array([beta * 3]), [1])).data[0], 12);
  });
});
