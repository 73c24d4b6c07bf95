// The activation race: one network per activation, all built from the same seed (so the same data,
// the same initial weights and the same batch order), advanced together one step at a time (lockstep.ts).
import type { ActivationName } from '../engine';
import { YOURS, type LabActivation, type RunSettings } from './settings';
import { Lockstep } from './lockstep';
import { TrainingRun } from './trainingRun';

export const RACE_ACTIVATIONS = ['relu', 'sigmoid', 'tanh', 'gelu', 'none'] as const satisfies readonly ActivationName[];

/** `withYours` adds a sixth network with the reader's own formula (chapter 12, §12.8). */
export type RaceSettings = Omit<RunSettings, 'activation' | 'secondLayer'> & { secondLayer?: boolean; withYours?: boolean };

export class Race extends Lockstep {
  /** The contestants, in the order of `runs`; fixed for the life of the race. */
  readonly activations: readonly LabActivation[];
  readonly runs: TrainingRun[];

  constructor(settings: RaceSettings) {
    super();
    this.activations = settings.withYours ? [...RACE_ACTIVATIONS, YOURS] : RACE_ACTIVATIONS;
    this.runs = this.activations.map((activation) => new TrainingRun(runSettings(settings, activation)));
  }

  protected get members(): readonly TrainingRun[] {
    return this.runs;
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
    this.startOver();
  }
}

function runSettings(s: RaceSettings, activation: LabActivation): RunSettings {
  const { withYours: _contestants, ...shared } = s;
  return { ...shared, secondLayer: s.secondLayer ?? false, activation };
}
