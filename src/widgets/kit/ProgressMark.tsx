// A chapter's progress in the contents: a tick when every exercise the reader has met there is solved,
// "2/5" while some are, nothing before the first; the words ("2 of 5 exercises solved") for screen readers.
import { chapterCounts, progressText, useProgress } from './progress';
import './kit.css';

export function ProgressMark({ slug }: { slug: string }) {
  const counts = chapterCounts(useProgress(), slug);
  const text = progressText(counts);
  if (!text) return null;
  const done = counts.solved >= counts.total;
  return (
    <span className={`kit-progress ${done ? 'kit-progress--done' : ''}`} title={text} data-progress={`${counts.solved}/${counts.total}`}>
      <span aria-hidden="true">{done ? '✓' : `${counts.solved}/${counts.total}`}</span>
      <span className="kit-sr-only"> ({text})</span>
    </span>
  );
}
