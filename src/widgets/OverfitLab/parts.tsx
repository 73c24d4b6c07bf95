// Pieces of the overfit lab's view: the early-stop notice, the "what changed" line and the read-out
// sentence (the divergence notice is the kit's, shared with the XOR lab).
import { Notice, formatNumber, formatPercent } from '../kit';
import { PATIENCE, type EarlyStop, type OverfitChange, type OverfitSettings } from '../../lab';
import type { OverfitSnapshot } from './useOverfitRun';

export function StoppedNotice({ s }: { s: EarlyStop }) {
  return (
    <Notice tone="ok">
      <p>
        <strong>Early stopping at step {s.step}:</strong> the validation loss has not beaten its best,{' '}
        {formatNumber(s.bestLoss)} at step {s.bestStep}, for {PATIENCE} steps. The network is back at the weights of
        step {s.bestStep}; the picture and the numbers show those. Switch early stopping off to train on from there.
      </p>
    </Notice>
  );
}

export function changeText(changes: readonly OverfitChange[], s: OverfitSettings, step: number): string {
  if (changes.includes('rebuilt')) return 'New seed: new points, a new split and new initial weights; training starts again from step 0.';
  const parts: string[] = [];
  if (changes.includes('dropout')) parts.push(`Dropout p = ${formatNumber(s.dropout)} from step ${step} on; the weights are kept.`);
  if (changes.includes('optimizer')) parts.push(`Penalty λ = ${formatNumber(s.decay)} from step ${step} on; the weights are kept, the optimizer's running averages start afresh.`);
  if (changes.includes('lr')) parts.push(`Learning rate ${formatNumber(s.lr)} from the next step.`);
  if (changes.includes('earlyStop')) parts.push(s.earlyStop ? 'Early stopping is on.' : 'Early stopping is off.');
  return parts.join(' ');
}

export function readOutText(s: OverfitSnapshot): string {
  const head = s.step === 0 ? 'Untrained network (step 0).' : `Step ${s.step}.`;
  return `${head} Training loss ${formatNumber(s.trainLoss)}, validation loss ${formatNumber(s.validationLoss)}, `
    + `gap ${formatNumber(s.validationLoss - s.trainLoss)}. Accuracy ${formatPercent(s.trainAccuracy)} on the training points, `
    + `${formatPercent(s.validationAccuracy)} on the validation points. Lowest validation loss so far ${formatNumber(s.best.loss)} at step ${s.best.step}.`;
}
