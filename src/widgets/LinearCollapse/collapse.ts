// Two stacked linear layers collapse into one: W = W₂W₁ and b = W₂b₁ + b₂, computed with the engine.
// The collapsed layer gives the same outputs as the stack on any input (the tests check it), so its
// decision boundary {x : Wx + b = 0.5} is a straight line, whatever the nine weights are.
import { add, matmul, tensor, type Tensor } from '../../engine';
import type { ParamValues } from '../kit';
import type { COLLAPSE_PARAMS } from './params';

export type CollapseWeights = Omit<ParamValues<typeof COLLAPSE_PARAMS>, 'relu'> & { relu?: boolean };

/** The XOR truth table: output 1 when exactly one input is 1. */
export const XOR_POINTS = [
  { x: 0, y: 0, label: 0 },
  { x: 0, y: 1, label: 1 },
  { x: 1, y: 0, label: 1 },
  { x: 1, y: 1, label: 0 },
] as const;

export interface Layers { W1: Tensor; b1: Tensor; W2: Tensor; b2: Tensor }

export function layersOf(w: CollapseWeights): Layers {
  return {
    W1: tensor([[w.w11, w.w12], [w.w21, w.w22]]),
    b1: tensor([[w.b11], [w.b12]]),
    W2: tensor([[w.v1, w.v2]]),
    b2: tensor([[w.b2]]),
  };
}

/** The single equivalent layer: W = W₂W₁ (1×2) and b = W₂b₁ + b₂ (1×1). */
export function collapse(layers: Layers): { W: Tensor; b: Tensor } {
  const { W1, b1, W2, b2 } = layers;
  return { W: matmul(W2, W1), b: add(matmul(W2, b1), b2) };
}

/** The stack applied to column inputs X (2×n): W₂(W₁X + b₁) + b₂, no activation in between. */
export function stackForward(layers: Layers, X: Tensor): Tensor {
  const { W1, b1, W2, b2 } = layers;
  return add(matmul(W2, add(matmul(W1, X), b1)), b2);
}

export function collapsedForward(one: { W: Tensor; b: Tensor }, X: Tensor): Tensor {
  return add(matmul(one.W, X), one.b);
}

export const xorInputs = (): Tensor => tensor([XOR_POINTS.map((p) => p.x), XOR_POINTS.map((p) => p.y)]);

export interface CollapseResult {
  W: [number, number];
  b: number;
  outputs: number[];
  predictions: number[];
  correct: number;
}

/** Everything the widget shows: the collapsed layer, the stack's outputs on XOR, and how many are right (output > 0.5 means class 1). */
export function analyse(w: CollapseWeights): CollapseResult {
  const layers = layersOf(w);
  const one = collapse(layers);
  const outputs = Array.from(stackForward(layers, xorInputs()).data);
  const predictions = outputs.map((o) => (o > 0.5 ? 1 : 0));
  const correct = predictions.filter((p, i) => p === XOR_POINTS[i].label).length;
  return { W: [one.W.data[0], one.W.data[1]], b: one.b.data[0], outputs, predictions, correct };
}

export interface Box { xMin: number; xMax: number; yMin: number; yMax: number }
type Pt = [number, number];

/**
 * The part of the box where W·p + b > 0.5 (the region called "1"), as a polygon: the box clipped by
 * one half-plane. Empty when the whole box is "0"; the whole box when W = 0 and b > 0.5.
 */
export function positiveRegion(W: [number, number], b: number, box: Box): Pt[] {
  const corners: Pt[] = [[box.xMin, box.yMin], [box.xMax, box.yMin], [box.xMax, box.yMax], [box.xMin, box.yMax]];
  const value = (p: Pt) => W[0] * p[0] + W[1] * p[1] + b - 0.5;
  const out: Pt[] = [];
  for (let i = 0; i < 4; i++) {
    const p = corners[i], q = corners[(i + 1) % 4];
    const vp = value(p), vq = value(q);
    if (vp > 0) out.push(p);
    if ((vp > 0) !== (vq > 0)) {
      const t = vp / (vp - vq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

/** The boundary line clipped to the box (two end points), or null when it misses the box or W = 0. */
export function boundarySegment(W: [number, number], b: number, box: Box): [Pt, Pt] | null {
  const region = positiveRegion(W, b, box);
  const onLine = region.filter((p) => Math.abs(W[0] * p[0] + W[1] * p[1] + b - 0.5) < 1e-9);
  if (W[0] === 0 && W[1] === 0) return null;
  return onLine.length >= 2 ? [onLine[0], onLine[onLine.length - 1]] : null;
}
