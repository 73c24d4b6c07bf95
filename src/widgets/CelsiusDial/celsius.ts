// The running example of chapter 1: Fahrenheit from Celsius as a one-input, one-output linear layer,
// F = x @ wᵀ + b with w = [[1.8]] and b = [32], computed by the engine one step at a time.
import { tensor, type Tensor } from '../../engine';

export interface CelsiusSteps {
  x: Tensor;
  w: Tensor;
  wT: Tensor;
  xw: Tensor;
  b: Tensor;
  f: Tensor;
}

// #region celsius-forward
/** Each Celsius value becomes a row of x (shape [n, 1]); every step is a real engine tensor. */
export function celsiusToFahrenheit(celsius: number[]): CelsiusSteps {
  const x = tensor(celsius.map((c) => [c]), { label: 'x' }); // [n, 1]
  const w = tensor([[1.8]], { label: 'w' });                 // [out, in] = [1, 1]
  const b = tensor([32], { label: 'b' });                    // [out] = [1]
  const wT = w.T;                                            // [1, 1]
  const xw = x.matmul(wT);                                   // [n, 1]
  const f = xw.add(b);                                       // [n, 1] + [1] → [n, 1]
  return { x, w, wT, xw, b, f };
}
// #endregion

/** The temperatures the widget feeds in: one, or a batch of three ten degrees apart. */
export function batchFor(celsius: number, batch: 'one' | 'three'): number[] {
  return batch === 'one' ? [celsius] : [celsius, celsius + 10, celsius + 20];
}
