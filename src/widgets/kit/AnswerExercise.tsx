// A self-checking numeric question: the reader types a number, the page compares it with a value the
// chapter computed from the engine (never a number typed into the chapter by hand).
import { useId, useState, type ReactNode } from 'react';
import { Exercise } from './Exercise';
import { widget } from './WidgetFrame';
import './kit.css';

export function isCloseEnough(typed: string, expected: number, tolerance = 1e-6): boolean {
  const v = Number(typed.replace(',', '.').trim());
  if (typed.trim() === '' || !Number.isFinite(v)) return false;
  return Math.abs(v - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

function AnswerExerciseView(props: {
  title: string;
  question: ReactNode;
  label: string;
  expected: number;
  /** Relative tolerance (default 10⁻⁶); state it in the question when a reader must round, e.g. "to three decimals". */
  tolerance?: number;
  hint?: ReactNode;
  explain?: ReactNode;
}) {
  const [typed, setTyped] = useState('');
  const id = useId();
  const state = typed.trim() === '' ? 'unanswered' : isCloseEnough(typed, props.expected, props.tolerance) ? 'correct' : 'wrong';
  return (
    <Exercise title={props.title} state={state} hint={props.hint} solvedText={props.explain}>
      {props.question}
      <div className="kit-control" style={{ maxWidth: '16rem' }}>
        <label htmlFor={id}>{props.label}</label>
        <input id={id} type="text" inputMode="decimal" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </div>
    </Exercise>
  );
}

/** Wrapped in its own error boundary like every widget. */
export const AnswerExercise = widget('Exercise', AnswerExerciseView);
