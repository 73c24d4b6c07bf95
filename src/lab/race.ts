// The activation race: one network per activation, all built from the same seed (so the same data,
// the same initial weights and the same batch order), advanced together one step at a time.
import type { ActivationName } from '../engine';
import type { RunSettings } from './settings';
import { TrainingRun } from './trainingRun';

export const RACE_ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'gelu', 'none'] as const satisfies readonly ActivationName[];

export type RaceSettings = Omit<RunSettings, 'activation' | 'secondLayer'> & { secondLayer?: boolean };

export class Race {
  readonly runs: TrainingRun[];

  constructor(settings: RaceSettings) {
    this.runs = RACE_ACTIVATIONS.map((activation) => new TrainingRun(runSettings(settings, activation)));
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
    this.runs.forEach((run, i) => run.update(runSettings(settings, RACE_ACTIVATIONS[i])));
  }

  reset(): void {
    for (const run of this.runs) run.reset();
  }
}

function runSettings(s: RaceSettings, activation: ActivationName): RunSettings {
  return { ...s, secondLayer: s.secondLayer ?? false, activation };
}
