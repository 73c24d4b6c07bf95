// f(x) and f′(x) of nine activations on one chart, both computed by the engine (forward, then
// backward through the real autograd). Flat stretches, where gradients die, are shaded.
import { useMemo } from 'react';
import type { ActivationName } from '../../engine';
import { CurveChart, Exercise, ParamControls, ReadOut, Stat, WidgetFrame, activationLabel, useParams, type CurveBand, type CurveSeries } from '../kit';
import { EXPLORER_PARAMS } from './params';
import { FLAT_TEXT, activationCurve, describeRegions, flatRegions, fmt, probeActivation, type FlatKind } from './curves';
import { FORMULAS } from './formulas';
import { PrerenderedTex } from './Tex';
import './activationExplorer.css';

const X_RANGE: [number, number] = [-5, 5];
const SHADE: Record<FlatKind, string> = { dead: 'var(--danger)', saturated: 'var(--warn)', turning: 'var(--accent)', small: 'var(--muted)' };

/** What the probe's slope means for a gradient passing back through x. */
function slopeNote(df: number, kind: FlatKind | undefined): string {
  if (df === 0) return ' (dead: no gradient flows back through here).';
  if (kind === 'saturated') return ' (saturated tail: almost no gradient flows back).';
  if (kind === 'turning') return ' (a turning point: the slope crosses 0 here and is steep again on both sides).';
  if (kind === 'small') return ' (small but not zero: gradients shrink here but still flow back).';
  return '.';
}
const Y_RANGE: [number, number] = [-1.5, 3];
const X_TICKS = [-4, -2, 0, 2, 4];
const Y_TICKS = [-1, 0, 1, 2, 3];
const ZERO = [0];

/** The GELU exercise: a point where GELU is negative and (nearly) flat, its minimum near x ≈ −0.75. */
export function isGeluValley(activation: string, f: number, df: number): boolean {
  return activation === 'gelu' && f < -0.1 && Math.abs(df) < 0.02;
}

export function ActivationExplorerView(props: { activation?: ActivationName }) {
  const { store, values } = useParams(EXPLORER_PARAMS, {
    prefix: 'act',
    initial: props.activation ? { activation: props.activation } : undefined,
  });
  const { activation, probe } = values;
  const curve = useMemo(() => activationCurve(activation, X_RANGE[0], X_RANGE[1]), [activation]);
  const regions = useMemo(() => flatRegions(curve), [curve]);
  const at = useMemo(() => probeActivation(activation, probe), [activation, probe]);
  const series = useMemo<CurveSeries[]>(() => [
    { name: 'f(x)', values: curve.f, dash: null },
    { name: 'f′(x) (from backward)', values: curve.df, width: 2, dash: '6 3' },
  ], [curve]);
  const bands = useMemo<CurveBand[]>(() => regions.map((r) => ({ from: r.from, to: r.to, color: SHADE[r.kind] })), [regions]);
  const probeMark = useMemo(() => [probe], [probe]);
  const formula = FORMULAS[activation];
  const name = activationLabel(activation);
  const flatHere = Math.abs(at.df) < 0.05;
  const kindHere = regions.find((r) => probe >= r.from - 1e-9 && probe <= r.to + 1e-9)?.kind;
  return (
    <WidgetFrame title="Activation explorer" className="act-explorer">
      <div className="kit-layout">
        <div>
          <ParamControls specs={EXPLORER_PARAMS} store={store} />
          <div className="kit-stats">
            <Stat label="f(x)" value={fmt(at.f, 4)} />
            <Stat label="f′(x)" value={fmt(at.df, 4)} tone={at.df === 0 ? 'danger' : flatHere ? 'warn' : undefined} />
          </div>
        </div>
        <div>
          <div className="act-explorer__formula">
            <PrerenderedTex source={formula.f} />
            <PrerenderedTex source={formula.df} />
          </div>
          <div className="act-explorer__chart" aria-hidden="true">
            <CurveChart series={series} height={230} xRange={X_RANGE} yRange={Y_RANGE} xTicks={X_TICKS} yTicks={Y_TICKS}
              references={ZERO} bands={bands} xMarks={probeMark} clip />
          </div>
          <p className="act-explorer__key">
            Shaded where |slope| &lt; 0.05:{' '}
            {(Object.keys(SHADE) as FlatKind[]).map((k) => (
              <span key={k} className="act-explorer__keyitem">
                <span className="act-explorer__swatch" style={{ background: `color-mix(in srgb, ${SHADE[k]} 30%, transparent)` }} /> {FLAT_TEXT[k]}
              </span>
            ))}
          </p>
        </div>
      </div>
      <ReadOut>
        <p>
          {name} at x = {fmt(probe, 2)}: f(x) = {fmt(at.f, 4)}, slope f′(x) = {fmt(at.df, 4)}
          {flatHere ? slopeNote(at.df, kindHere) : '.'}{' '}
          {describeRegions(regions)}
        </p>
      </ReadOut>
      <Exercise
        title="GELU's valley"
        solved={isGeluValley(activation, at.f, at.df)}
        hint="Choose GELU, then move the probe into the negative x values where the curve dips below zero. Watch f′(x)."
        solvedText="Right: near x ≈ −0.75 GELU reaches its lowest value, about −0.17, so its slope crosses zero there. That is a turning point, not saturation: a step to either side and the slope is back."
      >
        <p>Find an x where GELU is below −0.1 and its slope is zero (|f′(x)| &lt; 0.02). Far out on the left does not count: there GELU is only a hair below zero.</p>
      </Exercise>
    </WidgetFrame>
  );
}
