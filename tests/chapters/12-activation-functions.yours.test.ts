// Chapter 12, §12.8 "Make your own, then change the engine": the numbers it states, from the engine.
import { readFileSync } from 'node:fs';
import { transform } from 'sucrase';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, TrainingRun, installEditedOp, opFromCode, regionOf, resetEditedOp, slopeAt } from '../../src/lab';

const TEXT = readFileSync('chapters/12-activation-functions.mdx', 'utf8').replace(/\s+/g, ' ');
const SOURCE = readFileSync('src/engine/ops/activations.ts', 'utf8');

afterEach(() => resetEditedOp('relu'));

describe('§12.8 the reader edits the engine', () => {
  it("x·σ(βx) has slope ½ at 0 for every β", () => {
    for (const beta of [0.5, 1, 1.702, 3]) expect(slopeAt('x * sigmoid(beta * x)', { β: beta }, 0)).toBeCloseTo(0.5, 14);
    expect(TEXT).toContain('so f′(0) = ½ for every β');
  });

  it('a ReLU without its mask trains XOR much worse than the book\'s: the losses the text quotes', () => {
    const masked = regionOf(SOURCE, 'relu');
    const edit = masked.replace(/if \(!\(X\[i\] <= 0\)\) /, '');
    expect(edit).not.toBe(masked);
    expect(TEXT).toContain('delete `if (!(X[i] <= 0))` from its backward loop');
    const book = new TrainingRun(DEFAULT_SETTINGS);
    book.steps(500);
    const js = transform(edit, { transforms: ['typescript', 'imports'], disableESTransforms: true }).code;
    installEditedOp('relu', opFromCode(js, 'relu'), false);
    const broken = new TrainingRun(DEFAULT_SETTINGS);
    broken.steps(500);
    expect(book.loss.toFixed(3)).toBe('0.002');
    expect(broken.loss.toFixed(2)).toBe('0.41');
    expect(TEXT).toContain("500 steps bring the book's ReLU to a loss of about 0.002, but the ReLU without its mask only to about 0.41.");
  });
});

describe('§12.6 the lab\'s Loss menu: squared error of σ against cross-entropy', () => {
  it('plain SGD at rate 1: sigmoid networks on seeds 1–10 need about twice as many steps with squared error', () => {
    const total = (loss: 'bce' | 'mse') => {
      let steps = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const run = new TrainingRun({ ...DEFAULT_SETTINGS, activation: 'sigmoid', optimizer: 'sgd', lr: 1, seed, loss });
        while (run.accuracy() < 1 && run.stepCount < 5000) run.steps(10);
        expect(run.accuracy()).toBe(1);
        steps += run.stepCount;
      }
      return steps;
    };
    const bce = total('bce'), mse = total('mse');
    expect([bce, mse]).toEqual([2120, 4070]);
    const withAdam = (loss: 'bce' | 'mse') => {
      let steps = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const run = new TrainingRun({ ...DEFAULT_SETTINGS, activation: 'tanh', seed, loss });
        while (run.accuracy() < 1 && run.stepCount < 5000) run.steps(10);
        expect(run.accuracy()).toBe(1);
        steps += run.stepCount;
      }
      return steps;
    };
    expect([withAdam('mse'), withAdam('bce')]).toEqual([300, 340]);
    expect(TEXT).toContain('with it, tanh networks on the same seeds need 300 steps in total with squared error and 340 with cross-entropy.');
    expect(TEXT).toContain('sigmoid networks on the seeds 1 to 10 need 4 070 steps in total to get all four points right, against 2 120 with cross-entropy.');
  });

  it('a flat output p = ½ costs ¼ in squared error; the extra factor p(1 − p)·2 is at most ½', () => {
    const flat = new TrainingRun({ ...DEFAULT_SETTINGS, activation: 'none', loss: 'mse' });
    flat.steps(1500);
    expect(flat.loss).toBeCloseTo(0.25, 3);
    expect(TEXT).toContain('the loss stalls at $0.25$');
    expect(TEXT).toContain('an extra factor of no more than ½');
  });
});
