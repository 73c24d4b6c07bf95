// Pieces of the XOR lab's view: the predictions table, the "what changed" line and the read-out
// sentence (the divergence notice is the kit's, shared with the overfit lab).
import { activationLabel, formatNumber, formatPercent } from '../kit';
import { predictedClass, type Dataset, type RunSettings, type SettingsChange } from '../../lab';

function classText(p: number): string {
  const c = predictedClass(p);
  return c === null ? 'undecided' : String(c);
}

/** The four rows of the truth table: inputs, target, the network's probability and its answer. */
export function PredictionsTable({ data, predictions }: { data: Dataset; predictions: readonly number[] }) {
  return (
    <table className="kit-table xor-lab__table">
      <caption>Predictions next to targets</caption>
      <thead>
        <tr><th scope="col">x₁</th><th scope="col">x₂</th><th scope="col">target</th><th scope="col">p(1)</th><th scope="col">says</th></tr>
      </thead>
      <tbody>
        {Array.from({ length: data.n }, (_, i) => {
          const p = predictions[i] ?? Number.NaN;
          const right = predictedClass(p) === data.targets[i];
          return (
            <tr key={i}>
              <td>{data.inputs[2 * i]}</td>
              <td>{data.inputs[2 * i + 1]}</td>
              <td>{data.targets[i]}</td>
              <td>{Number.isFinite(p) ? p.toFixed(3) : '—'}</td>
              <td className={right ? 'xor-lab__right' : 'xor-lab__wrong'}>{classText(p)} {right ? '✓' : '✗'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** One sentence on what the last change of a setting did to the run; `step` is the step at which it
 *  happened (not the live counter, which moves on while training continues). */
export function changeText(changes: readonly SettingsChange[], s: RunSettings, step: number): string {
  if (changes.includes('rebuilt')) return 'New network: the data, the width, the seed or the loss changed, so training starts again from step 0.';
  const parts: string[] = [];
  if (changes.includes('activation')) parts.push(`Activation is now ${activationLabel(s.activation)}: the weights learnt so far are kept and training continues from there (the change came at step ${step}).`);
  if (changes.includes('optimizer')) parts.push('New optimizer: the weights are kept; its running averages start afresh.');
  if (changes.includes('lr')) parts.push(`Learning rate ${formatNumber(s.lr)} is used from the next step on.`);
  return parts.join(' ');
}

export function readOutText(step: number, loss: number, accuracy: number, data: Dataset, predictions: readonly number[]): string {
  const head = `${step === 0 ? 'Untrained network (step 0)' : `Step ${step}`}. Loss ${formatNumber(loss)}.`;
  const acc = `Accuracy ${formatPercent(accuracy)} (${Math.round(accuracy * data.n)} of ${data.n} points).`;
  if (data.n > 4) return `${head} ${acc}`;
  const rows = Array.from({ length: data.n }, (_, i) =>
    `(${data.inputs[2 * i]}, ${data.inputs[2 * i + 1]}) target ${data.targets[i]}, p ${(predictions[i] ?? Number.NaN).toFixed(2)}`);
  return `${head} ${acc} ${rows.join('; ')}.`;
}
