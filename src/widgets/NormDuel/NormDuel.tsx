// The same deep tanh network trained twice from the same weights, plain and normalized, in lockstep:
// both losses on one chart and each layer's weight-gradient norm beside them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NormRun } from '../../lab';
import {
  LiveLossChart, Notice, ParamControls, PlayControls, ReadOut, Stat, UrlNotices, WidgetFrame, formatNumber, useParams,
  useTrainingLoop, type LiveChartHandle,
} from '../kit';
import { NORM_PREFIX, NORM_SPECS, normSettingsOf } from './params';
import './normDuel.css';

const NORM_LABEL = { layer: 'LayerNorm', batch: 'BatchNorm1d' } as const;

interface Snapshot { step: number; plain: number; normed: number; plainGrads: number[]; normedGrads: number[] }

function snapshotOf(run: NormRun): Snapshot {
  return {
    step: run.stepCount,
    plain: run.plain.history.last,
    normed: run.normed.history.last,
    plainGrads: Array.from(run.plain.gradNorms),
    normedGrads: Array.from(run.normed.gradNorms),
  };
}

export function NormDuelView({ shareInUrl = true }: { shareInUrl?: boolean }) {
  const { store, values, notices, dismissNotices } = useParams(NORM_SPECS, { prefix: NORM_PREFIX, shareInUrl });
  const settings = useMemo(() => normSettingsOf(values), [values]);
  const frameRef = useRef<HTMLElement>(null);
  const runRef = useRef<NormRun | null>(null);
  runRef.current ??= new NormRun(settings);
  const run = runRef.current;
  const chart = useRef<LiveChartHandle>(null);
  const [snap, setSnap] = useState(() => snapshotOf(run));
  const [version, setVersion] = useState(0);
  const publish = useCallback(() => setSnap(snapshotOf(run)), [run]);
  const loop = useTrainingLoop({
    frameRef,
    step: () => {
      run.step();
      return !run.diverged;
    },
    maxStepsPerFrame: values.speed,
    draw: () => chart.current?.invalidate(),
    publish,
    check: () => (run.diverged ? 'diverged' : null),
  });

  useEffect(() => {
    const change = run.update(settings);
    if (change === 'rebuilt') {
      loop.pause();
      setVersion((v) => v + 1);
    }
    if (change) {
      chart.current?.invalidate();
      publish();
    }
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- loop.pause is left out of the dependencies: it is stable
  }, [run, settings, publish]);

  const name = NORM_LABEL[values.norm];
  const lossChart = useMemo(() => (
    <LiveLossChart handleRef={chart} logScale height={170}
      series={[{ name: 'plain', history: run.plain.history }, { name: `with ${NORM_LABEL[run.settings.norm]}`, history: run.normed.history }]} />
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- a rebuild makes new histories
  ), [run, version]);
  const maxGrad = Math.max(...snap.plainGrads, ...snap.normedGrads, 1e-12);
  const bar = (g: number) => `${Math.max(0, Math.min(100, 100 * (1 + Math.log10(g / maxGrad) / 6)))}%`;

  return (
    <WidgetFrame title="Normalization duel" frameRef={frameRef} className="norm-duel">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      <div className="norm-duel__controls"><ParamControls specs={NORM_SPECS} store={store} /></div>
      <PlayControls playing={loop.playing} onPlayPause={() => (loop.playing ? loop.pause() : loop.play())}
        onStep={() => { run.step(); chart.current?.invalidate(); publish(); }}
        onReset={() => { loop.pause(); run.reset(); setVersion((v) => v + 1); publish(); }}
        disabled={run.diverged} />
      {(run.plain.diverged || run.normed.diverged) && (
        <Notice tone={run.diverged ? 'danger' : 'warn'}>
          <p>
            {run.plain.diverged && <>The plain network diverged at step {run.plain.diverged.step} (loss {formatNumber(run.plain.diverged.loss)}) and has stopped. </>}
            {run.normed.diverged && <>The network with {name} diverged at step {run.normed.diverged.step} (loss {formatNumber(run.normed.diverged.loss)}) and has stopped. </>}
            The learning rate is too large for it: lower it, then Reset.
          </p>
        </Notice>
      )}
      <div className="kit-stats">
        <Stat label="Step" value={snap.step} />
        <Stat label="Plain loss" value={formatNumber(snap.plain)} />
        <Stat label={`Loss with ${name}`} value={formatNumber(snap.normed)} />
      </div>
      {lossChart}
      <table className="kit-table norm-duel__grads">
        <caption>Weight-gradient norm per layer at this step (bars on a log scale, six decades)</caption>
        <thead><tr><th scope="col">layer</th><th scope="col">plain</th><th scope="col">with {name}</th></tr></thead>
        <tbody>
          {snap.plainGrads.map((g, i) => (
            <tr key={i}>
              <th scope="row">{i + 1 === snap.plainGrads.length ? `${i + 1} (output)` : i + 1}</th>
              <td><span className="norm-duel__bar norm-duel__bar--plain" style={{ width: bar(g) }} /> {formatNumber(g)}</td>
              <td><span className="norm-duel__bar norm-duel__bar--norm" style={{ width: bar(snap.normedGrads[i]) }} /> {formatNumber(snap.normedGrads[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReadOut>
        <p>
          {snap.step === 0 ? 'Untrained networks (step 0).' : `Step ${snap.step}.`} Full-batch loss: plain {formatNumber(snap.plain)},
          with {name} {formatNumber(snap.normed)}. First layer's weight gradient: plain {formatNumber(snap.plainGrads[0])},
          with {name} {formatNumber(snap.normedGrads[0])}; last layer's: plain {formatNumber(snap.plainGrads[snap.plainGrads.length - 1])},
          with {name} {formatNumber(snap.normedGrads[snap.normedGrads.length - 1])}.
        </p>
      </ReadOut>
      <p className="kit-widget__caption">
        Both networks: {values.depth} hidden layers of 16 tanh units on the two-spirals data (200 points), SGD with momentum 0.9,
        the same initial weights and the same batches. Changing the normalization, depth, gain or seed starts both again.
      </p>
    </WidgetFrame>
  );
}
