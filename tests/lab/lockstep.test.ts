// Races advanced one network at a time (stepNext) end exactly where whole rounds end: the networks
// are independent, so only the grouping of their steps into animation frames changes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, NetworkRace, RACE_NETWORK, Race, type RacerSpec } from '../../src/lab';

const RACERS: RacerSpec[] = [
  { label: 'SGD', optimizer: 'sgd', settings: { lr: 0.3 } },
  { label: 'Adam', optimizer: 'adam', settings: { lr: 0.01 } },
  { label: 'AdamW', optimizer: 'adamw', settings: { lr: 0.01, weightDecay: 0.01 } },
];

describe('Race.stepNext', () => {
  it('reaches the same weights and histories as whole rounds, one network at a time', () => {
    const whole = new Race({ ...DEFAULT_SETTINGS, dataset: 'spiral' });
    const parts = new Race({ ...DEFAULT_SETTINGS, dataset: 'spiral' });
    whole.rounds(12);
    let rounds = 0;
    while (rounds < 12) if (parts.stepNext()) rounds++;
    expect(parts.midRound).toBe(false);
    parts.runs.forEach((run, i) => {
      expect(run.stepCount).toBe(12);
      expect(run.weights()).toEqual(whole.runs[i].weights());
      expect(run.history.points()).toEqual(whole.runs[i].history.points());
    });
  });

  it('reports a round in progress, and finishRound and round() complete it without a second step', () => {
    const race = new Race({ ...DEFAULT_SETTINGS, dataset: 'moons' });
    expect(race.stepNext()).toBe(false);
    expect(race.stepNext()).toBe(false);
    expect(race.midRound).toBe(true);
    expect(race.runs.map((r) => r.stepCount)).toEqual([1, 1, 0, 0, 0]);
    race.finishRound();
    expect(race.midRound).toBe(false);
    expect(race.runs.map((r) => r.stepCount)).toEqual([1, 1, 1, 1, 1]);
    race.stepNext();
    race.round();
    expect(race.runs.map((r) => r.stepCount)).toEqual([2, 2, 2, 2, 2]);
    race.finishRound(); // between rounds: nothing to do
    expect(race.runs.map((r) => r.stepCount)).toEqual([2, 2, 2, 2, 2]);
  });

  it('applies new settings from the same step for every network, and reset starts a round from the first', () => {
    const race = new Race({ ...DEFAULT_SETTINGS, dataset: 'moons' });
    race.stepNext();
    race.update({ ...DEFAULT_SETTINGS, dataset: 'moons', lr: DEFAULT_SETTINGS.lr / 2 });
    expect(race.runs.map((r) => r.stepCount)).toEqual([1, 1, 1, 1, 1]);
    race.stepNext();
    race.reset();
    expect(race.midRound).toBe(false);
    race.stepNext();
    expect(race.runs.map((r) => r.stepCount)).toEqual([1, 0, 0, 0, 0]);
  });
});

describe('NetworkRace.stepNext', () => {
  it('reaches the same weights and losses as whole rounds, and finishRound evens out a round in progress', () => {
    const whole = new NetworkRace(RACE_NETWORK, RACERS);
    const parts = new NetworkRace(RACE_NETWORK, RACERS);
    whole.rounds(8);
    for (let i = 0; i < 3 * 7 + 1; i++) parts.stepNext();
    expect(parts.midRound).toBe(true);
    expect(parts.racers.map((r) => r.run.stepCount)).toEqual([8, 7, 7]);
    expect(parts.stepCount).toBe(8);
    parts.finishRound();
    parts.racers.forEach((r, i) => {
      expect(r.run.stepCount).toBe(8);
      expect(r.run.weights()).toEqual(whole.racers[i].run.weights());
      expect(r.run.history.points()).toEqual(whole.racers[i].run.history.points());
    });
    parts.stepNext();
    parts.reset();
    expect(parts.midRound).toBe(false);
    expect(parts.racers.map((r) => r.run.stepCount)).toEqual([0, 0, 0]);
  });

  it('skips a diverged racer (its steps do nothing) and still completes rounds', () => {
    const race = new NetworkRace(RACE_NETWORK, [{ label: 'SGD', optimizer: 'sgd', settings: { lr: 1e6 } }, RACERS[1]]);
    for (let i = 0; i < 20 && !race.racers[0].run.diverged; i++) race.round();
    const fell = race.racers[0].run.diverged!;
    expect(fell).not.toBeNull();
    const before = race.racers[1].run.stepCount;
    expect(race.stepNext()).toBe(false);
    expect(race.stepNext()).toBe(true);
    expect(race.racers[0].run.stepCount).toBe(fell.step);
    expect(race.racers[1].run.stepCount).toBe(before + 1);
  });
});
