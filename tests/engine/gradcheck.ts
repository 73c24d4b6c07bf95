// Finite-difference gradient checking in float64. Not a test file itself: the *.test.ts files use it.
import { Tensor, createRng, type Rng, sizeOf, noGrad } from '../../src/engine';

export const H = 1e-6;
export const TOLERANCE = 1e-6;

/** Random values in ±(0.1 … 1.5): away from the kinks of relu/abs at 0. */
export function randomTensor(shape: number[], rng: Rng, opts: { positive?: boolean; min?: number; max?: number } = {}): Tensor {
  const { min = 0.1, max = 1.5 } = opts;
  const data = new Float64Array(sizeOf(shape));
  for (let i = 0; i < data.length; i++) {
    const mag = min + (max - min) * rng.next();
    data[i] = opts.positive || rng.next() < 0.5 ? mag : -mag;
  }
  return new Tensor(data, shape, { requiresGrad: true });
}

export interface GradCheckResult {
  worst: number;
  where: string;
  checked: number;
}

/**
 * Checks d(Σ w·f(inputs))/d(input) from backward() against central differences, for every element
 * of every input that requires grad. w is a fixed random weighting so every output element matters.
 */
export function gradCheck(f: (...xs: Tensor[]) => Tensor, inputs: Tensor[], seed = 1): GradCheckResult {
  const rng = createRng(seed).stream('weights');
  const out0 = f(...inputs);
  const w = new Float64Array(out0.size);
  for (let i = 0; i < w.length; i++) w[i] = rng.uniform(-1, 1);
  const objective = (): number => {
    const o = noGrad(() => f(...inputs)).data;
    let s = 0;
    for (let i = 0; i < o.length; i++) s += o[i] * w[i];
    return s;
  };
  for (const x of inputs) x.grad = null;
  out0.backward(new Tensor(w, out0.shape.slice()));
  let worst = 0, where = '', checked = 0;
  inputs.forEach((x, k) => {
    if (!x.requiresGrad) return;
    for (let i = 0; i < x.size; i++) {
      const saved = x.data[i];
      x.data[i] = saved + H;
      const up = objective();
      x.data[i] = saved - H;
      const down = objective();
      x.data[i] = saved;
      const numeric = (up - down) / (2 * H);
      const analytic = x.grad ? x.grad.data[i] : 0;
      const err = Math.abs(numeric - analytic) / Math.max(1, Math.abs(numeric), Math.abs(analytic));
      checked++;
      if (!Number.isNaN(worst) && !(err <= worst)) {
        worst = err;
        where = `input ${k} element ${i}: analytic ${analytic}, numeric ${numeric}`;
      }
    }
  });
  return { worst, where, checked };
}
