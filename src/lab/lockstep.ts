// Learners trained in lockstep: a round is one step of each, in order. A round may be split across
// animation frames (stepNext), so that a frame on a slow phone has to fit one learner's step, not all
// of them. The learners share nothing, so how their steps are grouped changes none of their results;
// finishRound() brings them back to the same step (when playing stops, before new settings apply).
// The activation race (race.ts) and the optimizer race (networkRace.ts) are built on it.

export interface Stepper {
  step(): void;
}

export abstract class Lockstep {
  /** The learner that steps next in the round in progress (0: between rounds). */
  private cursor = 0;

  /** The learners, in the order they step (a diverged one's step does nothing). */
  protected abstract get members(): readonly Stepper[];

  /** One step of every learner; a round already in progress is completed instead. */
  round(): void {
    while (!this.stepNext());
  }

  /** One step of the next learner in the round in progress; true when that completed the round. */
  stepNext(): boolean {
    const members = this.members;
    members[this.cursor].step();
    this.cursor = (this.cursor + 1) % members.length;
    return this.cursor === 0;
  }

  /** Completes the round in progress, so every learner stands at the same step. */
  finishRound(): void {
    while (this.cursor !== 0) this.stepNext();
  }

  /** True between stepNext() calls that have not completed a round yet. */
  get midRound(): boolean {
    return this.cursor !== 0;
  }

  /** Forgets a round in progress (the learners were just reset). */
  protected startOver(): void {
    this.cursor = 0;
  }
}
