// A multiple-choice exercise: native radio inputs in a fieldset with a visible legend, a Check button,
// and feedback only after the reader checks. The right answer is passed in by the chapter; where it is
// a number it must be computed from the engine, never typed into the chapter by hand.
import { useId, useState, type ReactNode } from 'react';
import { Exercise, type ExerciseState } from './Exercise';
import { widget } from './WidgetFrame';
import './kit.css';

export type ChoiceValue = string | number;
export type ChoiceOption = ChoiceValue | { value: ChoiceValue; label: ReactNode };

export interface ChoiceExerciseProps {
  title: string;
  /** The radio group's visible legend (its accessible name). */
  legend: string;
  question?: ReactNode;
  options: readonly ChoiceOption[];
  /** The value of the right option. */
  expected: ChoiceValue;
  hint?: ReactNode;
  /** Shown after a correct answer. */
  explain?: ReactNode;
  /** Shown after a wrong answer: fixed text, or a function of the chosen value. */
  wrongText?: ReactNode | ((chosen: ChoiceValue) => ReactNode);
}

function normalise(o: ChoiceOption): { value: ChoiceValue; label: ReactNode } {
  return typeof o === 'object' ? o : { value: o, label: String(o) };
}

/** Rejects a chapter mistake loudly: the expected answer must be one of the options, and values unique. */
export function checkChoices(options: readonly ChoiceOption[], expected: ChoiceValue): void {
  const values = options.map((o) => String(normalise(o).value));
  if (new Set(values).size !== values.length) throw new Error(`ChoiceExercise: option values must be unique, got ${values.join(', ')}`);
  if (!values.includes(String(expected))) throw new Error(`ChoiceExercise: expected answer "${String(expected)}" is not one of the options (${values.join(', ')})`);
}

function ChoiceExerciseView(props: ChoiceExerciseProps) {
  checkChoices(props.options, props.expected);
  const options = props.options.map(normalise);
  const [chosen, setChosen] = useState<string | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const name = useId();
  const state: ExerciseState = checked === null ? 'unanswered' : checked === String(props.expected) ? 'correct' : 'wrong';
  const chosenValue = options.find((o) => String(o.value) === checked)?.value;
  const wrongText =
    state === 'wrong' && chosenValue !== undefined
      ? typeof props.wrongText === 'function'
        ? props.wrongText(chosenValue)
        : (props.wrongText ?? 'That is not it. Think it through once more and check again.')
      : undefined;
  return (
    <Exercise title={props.title} state={state} hint={props.hint} solvedText={props.explain} wrongText={wrongText}>
      {props.question}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (chosen !== null) setChecked(chosen);
        }}
      >
        <fieldset className="kit-choice">
          <legend>{props.legend}</legend>
          {options.map((o) => (
            <label key={String(o.value)} className="kit-choice__option">
              <input
                type="radio"
                name={name}
                value={String(o.value)}
                checked={chosen === String(o.value)}
                onChange={() => {
                  setChosen(String(o.value));
                  setChecked(null);
                }}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="kit-button kit-button--primary" disabled={chosen === null}>Check</button>
      </form>
    </Exercise>
  );
}

/** Wrapped in its own error boundary like every widget. */
export const ChoiceExercise = widget('Exercise', ChoiceExerciseView);
