// The activation race: one network per activation, all built from the same seed (so the same data,
// the same initial weights and the same batch order), advanced together one step at a time.
import type { ActivationName } from '../engine';
import { YOURS, type LabActivation, type RunSettings } from './settings';
import { TrainingRun } from './trainingRun';

export const RACE_ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'gelu', 'none'] as const satisfies readonly ActivationName[];

/** `withYours` adds a sixth network with the reader's own formula (chapter 12, §12.8). */
export type RaceSettings = Omit<RunSettings, 'activation' | 'secondLayer'> & { secondLayer?: boolean; withYours?: boolean };

export class Race {
  /** The contestants, in the order of `runs`; fixed for the life of the race. */
  readonly activations: readonly LabActivation[];
  readonly runs: TrainingRun[];

  constructor(settings: RaceSettings) {
    this.activations = settings.withYours ? [...RACE_ACTIVATIONS, YOURS] : RACE_ACTIVATIONS;
    this.runs = this.activations.map((activation) => new TrainingRun(runSettings(settings, activation)));
  }

  /** The network that steps next in the round in progress (0: between rounds). */
  private cursor = 0;

  /** One step for every network that has not diverged (they stay in lockstep); a round already in
   *  progress (stepNext) is completed instead. */
  round(): void {
    while (!this.stepNext());
  }

  /** One step of the next network in the round in progress (a diverged one does nothing); true when
   *  that completed the round. An animation frame can then train part of a round, so a frame never
   *  has to fit a whole round of several networks on a slow device. The networks are independent,
   *  so the order of their steps changes none of their results. */
  stepNext(): boolean {
    this.runs[this.cursor].step();
    this.cursor = (this.cursor + 1) % this.runs.length;
    return this.cursor === 0;
  }

  /** Completes the round in progress, so every network stands at the same step (when playing stops). */
  finishRound(): void {
    while (this.cursor !== 0) this.stepNext();
  }

  /** True between stepNext() calls that have not completed a round yet. */
  get midRound(): boolean {
    return this.cursor !== 0;
  }

  /** `count` rounds; returns how many ran. */
  rounds(count: number): number {
    for (let i = 0; i < count; i++) this.round();
    return count;
  }

  /** Rounds completed (the step count of the runs; a diverged run stops counting). */
  get stepCount(): number {
    return Math.max(...this.runs.map((r) => r.stepCount));
  }

  /** New settings apply to every network from the same step: a round in progress is completed first. */
  update(settings: RaceSettings): void {
    this.finishRound();
    this.runs.forEach((run, i) => run.update(runSettings(settings, this.activations[i])));
  }

  reset(): void {
    for (const run of this.runs) run.reset();
    this.cursor = 0;
  }
}

function runSettings(s: RaceSettings, activation: LabActivation): RunSettings {
  const { withYours: _contestants, ...shared } = s;
  return { ...shared, secondLayer: s.secondLayer ?? false, activation };
}
