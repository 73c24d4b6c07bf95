// A surface racer's losses (measured from the surface's minimum) in the shape the kit's live chart
// reads: a change counter and evenly thinned points, always ending at the latest step.
import type { PathRun } from '../../lab';

const MAX_POINTS = 600;

export function pathHistory(run: PathRun, floor: number) {
  return {
    version: run.losses.length,
    maxPoints: MAX_POINTS + 1,
    read(steps: Float64Array, values: Float64Array): number {
      const n = run.losses.length, stride = Math.max(1, Math.ceil(n / MAX_POINTS));
      let k = 0;
      for (let i = 0; i < n; i += stride) { steps[k] = i; values[k++] = run.losses[i] - floor; }
      if ((n - 1) % stride !== 0) { steps[k] = n - 1; values[k++] = run.losses[n - 1] - floor; }
      return k;
    },
  };
}
