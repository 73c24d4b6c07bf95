// A self-checking exercise: the task, an optional hint behind a disclosure, and a status that the
// widget it refers to decides, announced politely when it changes. The root carries a machine-readable
// `data-exercise-state` ("unanswered" | "correct" | "wrong") so tests can check, for instance, that no
// exercise is already solved when its page loads.
// The reader's progress is remembered here (see progress.ts): the exercise reports itself as seen when it
// mounts, and as solved only when its state turns "correct" after mounting — never at page load.
import { useEffect, useRef, type ReactNode } from 'react';
import { chapterSlugFromPath, markExerciseSeen, markExerciseSolved } from './progress';
import './kit.css';

export type ExerciseState = 'unanswered' | 'correct' | 'wrong';

const STATUS: Record<ExerciseState, string> = {
  unanswered: 'not solved yet',
  wrong: 'not right yet — try again',
  correct: '✓ solved',
};

export function Exercise(props: {
  title: string;
  children: ReactNode;
  hint?: ReactNode;
  /** Widget-checked exercises pass `solved`; exercises that can also be answered wrongly pass `state`. */
  solved?: boolean;
  state?: ExerciseState;
  solvedText?: ReactNode;
  /** Shown while the state is "wrong". */
  wrongText?: ReactNode;
}) {
  const state: ExerciseState = props.state ?? (props.solved ? 'correct' : 'unanswered');
  useProgressRecord(props.title, state);
  return (
    <div className={`kit-exercise kit-exercise--${state} ${state === 'correct' ? 'kit-exercise--solved' : ''}`} data-exercise-state={state}>
      <p className="kit-exercise__title">
        <strong>Exercise: {props.title}</strong>{' '}
        <span className="kit-exercise__status" aria-live="polite">{STATUS[state]}</span>
      </p>
      <div>{props.children}</div>
      {state === 'correct' && props.solvedText && <p className="kit-exercise__done">{props.solvedText}</p>}
      {state === 'wrong' && props.wrongText && <p className="kit-exercise__wrong">{props.wrongText}</p>}
      {props.hint && (
        <details>
          <summary>Hint</summary>
          {props.hint}
        </details>
      )}
    </div>
  );
}

/** Records the exercise on the chapter the route shows; solved only on a change to "correct" after mount. */
function useProgressRecord(title: string, state: ExerciseState) {
  const previous = useRef(state);
  useEffect(() => {
    const slug = chapterSlugFromPath(window.location.pathname);
    if (slug) markExerciseSeen(slug, title);
  }, [title]);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (state !== 'correct' || was === 'correct') return;
    const slug = chapterSlugFromPath(window.location.pathname);
    if (slug) markExerciseSolved(slug, title);
  }, [state, title]);
}
