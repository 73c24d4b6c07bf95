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

  /** One step for every network that has not diverged (they stay in lockstep). */
  round(): void {
    for (const run of this.runs) run.step();
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

  update(settings: RaceSettings): void {
    this.runs.forEach((run, i) => run.update(runSettings(settings, this.activations[i])));
  }

  reset(): void {
    for (const run of this.runs) run.reset();
  }
}

function runSettings(s: RaceSettings, activation: LabActivation): RunSettings {
  const { withYours: _contestants, ...shared } = s;
  return { ...shared, secondLayer: s.secondLayer ?? false, activation };
}
