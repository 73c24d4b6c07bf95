// Histograms of the values entering each layer's tanh, for the plain deep network and the same
// network with a normalization layer, updating while both train.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { HIST_BINS, HIST_RANGE, NormRun, fractionBeyond, histogram, meanStd } from '../../lab';
import { ParamControls, PlayControls, ReadOut, WidgetFrame, useParams, useTrainingLoop } from '../kit';
import { HIST_SPECS, histSettingsOf } from './params';
import './normHistograms.css';

interface LayerView { counts: Float64Array; std: number; saturated: number }
interface Snapshot { step: number; plain: LayerView[]; normed: LayerView[] }

function viewOf(values: Float64Array): LayerView {
  return { counts: histogram(values), std: meanStd(values).std, saturated: fractionBeyond(values, 2) };
}
function snapshotOf(run: NormRun): Snapshot {
  return { step: run.stepCount, plain: run.plain.inputs.map(viewOf), normed: run.normed.inputs.map(viewOf) };
}

function Histogram({ v, kind }: { v: LayerView; kind: 'plain' | 'norm' }) {
  const max = Math.max(...v.counts, 1);
  const w = 100 / HIST_BINS;
  return (
    <svg className="norm-hist__svg" viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true">
      <line x1={50} x2={50} y1={0} y2={40} className="norm-hist__axis" vectorEffect="non-scaling-stroke" />
      {Array.from(v.counts, (c, i) => (
        <rect key={i} x={i * w + 0.3} width={w - 0.6} y={40 - (38 * c) / max} height={(38 * c) / max} className={`norm-hist__bin norm-hist__bin--${kind}`} />
      ))}
    </svg>
  );
}

const pct = (f: number) => `${Math.round(100 * f)} %`;

export function NormHistogramsView() {
  const { store, values } = useParams(HIST_SPECS, { prefix: 'hist', shareInUrl: true });
  const settings = useMemo(() => histSettingsOf(values), [values]);
  const frameRef = useRef<HTMLElement>(null);
  const runRef = useRef<NormRun | null>(null);
  runRef.current ??= new NormRun(settings);
  const run = runRef.current;
  const [snap, setSnap] = useState(() => snapshotOf(run));
  const publish = useCallback(() => setSnap(snapshotOf(run)), [run]);
  const loop = useTrainingLoop({
    frameRef,
    step: () => { run.step(); return !run.diverged; },
    maxStepsPerFrame: 2,
    publish,
    snapshotEveryMs: 150,
    check: () => (run.diverged ? 'diverged' : null),
  });
  useEffect(() => {
    if (run.update(settings) === 'rebuilt') loop.pause();
    publish();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- loop.pause is left out of the dependencies: it is stable
  }, [run, settings, publish]);
  const name = values.norm === 'layer' ? 'LayerNorm' : 'BatchNorm1d';

  return (
    <WidgetFrame title="Activation histograms per layer" frameRef={frameRef} className="norm-hist">
      <div className="norm-hist__controls"><ParamControls specs={HIST_SPECS} store={store} /></div>
      <PlayControls playing={loop.playing} onPlayPause={() => (loop.playing ? loop.pause() : loop.play())}
        onStep={() => { run.step(); publish(); }} onReset={() => { loop.pause(); run.reset(); publish(); }} disabled={run.diverged} />
      <p className="kit-help">Step {snap.step}. Each row is one hidden layer; each picture shows how the values entering its tanh
        are spread over −{HIST_RANGE} … {HIST_RANGE} (the centre line is 0; values beyond go in the end bins).</p>
      <table className="kit-table norm-hist__table">
        <thead><tr><th scope="col">layer</th><th scope="col">plain</th><th scope="col">with {name}</th></tr></thead>
        <tbody>
          {snap.plain.map((p, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <td><Histogram v={p} kind="plain" /><span className="norm-hist__num">std {p.std.toPrecision(2)}</span></td>
              <td><Histogram v={snap.normed[i]} kind="norm" /><span className="norm-hist__num">std {snap.normed[i].std.toPrecision(2)}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReadOut>
        <p>
          {snap.step === 0 ? 'Untrained (step 0).' : `Step ${snap.step}.`} Spread (standard deviation) of the values entering tanh, layer by layer:
          plain {snap.plain.map((p) => p.std.toPrecision(2)).join(', ')}; with {name} {snap.normed.map((p) => p.std.toPrecision(2)).join(', ')}.
          Share beyond ±2 (where tanh is nearly flat): plain {snap.plain.map((p) => pct(p.saturated)).join(', ')};
          with {name} {snap.normed.map((p) => pct(p.saturated)).join(', ')}.
        </p>
      </ReadOut>
    </WidgetFrame>
  );
}
