// Two predict-then-run exercises. The reader commits to a prediction first; the widget checks it
// against what the engine then produces in this very trainer at the checkpoint step, never before.
import { useId, useState } from 'react';
import { IRIS_CLASSES, IRIS_DEFAULT_STEPS, type Confusion, type IrisSettings } from '../../lab';
import { Exercise, type ExerciseState } from '../kit';
import { checkpointKey, type Checkpoints } from './useIrisRun';
import { mostConfusedPair } from './ConfusionTable';

const PAIRS = [[0, 1], [0, 2], [1, 2]].map(([a, b]) => ({ value: `${IRIS_CLASSES[a]}-${IRIS_CLASSES[b]}`, label: `${IRIS_CLASSES[a]} and ${IRIS_CLASSES[b]}` }));

function Choices(props: { legend: string; options: { value: string; label: string }[]; chosen: string | null; onChoose(v: string): void }) {
  const name = useId();
  return (
    <fieldset className="kit-choice">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="kit-choice__option">
          <input type="radio" name={name} value={o.value} checked={props.chosen === o.value} onChange={() => props.onChoose(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Which pair of species does the confusion matrix at the checkpoint mix up? */
export function ConfusedPairExercise({ confusion }: { confusion: Confusion | null }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const answer = confusion ? mostConfusedPair(confusion) : null;
  const state: ExerciseState = chosen === null || answer === null ? 'unanswered' : chosen === answer ? 'correct' : 'wrong';
  let waiting: string | null = null;
  if (chosen !== null && confusion === null) waiting = `Prediction noted. Now press Play and let the trainer pass step ${IRIS_DEFAULT_STEPS}.`;
  else if (chosen !== null && answer === null) waiting = 'This run classified all 30 test flowers correctly, so there is nothing to compare with: try another seed.';
  return (
    <Exercise title="which species get mixed up?" state={state}
      solvedText="Versicolor and virginica overlap in every measurement; setosa's small petals set it apart."
      wrongText={`Not in this run: at step ${IRIS_DEFAULT_STEPS} the mix-ups are between ${answer?.replace('-', ' and ')}.`}
      hint={<p>Look back at the petal measurements: which species' ranges overlap?</p>}>
      <p>Before you train: which two species will the confusion matrix mix up? Choose, then press Play; the
        answer is checked against this trainer's matrix at step {IRIS_DEFAULT_STEPS}.</p>
      <Choices legend="The pair that gets confused" options={PAIRS} chosen={chosen} onChoose={setChosen} />
      {waiting && <p className="kit-help" role="status">{waiting}</p>}
    </Exercise>
  );
}

const LEAK_OPTIONS = [
  { value: 'lower', label: 'lower' },
  { value: 'same', label: 'the same' },
  { value: 'higher', label: 'higher' },
];

/** Standardising with all 150 flowers versus the training flowers only: what happens to the test accuracy? */
export function LeakExercise({ settings, checkpoints }: { settings: IrisSettings; checkpoints: Checkpoints }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const honest = checkpoints[checkpointKey({ ...settings, scaling: 'train' })];
  const leaky = checkpoints[checkpointKey({ ...settings, scaling: 'all' })];
  const known = honest !== undefined && leaky !== undefined;
  const answer = !known ? null : leaky < honest ? 'lower' : leaky > honest ? 'higher' : 'same';
  const state: ExerciseState = chosen === null || answer === null ? 'unanswered' : chosen === answer ? 'correct' : 'wrong';
  const missing = [honest === undefined && 'training rows only', leaky === undefined && 'all 150 rows'].filter(Boolean).join(' and ');
  const pct = (a: number) => `${(100 * a).toFixed(1)} %`;
  return (
    <Exercise title="let the test set leak in" state={state}
      solvedText={known ? `Training rows only: ${pct(honest)}; all 150 rows: ${pct(leaky)}. Whatever the difference, the second number has seen the test flowers.` : undefined}
      wrongText={known ? `This trainer measured ${pct(honest)} with the training statistics and ${pct(leaky)} with all 150 rows.` : undefined}
      hint={<p>The test flowers move the means and spreads only a little. How many of 30 flowers could that flip?</p>}>
      <p>Predict: if the means and spreads come from all 150 flowers instead of the 120 training flowers, will the
        test accuracy at step {IRIS_DEFAULT_STEPS} be lower, the same or higher? Then train to step {IRIS_DEFAULT_STEPS} with
        each of the two choices of <em>Standardise with</em> (same seed, width and rate).</p>
      <Choices legend="Test accuracy with all 150 rows" options={LEAK_OPTIONS} chosen={chosen} onChoose={setChosen} />
      {chosen !== null && !known && <p className="kit-help" role="status">Prediction noted. Still to run to step {IRIS_DEFAULT_STEPS}: {missing}.</p>}
    </Exercise>
  );
}
