import { describe, expect, it } from 'vitest';
import { compileMlp, createRng, fromData } from '../../src/engine';
import { buildModel } from '../../src/lab/model';
import { activationFromExpression, parseExpression } from '../../src/lab/expression';
import { FormulaActivation, forwardNet, withFormula } from '../../src/lab/formulaActivation';

const grid = Float64Array.from({ length: 2 * 50 }, (_, i) => Math.sin(i * 1.3) * 2);

describe('a formula as a layer', () => {
  it('"relu(x)" typed by the reader gives the same network outputs as the engine\'s ReLU', () => {
    const model = buildModel({ hidden: 8, secondLayer: true, activation: 'relu' }, createRng(3));
    const typed = withFormula(model, () => activationFromExpression(parseExpression('relu(x)')));
    expect(typed.layers.filter((l) => l instanceof FormulaActivation)).toHaveLength(2);
    const a = new Float64Array(50), b = new Float64Array(50);
    compileMlp(model).forward(grid, 50, a);
    forwardNet(typed).forward(grid, 50, b);
    for (let i = 0; i < 50; i++) expect(b[i]).toBeCloseTo(a[i], 12);
    const x = fromData(grid, [50, 2]);
    expect(Array.from(typed.forward(x).data)).toEqual(Array.from(model.forward(x).data));
  });

  it('shares the weights: training the formula network moves the original Linear layers', () => {
    const model = buildModel({ hidden: 4, secondLayer: false, activation: 'relu' }, createRng(1));
    const typed = withFormula(model, () => activationFromExpression(parseExpression('tanh(x)')));
    expect(typed.parameters()).toEqual(model.parameters());
  });

  it('uses the compiled kernel for built-in models', () => {
    const model = buildModel({ hidden: 4, secondLayer: false, activation: 'tanh' }, createRng(1));
    const a = new Float64Array(50), b = new Float64Array(50);
    compileMlp(model).forward(grid, 50, a);
    forwardNet(model).forward(grid, 50, b);
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});
