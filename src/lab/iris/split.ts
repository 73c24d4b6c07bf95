// Which flowers train and which are held out: a seeded stratified 120/30 split, and a plain random
// one to compare it with.
import { createRng } from '../../engine';

export const IRIS_TEST_SIZE = 30;

export interface Split { train: Int32Array; test: Int32Array }

// #region split
/** A seeded split: 10 flowers of each species for the test set (30), the other 40 of each for training
 *  (120). Stratified, so every species has the same weight in the test accuracy. */
export function stratifiedSplit(labels: Int32Array, seed: number, testPerClass = IRIS_TEST_SIZE / 3): Split {
  const rng = createRng(seed).stream('split');
  const train: number[] = [], test: number[] = [];
  for (let c = 0; c < 3; c++) {
    const members = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === c) members.push(i);
    rng.shuffle(members);
    test.push(...members.slice(0, testPerClass));
    train.push(...members.slice(testPerClass));
  }
  return { train: Int32Array.from(train), test: Int32Array.from(test) };
}
// #endregion

/** A plain seeded 120/30 split (no stratification), for comparison: how many of each class land in the test set. */
export function randomSplit(n: number, seed: number, testSize = IRIS_TEST_SIZE): Split {
  const order = createRng(seed).stream('split').shuffle(Array.from({ length: n }, (_, i) => i));
  return { train: Int32Array.from(order.slice(testSize)), test: Int32Array.from(order.slice(0, testSize)) };
}
