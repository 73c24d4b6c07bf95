// Several optimizers walking the same 2-D surface from the same start, in lockstep. Nothing is random,
// so the race is fair by construction: same surface, same start, only the update rule differs.
import { PathRun, type PathOptimizerName, type PathSettings } from './optimizerPath';
import type { Surface, SurfacePoint } from './surfaces';

export interface PathRacer { label: string; optimizer: PathOptimizerName; settings: PathSettings }

export class SurfaceRace {
  runs: PathRun[] = [];

  constructor(readonly surface: Surface, readonly start: SurfacePoint, readonly racers: readonly PathRacer[]) {
    this.reset();
  }

  reset(): void {
    this.runs = this.racers.map((r) => new PathRun(this.surface, this.start, r.optimizer, r.settings));
  }

  /** One step for every racer still on the surface; returns the labels of racers that diverged in it. */
  round(): string[] {
    const fell: string[] = [];
    this.runs.forEach((run, i) => {
      if (run.divergedAt !== null) return;
      if (!run.step()) fell.push(this.racers[i].label);
    });
    return fell;
  }

  get stepCount(): number {
    return Math.max(...this.runs.map((r) => r.steps));
  }

  /** For each racer, the first step at which its loss came within `tolerance` of the global minimum. */
  arrivals(tolerance: number): (number | null)[] {
    return this.runs.map((r) => r.stepsToReach(tolerance));
  }

  /** The label of the racer that arrived first (ties: the earlier in the list), or null if none has yet. */
  winner(tolerance: number): string | null {
    let best: number | null = null, who: string | null = null;
    this.arrivals(tolerance).forEach((k, i) => {
      if (k !== null && (best === null || k < best)) { best = k; who = this.racers[i].label; }
    });
    return who;
  }
}
