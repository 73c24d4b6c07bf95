// Saving and restoring weights, so Reset brings back the same initial network and two models can
// start from identical weights.
import type { Module } from './module';
import { formatShape } from '../shape';

/** Copies of every parameter's values, in parameters() order. */
export function snapshotParameters(model: Module): Float64Array[] {
  return model.parameters().map((p) => p.data.slice());
}

/** Writes a snapshot back (in place, so compiled inference keeps seeing the live arrays); clears grads. */
export function loadParameters(model: Module, snapshot: Float64Array[]): void {
  const params = model.parameters();
  if (params.length !== snapshot.length) {
    throw new Error(`loadParameters: model has ${params.length} parameters, snapshot has ${snapshot.length}`);
  }
  params.forEach((p, i) => {
    if (snapshot[i].length !== p.size) {
      throw new Error(`loadParameters: parameter ${i} of shape ${formatShape(p.shape)} cannot take ${snapshot[i].length} values`);
    }
    p.data.set(snapshot[i]);
    p.grad = null;
  });
}

/** Makes `to` hold the same weights as `from` (same architecture). */
export function copyParameters(from: Module, to: Module): void {
  loadParameters(to, snapshotParameters(from));
}
