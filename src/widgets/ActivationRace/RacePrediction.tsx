// Predict first, then run: before the race starts the reader ticks the networks they expect to still
// be wrong on some point after 500 rounds; the race itself decides, from its own networks.
import { useEffect, useId, useState } from 'react';
import { Exercise, activationLabel, type ExerciseState } from '../kit';
import type { Race } from '../../lab';

/** Rounds after which the race judges the prediction. */
export const JUDGED_AT = 500;

/** The activations whose network is still wrong on at least one point. */
export function notYetRight(race: Race): string[] {
  return race.activations.filter((_, i) => race.runs[i].accuracy() < 1);
}

export function RacePrediction({ race, step }: { race: Race; step: number }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [locked, setLocked] = useState(false);
  const [verdict, setVerdict] = useState<string[] | null>(null);
  const id = useId();
  // Reset (back to round 0) opens the prediction again.
  useEffect(() => {
    if (step === 0) {
      setVerdict(null);
      setLocked(false);
    }
  }, [step]);
  // The first time the race has run JUDGED_AT rounds after the prediction was locked in, it decides.
  useEffect(() => {
    if (locked && verdict === null && step >= JUDGED_AT) setVerdict(notYetRight(race));
  }, [locked, verdict, step, race]);
  const same = verdict !== null && verdict.length === picked.length && verdict.every((a) => picked.includes(a));
  const state: ExerciseState = verdict === null ? 'unanswered' : same ? 'correct' : 'wrong';
  const names = (list: string[]) => (list.length === 0 ? 'none of them' : list.map((a) => activationLabel(a as Parameters<typeof activationLabel>[0])).join(', '));
  const toggle = (a: string) => setPicked((p) => (p.includes(a) ? p.filter((x) => x !== a) : [...p, a]));
  return (
    <Exercise title="predict the race" state={state}
      solvedText={<>Right: after {JUDGED_AT} rounds the race still has {names(verdict ?? [])} wrong on some point.</>}
      wrongText={<>The race says: still wrong after {JUDGED_AT} rounds, {names(verdict ?? [])}; you picked {names(picked)}. Compare their loss curves with the text below the race.</>}
      hint="A network with no activation is one linear function (12.1). For the others, think about where each one's slope is small.">
      <fieldset className="kit-choice">
        <legend id={id}>Before you press Play: which networks will still be wrong on some point after {JUDGED_AT} rounds?</legend>
        {race.activations.map((a) => (
          <label key={a} className="kit-choice__option">
            <input type="checkbox" checked={picked.includes(a)} disabled={locked} onChange={() => toggle(a)} />
            <span>{activationLabel(a)}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="kit-button kit-button--primary" disabled={locked || step > 0} onClick={() => setLocked(true)}>
        {locked ? 'Prediction locked in: now play the race' : step > 0 ? 'Reset the race to predict' : 'Lock in my prediction'}
      </button>
    </Exercise>
  );
}
