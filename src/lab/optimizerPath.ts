// An engine optimizer walking a 2-D surface: the point (x, y) is two scalar parameters, the surface is
// the loss, and every step is the real loop: zeroGrad, forward, backward, step. Nothing is random, so
// the same surface, start and settings always give the same path (races are fair by construction).
import { OPTIMIZER_REGISTRY, createOptimizer, tensor, type Optimizer, type OptimizerName, type Tensor } from '../engine';
import type { Surface, SurfacePoint } from './surfaces';

/** A racer on a surface: an optimizer of the engine's registry, what it is built with besides the
 *  race's settings, which of those settings it takes, and its label. */
interface PathOptimizer {
  optimizer: OptimizerName;
  label: string;
  /** Settings this racer passes on when they are given. */
  takes: readonly (keyof PathSettings)[];
  /** Values used when the race does not give them. */
  defaults?: Partial<PathSettings>;
  fixed?: Record<string, unknown>;
}

const ADAM_TAKES = ['betas', 'eps', 'weightDecay', 'biasCorrection'] as const;

const PATH_OPTIMIZERS = {
  sgd: { optimizer: 'sgd', label: OPTIMIZER_REGISTRY.sgd.label, takes: ['weightDecay'] },
  momentum: { optimizer: 'sgd', label: 'Momentum', takes: ['momentum', 'weightDecay'], defaults: { momentum: 0.9 } },
  nesterov: { optimizer: 'sgd', label: 'Nesterov', takes: ['momentum', 'weightDecay'], defaults: { momentum: 0.9 }, fixed: { nesterov: true } },
  // RMSprop's own momentum stays 0: the race's μ is for momentum and Nesterov.
  rmsprop: { optimizer: 'rmsprop', label: OPTIMIZER_REGISTRY.rmsprop.label, takes: ['alpha', 'eps', 'weightDecay'] },
  adagrad: { optimizer: 'adagrad', label: OPTIMIZER_REGISTRY.adagrad.label, takes: ['eps', 'weightDecay'] },
  adam: { optimizer: 'adam', label: OPTIMIZER_REGISTRY.adam.label, takes: ADAM_TAKES },
  adamw: { optimizer: 'adamw', label: OPTIMIZER_REGISTRY.adamw.label, takes: ADAM_TAKES },
} as const satisfies Record<string, PathOptimizer>;

export type PathOptimizerName = keyof typeof PATH_OPTIMIZERS;

export const PATH_OPTIMIZER_LABELS = Object.fromEntries(
  Object.entries(PATH_OPTIMIZERS).map(([name, o]) => [name, o.label]),
) as Record<PathOptimizerName, string>;

export interface PathSettings {
  lr: number;
  /** μ for momentum and Nesterov (ignored by plain SGD); RMSprop's own momentum stays 0. */
  momentum?: number;
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
  /** RMSprop's decay of its running square. */
  alpha?: number;
  /** Adam/AdamW only: our teaching switch (chapter 10). */
  biasCorrection?: boolean;
}

/** The engine optimizer for `name`, with only the options that optimizer understands. */
export function makePathOptimizer(name: PathOptimizerName, params: Tensor[], s: PathSettings): Optimizer {
  const racer: PathOptimizer | undefined = PATH_OPTIMIZERS[name];
  if (!racer) throw new Error(`makePathOptimizer: unknown optimizer "${String(name)}"`);
  const options: Record<string, unknown> = { lr: s.lr, ...racer.fixed };
  for (const key of racer.takes) {
    const value = s[key] ?? racer.defaults?.[key];
    if (value !== undefined) options[key] = value;
  }
  return createOptimizer(racer.optimizer, params, options);
}

/** How far from the picture a point may wander before the run counts as runaway (in domain sizes). */
export const RUNAWAY_DOMAINS = 50;

export type DivergenceReason = 'non-finite' | 'runaway';

/** One optimizer's walk on a surface. `xs[k], ys[k], losses[k]` are the point and loss after k steps. */
export class PathRun {
  readonly xs: number[];
  readonly ys: number[];
  readonly losses: number[];
  /** The step at which the run left the finite numbers or ran far off the picture, else null. */
  divergedAt: number | null = null;
  divergence: DivergenceReason | null = null;
  readonly optimizer: Optimizer;
  private readonly x: Tensor;
  private readonly y: Tensor;

  constructor(readonly surface: Surface, readonly start: SurfacePoint, readonly name: PathOptimizerName, settings: PathSettings) {
    this.x = tensor(start.x, { requiresGrad: true });
    this.y = tensor(start.y, { requiresGrad: true });
    this.optimizer = makePathOptimizer(name, [this.x, this.y], settings);
    this.xs = [start.x];
    this.ys = [start.y];
    this.losses = [surface.value(start.x, start.y)];
  }

  /** Steps taken so far. */
  get steps(): number {
    return this.xs.length - 1;
  }

  /** One training step; returns false (and does nothing) once the run has diverged. */
  step(): boolean {
    if (this.divergedAt !== null) return false;
    this.optimizer.zeroGrad();
    this.surface.loss(this.x, this.y).backward(); // fills x.grad and y.grad
    this.optimizer.step();
    const x = this.x.item(), y = this.y.item();
    this.xs.push(x);
    this.ys.push(y);
    this.losses.push(this.surface.value(x, y));
    this.checkDivergence();
    return this.divergedAt === null;
  }

  private checkDivergence(): void {
    const k = this.steps, x = this.xs[k], y = this.ys[k], loss = this.losses[k];
    const d = this.surface.domain;
    const w = d.xMax - d.xMin, h = d.yMax - d.yMin;
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(loss)) {
      this.divergedAt = k;
      this.divergence = 'non-finite';
    } else if (Math.abs(x - (d.xMin + d.xMax) / 2) > RUNAWAY_DOMAINS * w || Math.abs(y - (d.yMin + d.yMax) / 2) > RUNAWAY_DOMAINS * h) {
      this.divergedAt = k;
      this.divergence = 'runaway';
    }
  }

  /** The first step at which the loss is within `tolerance` of the surface's lowest minimum, or null. */
  stepsToReach(tolerance: number): number | null {
    const target = this.surface.minima[0].value + tolerance;
    const k = this.losses.findIndex((l) => l <= target);
    return k < 0 ? null : k;
  }
}

export interface PathResult {
  xs: number[];
  ys: number[];
  losses: number[];
  divergedAt: number | null;
  divergence: DivergenceReason | null;
}

/** Runs `steps` steps (fewer if the run diverges) and returns the path. */
export function runPath(surface: Surface, start: SurfacePoint, name: PathOptimizerName, settings: PathSettings, steps: number): PathResult {
  const run = new PathRun(surface, start, name, settings);
  for (let i = 0; i < steps && run.step(); i++);
  return { xs: run.xs, ys: run.ys, losses: run.losses, divergedAt: run.divergedAt, divergence: run.divergence };
}
