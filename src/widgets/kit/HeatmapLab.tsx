// What the heatmap labs (the XOR lab, the overfit lab) show alike besides their run (useHeatmapRun):
// one page layout (the kit-lab__ classes of heatmapLab.css), the key to the picture's shade, a
// checkbox for a view option, and the notice for a run that diverged with its one-click way out.
import type { ReactNode } from 'react';
import type { Divergence } from '../../lab';
import { Notice } from './WidgetFrame';
import { formatNumber } from './params';
import './heatmapLab.css';

/** The first sentence of a heatmap's caption: what the shade means, with the two colours as keys. */
export function ShadeKey() {
  return (
    <>
      Shade: the network's probability of class 1 (<span className="kit-lab__key kit-lab__key--pos" /> class 1,{' '}
      <span className="kit-lab__key kit-lab__key--neg" /> class 0).
    </>
  );
}

/** A checkbox that changes what a lab shows (not how it trains). */
export function ViewOption(props: { checked: boolean; onChange(checked: boolean): void; children: ReactNode }) {
  return (
    <label className="kit-lab__check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} /> {props.children}
    </label>
  );
}

/** Says that and why training stopped, and offers a smaller learning rate from the same initial weights. */
export function DivergenceNotice(props: { d: Divergence; lr: number; lowerTo: number; onLower(): void; lossName?: string }) {
  const { d, lr, lowerTo, onLower } = props;
  const loss = props.lossName ?? 'loss';
  const what = d.reason === 'not-finite'
    ? <>the {loss} became <strong>{String(d.loss)}</strong> (a number overflowed, so the weights are no longer numbers)</>
    : <>the {loss} jumped to <strong>{formatNumber(d.loss)}</strong>, more than ten times its starting value of {formatNumber(d.startLoss)}</>;
  return (
    <Notice tone="danger">
      <p>
        <strong>Training diverged at step {d.step}:</strong> {what}. With a learning rate of {formatNumber(lr)}{' '}
        each step overshoots the valley it is aiming for, and training has been paused.
      </p>
      <button type="button" className="kit-button" onClick={onLower}>
        Lower the learning rate and reset
      </button>{' '}
      <span className="kit-help">(to {formatNumber(lowerTo)}, back to the same initial weights)</span>
    </Notice>
  );
}
