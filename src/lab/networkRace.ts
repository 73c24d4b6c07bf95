// A race of optimizers (or of learning-rate schedules) on a real network. Every racer is a TrainingRun
// built from the same settings and seed, so all of them have the same data, the same initial weights
// and the same order of mini-batches; only the optimizer (and its schedule) differ. They advance in
// lockstep, one step each per round, and a diverged racer stops while the others go on.
import { snapshotParameters, type LRScheduler, type Optimizer } from '../engine';
import { makePathOptimizer, type PathOptimizerName, type PathSettings } from './optimizerPath';
import type { DatasetName } from './datasets';
import type { RunSettings } from './settings';
import { Lockstep } from './lockstep';
import { TrainingRun } from './trainingRun';
import type { ActivationName } from '../engine';

/** What all racers share: the network and its data. */
export interface NetworkSpec {
  dataset: DatasetName;
  hidden: number;
  secondLayer: boolean;
  activation: ActivationName;
  seed: number;
}

export const RACE_NETWORK: NetworkSpec = { dataset: 'spiral', hidden: 16, secondLayer: true, activation: 'tanh', seed: 1 };

/** One racer: which optimizer, with which settings, and optionally a schedule for its learning rate. */
export interface RacerSpec {
  label: string;
  optimizer: PathOptimizerName;
  settings: PathSettings;
  schedule?: (opt: Optimizer) => LRScheduler;
}

export class Racer {
  readonly run: TrainingRun;
  scheduler: LRScheduler | null = null;
  /** A fingerprint of this racer's initial weights (equal fingerprints: the same start). */
  readonly startChecksum: string;

  constructor(network: NetworkSpec, public spec: RacerSpec) {
    this.run = new TrainingRun(runSettings(network, spec.settings.lr));
    this.startChecksum = checksum(snapshotParameters(this.run.model));
    this.equip();
  }

  /** The run's own optimizer is replaced by this racer's (over the same parameters), and its schedule attached. */
  private equip(): void {
    this.run.optimizer = makePathOptimizer(this.spec.optimizer, this.run.model.parameters(), this.spec.settings);
    this.scheduler = this.spec.schedule ? this.spec.schedule(this.run.optimizer) : null;
  }

  /** The learning rate the next step will use. */
  get lr(): number {
    return this.run.optimizer.lr;
  }

  step(): void {
    if (this.run.diverged) return;
    this.run.step();
    this.scheduler?.step();
  }

  /** Back to step 0: the same initial weights, a fresh optimizer and schedule, the same batch order. */
  reset(): void {
    this.run.reset();
    this.equip();
  }

  /** A new optimizer or schedule from the current weights on (used when a reader changes a racer). */
  respec(spec: RacerSpec): void {
    this.spec = spec;
    this.reset();
  }
}

export class NetworkRace extends Lockstep {
  readonly racers: Racer[];

  constructor(readonly network: NetworkSpec, specs: RacerSpec[]) {
    super();
    this.racers = specs.map((s) => new Racer(network, s));
  }

  protected get members(): readonly Racer[] {
    return this.racers;
  }

  rounds(count: number): void {
    for (let i = 0; i < count; i++) this.round();
  }

  /** Rounds completed (the step count of the racers still running). */
  get stepCount(): number {
    return Math.max(...this.racers.map((r) => r.run.stepCount));
  }

  /** True once every racer has diverged (nothing left to run). */
  get allDiverged(): boolean {
    return this.racers.every((r) => r.run.diverged);
  }

  reset(): void {
    for (const r of this.racers) r.reset();
    this.startOver();
  }

  /** Evidence that the start is shared: each racer's loss at step 0 and a checksum of its initial weights. */
  startOf(racer: Racer): { loss: number; checksum: string } {
    return { loss: racer.run.history.first, checksum: racer.startChecksum };
  }
}

function runSettings(n: NetworkSpec, lr: number): RunSettings {
  // The run's own optimizer setting is a placeholder: Racer replaces the optimizer before any step.
  return { dataset: n.dataset, hidden: n.hidden, secondLayer: n.secondLayer, activation: n.activation, seed: n.seed, lr, optimizer: 'sgd' };
}

/** A short fingerprint (FNV-1a over the weights rounded to 1e-9): identical weights, identical text. */
function checksum(weights: Float64Array[]): string {
  let h = 0x811c9dc5;
  for (const w of weights) {
    for (let i = 0; i < w.length; i++) {
      const q = Math.round(w[i] * 1e9) | 0;
      h = Math.imul(h ^ q, 0x01000193) >>> 0;
    }
  }
  return h.toString(16).padStart(8, '0');
}
