// The gradient check of chapter 6: compare the engine's analytic gradient with a central finite
// difference, (f(x + ε) − f(x − ε)) / 2ε, one input element at a time.
import * as E from '../../engine';
import { createRng, Tensor, type Rng } from '../../engine';

export interface CheckedOp {
  id: string;
  label: string;
  /** Shapes of the inputs; broadcasting cases use different shapes on purpose. */
  shapes: number[][];
  /** Inputs must stay in the op's domain (log and sqrt want positives, division avoids zero). */
  positive?: boolean;
  apply(inputs: Tensor[]): Tensor;
}

export const CHECKED_OPS: readonly CheckedOp[] = [
  { id: 'add', label: 'add, broadcast [2,3] + [3]', shapes: [[2, 3], [3]], apply: ([a, b]) => E.add(a, b) },
  { id: 'mul', label: 'mul, broadcast [2,3] · [2,1]', shapes: [[2, 3], [2, 1]], apply: ([a, b]) => E.mul(a, b) },
  { id: 'div', label: 'div', shapes: [[2, 3], [2, 3]], positive: true, apply: ([a, b]) => E.div(a, b) },
  { id: 'matmul', label: 'matmul [2,3] @ [3,2]', shapes: [[2, 3], [3, 2]], apply: ([a, b]) => E.matmul(a, b) },
  { id: 'pow', label: 'pow, a³', shapes: [[2, 3]], apply: ([a]) => E.pow(a, 3) },
  { id: 'exp', label: 'exp', shapes: [[2, 3]], apply: ([a]) => E.exp(a) },
  { id: 'log', label: 'log', shapes: [[2, 3]], positive: true, apply: ([a]) => E.log(a) },
  { id: 'sqrt', label: 'sqrt', shapes: [[2, 3]], positive: true, apply: ([a]) => E.sqrt(a) },
  { id: 'mean', label: 'mean over axis 1', shapes: [[2, 3]], apply: ([a]) => E.mean(a, 1) },
  { id: 'tanh', label: 'tanh', shapes: [[2, 3]], apply: ([a]) => E.tanh(a) },
  { id: 'sigmoid', label: 'sigmoid', shapes: [[2, 3]], apply: ([a]) => E.sigmoid(a) },
  { id: 'gelu', label: 'GELU (tanh approximation)', shapes: [[2, 3]], apply: ([a]) => E.gelu(a) },
  { id: 'softmax', label: 'softmax over the last axis', shapes: [[2, 3]], apply: ([a]) => E.softmax(a, -1) },
];

export interface ElementCheck {
  input: number;
  index: number;
  analytic: number;
  numeric: number;
  relativeError: number;
}

export interface CheckResult {
  inputs: Tensor[];
  rows: ElementCheck[];
  maxRelativeError: number;
}

function randomInput(shape: number[], rng: Rng, positive: boolean): Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const data = new Float64Array(size);
  for (let i = 0; i < size; i++) data[i] = positive ? 0.5 + 1.5 * rng.next() : 2 * rng.next() - 1;
  return new Tensor(data, shape.slice(), { requiresGrad: true });
}

export function relativeError(a: number, b: number): number {
  const scale = Math.abs(a) + Math.abs(b);
  return scale < 1e-12 ? 0 : Math.abs(a - b) / scale;
}

/**
 * Checks every element of every input of `op`. The scalar being differentiated is
 * L = Σ op(inputs) ⊙ R with fixed random weights R, so each output element matters differently.
 */
export function checkGradient(op: CheckedOp, seed: number, epsilon = 1e-6): CheckResult {
  const rng = createRng(seed).stream('gradcheck');
  const inputs = op.shapes.map((s) => randomInput(s, rng, !!op.positive));
  const probe = E.noGrad(() => op.apply(inputs));
  const weights = randomInput(probe.shape, rng, false);
  weights.requiresGrad = false;
  const loss = () => E.sum(E.mul(op.apply(inputs), weights));

  loss().backward();
  const rows: ElementCheck[] = [];
  inputs.forEach((input, k) => {
    for (let i = 0; i < input.size; i++) {
      const saved = input.data[i];
      input.data[i] = saved + epsilon;
      const up = E.noGrad(loss).item();
      input.data[i] = saved - epsilon;
      const down = E.noGrad(loss).item();
      input.data[i] = saved;
      const numeric = (up - down) / (2 * epsilon);
      const analytic = input.grad!.data[i];
      rows.push({ input: k, index: i, analytic, numeric, relativeError: relativeError(analytic, numeric) });
    }
  });
  return { inputs, rows, maxRelativeError: Math.max(...rows.map((r) => r.relativeError)) };
}
