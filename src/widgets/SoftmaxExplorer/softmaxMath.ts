// Softmax two ways. `stableSoftmax` is the engine's op (it subtracts the max first). `naiveSoftmax`
// is the textbook formula eˣⁱ / Σ eˣʲ in plain float64, kept here to show what goes wrong: e^x
// overflows to Infinity once x > 709.78, and Infinity / Infinity is NaN; far below 0 every e^x rounds
// to 0, and 0 / 0 is NaN too.
import { softmax, tensor } from '../../engine';

export function scaledLogits(logits: number[], temperature: number, shift = 0): number[] {
  return logits.map((z) => (z + shift) / temperature);
}

export function stableSoftmax(x: number[]): number[] {
  return Array.from(softmax(tensor(x)).data);
}

export interface NaiveSoftmax { exps: number[]; total: number; probs: number[] }

export function naiveSoftmax(x: number[]): NaiveSoftmax {
  const exps = x.map((v) => Math.exp(v));
  const total = exps.reduce((a, b) => a + b, 0);
  return { exps, total, probs: exps.map((e) => e / total) };
}

/** Largest x whose e^x is still a finite float64 (ln of Number.MAX_VALUE ≈ 709.78). */
export const EXP_OVERFLOW = Math.log(Number.MAX_VALUE);

export const brokenCount = (values: number[]) => values.filter((v) => !Number.isFinite(v)).length;

/** Entropy in bits: 0 when one class takes everything, log₂(k) when all are equal. */
export function entropyBits(p: number[]): number {
  return -p.reduce((s, v) => (v > 0 ? s + v * Math.log2(v) : s), 0);
}
