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
