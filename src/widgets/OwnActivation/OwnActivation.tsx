// "Your own activation": the reader types f(x); the engine builds it from its ops and derives f′ by
// running backward, the plot shows both, and every lab on the page can train with it as "yours".
import { useEffect, useMemo } from 'react';
import { Notice, ParamControl, ReadOut, Stat, WidgetFrame, formatNumber, useParams } from '../kit';
import { PARAMETER_SLOTS, READER_PREFIX, bindParameters, judgeFormula, pointAt, readerActivation, setReaderActivation, type Curve } from '../../lab';
import { OWN_PARAMS } from './params';
import { CurvePlot } from './CurvePlot';
import './ownActivation.css';

/** The value nearest x = 0 of a sampled series (the curves are sampled at x = 0 exactly). */
function atZero(curve: Curve, series: Float64Array): number {
  let best = 0;
  for (let i = 1; i < curve.xs.length; i++) if (Math.abs(curve.xs[i]) < Math.abs(curve.xs[best])) best = i;
  return series[best];
}

function extent(series: Float64Array): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of series) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  return [lo, hi];
}

export function OwnActivationView() {
  const { store, values, notices, dismissNotices } = useParams(OWN_PARAMS, { prefix: READER_PREFIX, shareInUrl: true });
  const { formula } = values;
  const parameterValues = [values.p1, values.p2, values.p3];
  const { names, result } = useMemo(() => {
    // Parameters are named by the formula (β, k…) and take the sliders' values in order of appearance.
    const bound = bindParameters(formula, [values.p1, values.p2, values.p3]);
    return { names: Object.keys(bound), result: judgeFormula(formula, bound) };
  }, [formula, values.p1, values.p2, values.p3]);

  useEffect(() => {
    if (result.ok) setReaderActivation(result.activation);
  }, [result]);

  const lastGood = result.ok ? null : readerActivation();
  const curve = result.curve;
  return (
    <WidgetFrame title="Your own activation" className="own-act">
      {notices.length > 0 && (
        <Notice tone="warn" onDismiss={dismissNotices}>
          {notices.map((n) => <span key={n}>{n} </span>)}
        </Notice>
      )}
      <div className="kit-layout">
        <div>
          <ParamControl specs={OWN_PARAMS} store={store} name="formula" />
          {names.map((name, i) => (
            <ParamControl key={name} specs={OWN_PARAMS} store={store} name={PARAMETER_SLOTS[i]} label={`Parameter ${name}`} />
          ))}
          {result.ok && (
            <div className="kit-stats">
              <Stat label="f(0)" value={formatNumber(atZero(result.curve, result.curve.f))} />
              <Stat label="f′(0)" value={formatNumber(atZero(result.curve, result.curve.df))} />
            </div>
          )}
        </div>
        <div>
          {curve ? <CurvePlot curve={curve} /> : <p className="kit-help">Nothing to plot until the formula parses.</p>}
          <p className="own-act__key" aria-hidden="true">
            <span className="own-act__swatch" />f(x)
            <span className="own-act__swatch own-act__swatch--df" />f′(x), from the engine's backward pass
          </p>
        </div>
      </div>
      {!result.ok && (
        <div role="alert">
          {result.error ? <pre className="own-act__error">{pointAt(formula, result.error)}</pre> : <p className="own-act__error">{result.message}</p>}
          {lastGood && <p className="kit-help">The labs keep training with your last working formula, f(x) = {lastGood.formula}.</p>}
        </div>
      )}
      <ReadOut>
        {result.ok ? <p>{describe(formula, names, parameterValues, result.curve)}</p> : <p>The formula cannot be used yet: {result.message}</p>}
      </ReadOut>
    </WidgetFrame>
  );
}

function describe(formula: string, names: string[], values: number[], curve: Curve): string {
  const [fLo, fHi] = extent(curve.f), [dLo, dHi] = extent(curve.df);
  const bound = names.map((n, i) => `${n} = ${formatNumber(values[i])}`).join(', ');
  return `f(x) = ${formula}${bound ? ` with ${bound}` : ''}. On −5 … 5, f runs from ${formatNumber(fLo)} to ${formatNumber(fHi)} and its slope f′ from ${formatNumber(dLo)} to ${formatNumber(dHi)}; at 0, f = ${formatNumber(atZero(curve, curve.f))} and f′ = ${formatNumber(atZero(curve, curve.df))}. The XOR lab and the activation race offer it as "yours".`;
}
