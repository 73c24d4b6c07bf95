// The same nine weights as a network with ReLU between its layers, written with engine ops, and the
// geometry the widget draws for it: where the network says "1" (a union of convex pieces, one per
// on/off pattern of the two hidden units) and the four points in the hidden space (h₁, h₂).
import { relu, tensor, type Tensor } from '../../engine';
import { XOR_POINTS, type Box, type CollapseWeights } from './collapse';

export type Pt = [number, number];

// #region relu-network
/** The 2 → 2 → 1 network of 12.2 in engine ops: x holds one input per row ([n, 2]); each W is
 *  stored [out, in] as in a Linear layer, hence the transposes. */
export function reluNetwork(x: Tensor, W1: Tensor, b1: Tensor, W2: Tensor, b2: Tensor): { hidden: Tensor; out: Tensor } {
  const hidden = relu(x.matmul(W1.T).add(b1)); // [n, 2]: the hidden values h₁, h₂ of every input
  const out = hidden.matmul(W2.T).add(b2); // [n, 1]: one output per input
  return { hidden, out };
}
// #endregion

export interface ReluResult {
  /** Hidden values (h₁, h₂) of the four XOR points. */
  hidden: Pt[];
  outputs: number[];
  predictions: number[];
  correct: number;
}

/** The network with ReLU on the four XOR inputs: hidden points, outputs, verdicts (output > 0.5 is "1"). */
export function analyseRelu(w: CollapseWeights): ReluResult {
  const x = tensor(XOR_POINTS.map((p) => [p.x, p.y]));
  const { hidden, out } = reluNetwork(x, tensor([[w.w11, w.w12], [w.w21, w.w22]]), tensor([w.b11, w.b12]), tensor([[w.v1, w.v2]]), tensor([w.b2]));
  const outputs = Array.from(out.data);
  const predictions = outputs.map((o) => (o > 0.5 ? 1 : 0));
  const correct = predictions.filter((p, i) => p === XOR_POINTS[i].label).length;
  const hiddenPts = XOR_POINTS.map((_, i) => [hidden.data[2 * i], hidden.data[2 * i + 1]] as Pt);
  return { hidden: hiddenPts, outputs, predictions, correct };
}

/** A half-plane a·p + c > 0 (or ≥ 0: the boundary has no area, so it does not matter which). */
interface HalfPlane { a: Pt; c: number }

/** A convex polygon clipped by a half-plane (Sutherland–Hodgman, one edge). */
export function clip(poly: Pt[], h: HalfPlane): Pt[] {
  const out: Pt[] = [];
  const value = (p: Pt) => h.a[0] * p[0] + h.a[1] * p[1] + h.c;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i], q = poly[(i + 1) % poly.length];
    const vp = value(p), vq = value(q);
    if (vp >= 0) out.push(p);
    if ((vp >= 0) !== (vq >= 0)) {
      const t = vp / (vp - vq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

export const boxPolygon = (b: Box): Pt[] => [[b.xMin, b.yMin], [b.xMax, b.yMin], [b.xMax, b.yMax], [b.xMin, b.yMax]];

/**
 * Where the ReLU network's output exceeds 0.5, as convex polygons. On each of the four on/off
 * patterns of the hidden units the network is linear, so its "1" part there is one more half-plane.
 */
export function reluPositiveRegions(w: CollapseWeights, box: Box): Pt[][] {
  const units = [{ a: [w.w11, w.w12] as Pt, c: w.b11, v: w.v1 }, { a: [w.w21, w.w22] as Pt, c: w.b12, v: w.v2 }];
  const pieces: Pt[][] = [];
  for (const on1 of [true, false]) for (const on2 of [true, false]) {
    let poly = boxPolygon(box);
    const on = [on1, on2];
    units.forEach((u, k) => {
      poly = clip(poly, on[k] ? { a: u.a, c: u.c } : { a: [-u.a[0], -u.a[1]], c: -u.c });
    });
    // Output on this piece: Σ_k on_k · v_k (a_k·p + c_k) + b₂ > 0.5.
    let a: Pt = [0, 0], c = w.b2 - 0.5;
    units.forEach((u, k) => {
      if (!on[k]) return;
      a = [a[0] + u.v * u.a[0], a[1] + u.v * u.a[1]];
      c += u.v * u.c;
    });
    if (poly.length > 2) poly = clip(poly, { a, c });
    if (poly.length > 2 && area(poly) > 1e-12) pieces.push(poly);
  }
  return pieces;
}

function area(poly: Pt[]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i], q = poly[(i + 1) % poly.length];
    s += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(s) / 2;
}

/** Where hidden unit k switches on (w_k·x + b_k = 0), clipped to the box, or null. */
export function hingeSegment(a: Pt, c: number, box: Box): [Pt, Pt] | null {
  if (a[0] === 0 && a[1] === 0) return null;
  const side = clip(boxPolygon(box), { a, c });
  const on = side.filter((p) => Math.abs(a[0] * p[0] + a[1] * p[1] + c) < 1e-9);
  return on.length >= 2 ? [on[0], on[on.length - 1]] : null;
}

/** A square view of the hidden space that holds the four hidden points and the origin, with a margin. */
export function hiddenBox(points: Pt[]): Box {
  const xs = [0, ...points.map((p) => p[0])], ys = [0, ...points.map((p) => p[1])];
  const lo = Math.min(...xs, ...ys), hi = Math.max(...xs, ...ys);
  const span = Math.max(hi - lo, 1);
  const pad = 0.25 * span;
  return { xMin: Math.min(...xs) - pad, xMax: Math.min(...xs) - pad + span + 2 * pad, yMin: Math.min(...ys) - pad, yMax: Math.min(...ys) - pad + span + 2 * pad };
}
