// The ravine race without React: SGD, momentum and Nesterov, each a real engine optimizer, start from
// the same point of the same bowl and step in lockstep. A racer finishes when its loss drops below
// FINISH_LOSS; one that diverges stops, and the race reports it so the widget can pause and explain.
import { PATH_OPTIMIZER_LABELS, PathRun, eigenvalues2, ravine, type PathOptimizerName, type Surface } from '../../lab';

export const RACERS = ['sgd', 'momentum', 'nesterov'] as const satisfies readonly PathOptimizerName[];
export type Racer = (typeof RACERS)[number];
export const RACER_LABELS: Record<Racer, string> = {
  sgd: PATH_OPTIMIZER_LABELS.sgd,
  momentum: 'Momentum (heavy ball)',
  nesterov: PATH_OPTIMIZER_LABELS.nesterov,
};
/** "Reached the minimum": the loss (whose minimum is 0) is below this. */
export const FINISH_LOSS = 1e-3;
/** The race stops here if someone is still on the way. */
export const MAX_STEPS = 1000;

export interface RaceSettings { lr: number; mu: number; kappa: number; x0: number; y0: number }

// #region stability-limits
/**
 * The largest stable learning rate on a quadratic whose steepest curvature is λ: plain gradient
 * descent needs ηλ < 2; heavy-ball momentum ηλ < 2(1 + μ); PyTorch's Nesterov form ηλ < 2(1 + μ)/(1 + 2μ).
 */
export function stabilityLimit(racer: Racer, lambdaMax: number, mu: number): number {
  if (racer === 'sgd') return 2 / lambdaMax;
  if (racer === 'momentum') return (2 * (1 + mu)) / lambdaMax;
  return (2 * (1 + mu)) / ((1 + 2 * mu) * lambdaMax);
}
// #endregion

export class RavineRace {
  readonly surface: Surface;
  readonly runs: PathRun[];
  /** Step at which each racer first had loss < FINISH_LOSS, or null. */
  readonly finishedAt: (number | null)[];
  readonly lambdaMax: number;

  constructor(readonly settings: RaceSettings) {
    this.surface = ravine(settings.kappa);
    const start = { x: settings.x0, y: settings.y0 };
    this.runs = RACERS.map((r) => new PathRun(this.surface, start, r, { lr: settings.lr, momentum: settings.mu }));
    this.finishedAt = RACERS.map(() => (this.surface.value(start.x, start.y) < FINISH_LOSS ? 0 : null));
    this.lambdaMax = eigenvalues2(this.surface.hessian(0, 0))[0];
  }

  get steps(): number {
    return Math.max(...this.runs.map((r) => r.steps));
  }

  /** Everyone has finished, diverged, or the step limit is reached. */
  get over(): boolean {
    return this.steps >= MAX_STEPS || this.runs.every((r, i) => this.finishedAt[i] !== null || r.divergedAt !== null);
  }

  /**
   * One step for every racer still on its way (finished racers keep walking toward the exact minimum,
   * so the picture stays honest). Returns the racers that diverged in this step.
   */
  round(): Racer[] {
    if (this.over) return [];
    const diverged: Racer[] = [];
    this.runs.forEach((run, i) => {
      if (run.divergedAt !== null) return;
      if (!run.step()) { diverged.push(RACERS[i]); return; }
      if (this.finishedAt[i] === null && run.losses[run.steps] < FINISH_LOSS) this.finishedAt[i] = run.steps;
    });
    return diverged;
  }

  /** The racer that finished first (ties: the earlier in RACERS), or null if nobody finished. */
  winner(): Racer | null {
    let best: number | null = null, who: Racer | null = null;
    this.finishedAt.forEach((k, i) => {
      if (k !== null && (best === null || k < best)) { best = k; who = RACERS[i]; }
    });
    return who;
  }
}

/** Runs a whole race without drawing it (for chapter exercises and tests). */
export function raceToEnd(settings: RaceSettings): RavineRace {
  const race = new RavineRace(settings);
  while (!race.over) race.round();
  return race;
}
