// Two table cells for a training run in a results table: its loss (or the step it diverged at) and
// its accuracy (a dash once diverged).
import { formatNumber, formatPercent } from './params';

export interface RunOutcome {
  diverged: { step: number } | null;
  loss: number;
  accuracy(): number;
}

export function RunOutcomeCells({ run }: { run: RunOutcome }) {
  return (
    <>
      <td>{run.diverged ? `diverged at step ${run.diverged.step}` : formatNumber(run.loss)}</td>
      <td>{run.diverged ? '—' : formatPercent(run.accuracy())}</td>
    </>
  );
}
