// The reference: the same network written as plain typed-array loops, every buffer allocated once,
// forward and backward by hand, Adam inline. This is what "as fast as hand-written" means.
import { SIZES, type Implementation, type Points, type Weights, type Trainer, type GridPainter } from './workloads';

const [I, H1, H2] = SIZES; // 2, 8, 8 (output width 1)

function bceFromLogit(z: number, y: number): number {
  return (z > 0 ? z : 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function trainer(points: Points, init: Weights, lr: number): Trainer {
  const { x: X, y: Y, n } = points;
  const params = init.map((w) => w.slice()); // W1 b1 W2 b2 W3 b3
  const [W1, b1, W2, b2, W3, b3] = params;
  const grads = params.map((p) => new Float64Array(p.length));
  const [gW1, gb1, gW2, gb2, gW3, gb3] = grads;
  const m = params.map((p) => new Float64Array(p.length)), v = params.map((p) => new Float64Array(p.length));
  const h1 = new Float64Array(n * H1), h2 = new Float64Array(n * H2), z3 = new Float64Array(n);
  const d2 = new Float64Array(H2), d1 = new Float64Array(H1);
  let t = 0;

  function forward(): number {
    let loss = 0;
    for (let r = 0; r < n; r++) {
      const x0 = X[2 * r], x1 = X[2 * r + 1];
      for (let j = 0; j < H1; j++) h1[r * H1 + j] = Math.tanh(b1[j] + W1[j * I] * x0 + W1[j * I + 1] * x1);
      for (let j = 0; j < H2; j++) {
        let s = b2[j];
        for (let k = 0; k < H1; k++) s += W2[j * H1 + k] * h1[r * H1 + k];
        h2[r * H2 + j] = Math.tanh(s);
      }
      let z = b3[0];
      for (let k = 0; k < H2; k++) z += W3[k] * h2[r * H2 + k];
      z3[r] = z;
      loss += bceFromLogit(z, Y[r]);
    }
    return loss / n;
  }

  function step(): void {
    forward();
    for (const g of grads) g.fill(0);
    for (let r = 0; r < n; r++) {
      const dz = (sigmoid(z3[r]) - Y[r]) / n; // d(mean BCE)/dz for a sigmoid output
      gb3[0] += dz;
      for (let k = 0; k < H2; k++) {
        const hk = h2[r * H2 + k];
        gW3[k] += dz * hk;
        d2[k] = dz * W3[k] * (1 - hk * hk);
      }
      d1.fill(0);
      for (let j = 0; j < H2; j++) {
        const dj = d2[j];
        gb2[j] += dj;
        for (let k = 0; k < H1; k++) {
          gW2[j * H1 + k] += dj * h1[r * H1 + k];
          d1[k] += dj * W2[j * H1 + k];
        }
      }
      const x0 = X[2 * r], x1 = X[2 * r + 1];
      for (let k = 0; k < H1; k++) {
        const hk = h1[r * H1 + k], dk = d1[k] * (1 - hk * hk);
        gb1[k] += dk;
        gW1[k * I] += dk * x0;
        gW1[k * I + 1] += dk * x1;
      }
    }
    t++;
    const c1 = 1 - Math.pow(0.9, t), c2 = 1 - Math.pow(0.999, t);
    for (let p = 0; p < params.length; p++) {
      const w = params[p], g = grads[p], mp = m[p], vp = v[p];
      for (let i = 0; i < w.length; i++) {
        mp[i] = 0.9 * mp[i] + 0.1 * g[i];
        vp[i] = 0.999 * vp[i] + 0.001 * g[i] * g[i];
        w[i] -= (lr * (mp[i] / c1)) / (Math.sqrt(vp[i] / c2) + 1e-8);
      }
    }
  }

  return { step, loss: forward };
}

function grid(points: Float64Array, init: Weights): GridPainter {
  const [W1, b1, W2, b2, W3, b3] = init.map((w) => w.slice());
  const n = points.length / 2, out = new Float64Array(n);
  const a1 = new Float64Array(H1);
  return {
    frame() {
      for (let r = 0; r < n; r++) {
        const x0 = points[2 * r], x1 = points[2 * r + 1];
        for (let j = 0; j < H1; j++) a1[j] = Math.tanh(b1[j] + W1[j * I] * x0 + W1[j * I + 1] * x1);
        let z = b3[0];
        for (let j = 0; j < H2; j++) {
          let s = b2[j];
          for (let k = 0; k < H1; k++) s += W2[j * H1 + k] * a1[k];
          z += W3[j] * Math.tanh(s);
        }
        out[r] = sigmoid(z);
      }
    },
    output: () => out,
  };
}

export const handwritten: Implementation = { name: 'hand-written loops', trainer, grid };
