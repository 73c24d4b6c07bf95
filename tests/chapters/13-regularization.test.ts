// Every number chapter 13 states, recomputed with the engine through the overfit lab's own run. Each
// test also checks that the chapter still says it, so the text and the engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MOON_NOISE, OVERFIT_DEFAULTS, OVERFIT_HIDDEN, OverfitRun, PATIENCE, TRAIN_POINTS, VALIDATION_POINTS,
  buildOverfitModel, sgdDecayFactor, type OverfitSettings,
} from '../../src/lab';
import { Linear, createRng } from '../../src/engine';
import { MaskSequence, UNITS, survivorScale } from '../../src/widgets/DropoutMaskViewer/masks';
import { GOAL_LOSS, GOAL_STEP } from '../../src/widgets/OverfitLab/OverfitLab';

const raw = readFileSync(join(import.meta.dirname, '../../chapters/13-regularization.mdx'), 'utf8');
const text = raw.replace(/\s+/g, ' ');
const says = (s: string) => expect(text, `chapter 13 should say "${s}"`).toContain(s);
const round = (v: number, digits: number) => v.toFixed(digits);
const SLOW = 300_000;

/** A run of the lab with the given changes from its defaults, advanced to `steps`, with checkpoints. */
function runTo(changes: Partial<OverfitSettings>, steps: number, checkpoints: number[] = []) {
  const run = new OverfitRun({ ...OVERFIT_DEFAULTS, ...changes });
  const at: Record<number, { train: number; val: number; trainAcc: number; valAcc: number }> = {};
  for (const c of [...checkpoints, steps]) {
    run.steps(c - run.stepCount);
    at[c] = { train: run.trainLoss, val: run.validationLoss, trainAcc: run.accuracy('train'), valAcc: run.accuracy('validation') };
  }
  return { run, at };
}

describe('13.1 the lab and its data', () => {
  it('40 training and 200 validation points, noise 0.3, two hidden layers of 32 units, 1,185 parameters, seed 5', () => {
    expect([TRAIN_POINTS, VALIDATION_POINTS, MOON_NOISE, OVERFIT_HIDDEN, OVERFIT_DEFAULTS.seed]).toEqual([40, 200, 0.3, 32, 5]);
    const rng = createRng(1);
    const model = buildOverfitModel([new Linear(2, 32, { rng }), new Linear(32, 32, { rng }), new Linear(32, 1, { rng })], 0, 1);
    expect(model.parameters().reduce((s, p) => s + p.size, 0)).toBe(1185);
    says('40 points become the training set and 200 the validation set');
    says('standard deviation 0.3');
    says('two hidden layers of 32 ReLU units, 1,185 weights and biases');
    says('(seed 5)');
  });

  it('without regularization: best validation loss 0.308 at step 37; at step 1000 training < 0.001, validation 1.11; accuracy near 89 %', () => {
    const { run, at } = runTo({}, 1000, [300]);
    expect(run.best.step).toBe(37);
    expect(round(run.best.loss, 3)).toBe('0.308');
    expect(at[1000].train).toBeLessThan(0.001);
    expect(round(at[1000].val, 2)).toBe('1.11');
    expect(at[1000].val / run.best.loss).toBeGreaterThan(3);
    expect(at[1000].trainAcc).toBe(1);
    for (const c of [300, 1000]) expect(Math.round(at[c].valAcc * 100)).toBe(89);
    expect(round(at[300].val, 3)).toBe('0.833');
    expect(at[1000].val, 'the keep-it-general exercise needs a regularizer').toBeGreaterThan(GOAL_LOSS);
    says('validation loss is lowest at step 37, at 0.308');
    says('by step 1000 the training loss is below 0.001, and the validation loss has climbed to 1.11, more than three times its best');
    says('it stays near 89 % from step 300 to 1000');
    says('0.569 instead of 0.833 without dropout');
  }, SLOW);
});

describe('13.2 the weight penalty', () => {
  it('SGD weight decay multiplies a weight by 1 − ηλ (0.95 for η = 0.1, λ = 0.5)', () => {
    expect(sgdDecayFactor(0.1, 0.5)).toBeCloseTo(0.95, 15);
    expect(sgdDecayFactor(0.01, 1)).toBeCloseTo(0.99, 15);
    expect(OVERFIT_DEFAULTS.lr).toBe(0.01);
    says('1 % at the default learning rate of 0.01 and λ = 1');
    says('(1 − 0.1 · 0.5) · 1 = 0.95');
  });

  it('AdamW λ = 1: validation 0.255 at step 1000 (below the exercise bar)', () => {
    const { at } = runTo({ decay: 1, decayMode: 'adamw' }, 1000);
    expect(round(at[1000].val, 3)).toBe('0.255');
    expect(at[GOAL_STEP].val).toBeLessThan(GOAL_LOSS);
    says('validation loss at step 1000 is 0.255 instead of 1.11');
  }, SLOW);

  it('L2 in Adam: λ = 0.01 gives 0.225; λ = 0.1 underfits (training loss 0.363, 85 % of training points)', () => {
    const small = runTo({ decay: 0.01, decayMode: 'l2' }, 1000).at[1000];
    expect(round(small.val, 3)).toBe('0.225');
    const big = runTo({ decay: 0.1, decayMode: 'l2' }, 1000).at[1000];
    expect(round(big.train, 3)).toBe('0.363');
    expect(Math.round(big.trainAcc * 100)).toBe(85);
    expect(big.val - big.train).toBeLessThan(0.1); // close together: underfitting, not overfitting
    says('λ = 0.01 already gives a validation loss of 0.225 at step 1000');
    says('the training loss itself stays at 0.363 and only 85 % of the training points');
  }, SLOW);
});

describe('13.3 dropout', () => {
  it('survivors are scaled by 1/(1 − p): 2 at p = 0.5, 3.75 for a 3 at p = 0.2; eval passes through', () => {
    expect(survivorScale(0.5)).toBeCloseTo(2, 12);
    expect(3 * survivorScale(0.2)).toBeCloseTo(3.75, 12);
    const m = new MaskSequence(0.5, false).next();
    expect(m.dropped).toBe(0);
    expect(UNITS).toBe(12);
    says('3 / (1 − 0.2) = 3.75');
    says('the 2014 paper writes $p$ for the probability of keeping one');
    says('one hidden layer of 12 ReLU outputs');
  });

  it('p = 0.5 slows overfitting (0.569 at step 300) but does not stop it (1.46 at step 1000); with λ = 1 it ends at 0.334', () => {
    const { at } = runTo({ dropout: 0.5 }, 1000, [300]);
    expect(round(at[300].val, 3)).toBe('0.569');
    expect(round(at[1000].val, 2)).toBe('1.46');
    expect(at[1000].val).toBeGreaterThan(GOAL_LOSS);
    const both = runTo({ dropout: 0.5, decay: 1 }, 1000).at[1000];
    expect(round(both.val, 3)).toBe('0.334');
    says('by step 1000 the validation loss is 1.46, worse than without dropout');
    says('p = 0.5 with λ = 1 (AdamW) ends step 1000 at a validation loss of 0.334');
  }, SLOW);
});

describe('13.4 early stopping', () => {
  it('with patience 150 the run ends at step 187 and goes back to step 37 (0.308)', () => {
    const { run } = runTo({ earlyStop: true }, 400);
    expect(PATIENCE).toBe(150);
    expect(run.stopped).toMatchObject({ step: 187, bestStep: 37 });
    expect(round(run.validationLoss, 3)).toBe('0.308');
    says('With a patience of 150 steps on the default data the run ends at step 187 and goes back to step 37, with its validation loss of 0.308');
  }, SLOW);

  it('describes chapter 15 as it is: a test set watched throughout, with a validation split recommended', () => {
    const ch15 = readFileSync(join(import.meta.dirname, '../../chapters/15-mlp-for-iris.mdx'), 'utf8').replace(/\s+/g, ' ');
    expect(ch15).toContain('watches its test set freely');
    expect(ch15).toContain('a real experiment would split a validation set off');
    says('Chapter 15, with only 150 examples, watches its test set throughout to show what happens');
    expect(text).not.toContain('chapter 15 does exactly that');
  });

  it('keeps the plain italic notation chapter 0 promises', () => {
    expect(raw).not.toContain('\\mathbf');
  }, SLOW);
});

describe('exercises', () => {
  it('are not solved at load and have engine-computed answers', () => {
    says('expected={3 * survivorScale(0.2)}');
    says('expected={sgdDecayFactor(0.1, 0.5)}');
    says('keep a run general to step 1000');
    expect(GOAL_STEP).toBe(1000);
  });
});
