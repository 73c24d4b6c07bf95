// A self-checking exercise: the task, an optional hint behind a disclosure, and a status that the
// widget it refers to decides (`solved`), announced politely when it flips.
import type { ReactNode } from 'react';

export function Exercise(props: { title: string; children: ReactNode; hint?: ReactNode; solved: boolean; solvedText?: ReactNode }) {
  return (
    <div className={`kit-exercise ${props.solved ? 'kit-exercise--solved' : ''}`}>
      <p className="kit-exercise__title">
        <strong>Exercise: {props.title}</strong>{' '}
        <span className="kit-exercise__status" aria-live="polite">{props.solved ? '✓ solved' : 'not solved yet'}</span>
      </p>
      <div>{props.children}</div>
      {props.solved && props.solvedText && <p className="kit-exercise__done">{props.solvedText}</p>}
      {props.hint && (
        <details>
          <summary>Hint</summary>
          {props.hint}
        </details>
      )}
    </div>
  );
}
