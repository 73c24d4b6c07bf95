// Adam's first 20 steps under a lens: the buffers m and v, their corrected versions m̂ and v̂, and the
// size of each step with the correction on and off. Everything comes from two engine Adam optimizers
// (one with biasCorrection: false) fed the same gradients; m and v are read with opt.stateOf(θ).
import { useMemo } from 'react';
import { traceMoments, DEFAULT_MOMENTS, uncorrectedRatio } from '../../lab';
import { ParamControls, ReadOut, UrlNotices, WidgetFrame, formatNumber, useParams, type ParamValues } from '../kit';
import { LENS_PREFIX, LENS_SPECS } from './params';
import { StepChart } from './StepChart';
import './biasCorrectionLens.css';

const LR = DEFAULT_MOMENTS.lr;
const STEPS = 20;

/** Three significant digits; powers of ten outside 0.001 … 10⁴. */
function fmt(v: number): string {
  if (!Number.isFinite(v) || v === 0) return formatNumber(v);
  const r = Number(v.toPrecision(3)), a = Math.abs(r);
  return a >= 1e-3 && a < 1e4 ? String(r) : r.toExponential(2).replace('e+', 'e');
}

export function BiasCorrectionLensView(props: { initial?: Partial<ParamValues<typeof LENS_SPECS>>; shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(LENS_SPECS, { prefix: LENS_PREFIX, shareInUrl: props.shareInUrl ?? true, initial: props.initial });
  const beta2 = Number(values.beta2);
  const rows = useMemo(
    () => traceMoments({ ...DEFAULT_MOMENTS, scale: values.scale, noise: values.noise, beta1: values.beta1, beta2, steps: STEPS }),
    [values.scale, values.noise, values.beta1, beta2],
  );
  const on = rows.map((r) => r.stepOn / LR), off = rows.map((r) => r.stepOff / LR);
  const first = rows[0];
  const peak = off.reduce((best, v, i) => (v > off[best] ? i : best), 0);
  const c = values.correction;
  return (
    <WidgetFrame title="Bias-correction lens" className="lens">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <div className="lens__controls"><ParamControls specs={LENS_SPECS} store={store} /></div>
      <p className="kit-help lens__note">
        One weight, loss g·θ, so its gradient is g at every step (plus noise if you ask for it). Adam with η = {LR}, ε = 10⁻⁸.
        Chart: the size of each step divided by η, with the correction (solid) and without it (dashed).
      </p>
      <StepChart on={on} off={off} emphasis={c ? 'on' : 'off'} />
      <ReadOut>
        <p className="lens__summary">
          {c
            ? <>With bias correction, step 1 moves θ by {fmt(first.stepOn)}, which is {fmt(on[0])} × η: m̂₁ = g and v̂₁ = g², so the step is η·g/|g| whatever the size of g.</>
            : <>Without bias correction, step 1 moves θ by {fmt(first.stepOff)}, which is {fmt(off[0])} × η; the largest of the first {STEPS} steps is step {peak + 1}, at {fmt(off[peak])} × η. {values.noise === 0 && <>The formula (1 − β₁ᵗ)/√(1 − β₂ᵗ) gives {fmt(uncorrectedRatio(1, values.beta1, beta2))} for t = 1.</>}</>}
        </p>
      </ReadOut>
      <div className="lens__tablewrap" tabIndex={0} role="region" aria-label="Adam's buffers, step by step">
        <table className="kit-table lens__table">
          <caption>Adam's buffers after each step, and how far θ moved (in units of η = {LR})</caption>
          <thead>
            <tr>
              <th scope="col">t</th><th scope="col">g</th><th scope="col">m</th><th scope="col">v</th>
              <th scope="col" className={c ? 'lens__hl' : ''}>m̂</th><th scope="col" className={c ? 'lens__hl' : ''}>v̂</th>
              <th scope="col" className={c ? 'lens__hl' : ''}>step ÷ η, on</th><th scope="col" className={c ? '' : 'lens__hl'}>step ÷ η, off</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.t}>
                <td>{r.t}</td><td>{fmt(r.g)}</td><td>{fmt(r.m)}</td><td>{fmt(r.v)}</td>
                <td className={c ? 'lens__hl' : ''}>{fmt(r.mHat)}</td><td className={c ? 'lens__hl' : ''}>{fmt(r.vHat)}</td>
                <td className={c ? 'lens__hl' : ''}>{fmt(on[i])}</td><td className={c ? '' : 'lens__hl'}>{fmt(off[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </WidgetFrame>
  );
}
