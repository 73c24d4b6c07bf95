// Decision regions of the Iris network over petal length × petal width, with the sepal measurements
// held at their training means. Train it and watch the three regions form around the 150 flowers.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  IRIS_CLASSES, IRIS_DEFAULTS, IRIS_DEFAULT_STEPS, IrisRun, petalRegions, petalSliceClasses, predictAll,
} from '../../lab';
import { Notice, ParamControls, PlayControls, ReadOut, Stat, UrlNotices, WidgetFrame, useParams, useTrainingLoop, type ParamValues } from '../kit';
import { REGIONS_PREFIX, REGIONS_SPECS } from './params';
import { RegionLegend, RegionPlot, type PlotFlower, type RegionPlotHandle } from './RegionPlot';
import './irisRegions.css';

export const GRID = 70;

export interface IrisRegionsProps {
  initial?: Partial<ParamValues<typeof REGIONS_SPECS>>;
  shareInUrl?: boolean;
}

interface Summary { step: number; trainAccuracy: number; testAccuracy: number; wrongTest: number[]; offSlice: number; share: number[] }

function summarise(run: IrisRun, classes: Int32Array): Summary {
  const predicted = predictAll(run), slice = petalSliceClasses(run);
  const testSet = new Set(run.split.test);
  const wrongTest: number[] = [];
  let offSlice = 0;
  for (let i = 0; i < predicted.length; i++) {
    if (testSet.has(i) && predicted[i] !== run.data.labels[i]) wrongTest.push(i);
    if (slice[i] !== run.data.labels[i]) offSlice++;
  }
  const share = [0, 0, 0];
  for (const c of classes) if (c >= 0) share[c] += 1 / classes.length;
  return { step: run.stepCount, trainAccuracy: run.latest.trainAccuracy, testAccuracy: run.latest.testAccuracy, wrongTest, offSlice, share };
}

export function IrisRegionsView({ initial, shareInUrl = true }: IrisRegionsProps) {
  const { store, values, notices, dismissNotices } = useParams(REGIONS_SPECS, { prefix: REGIONS_PREFIX, shareInUrl, initial });
  const settings = useMemo(() => ({ ...IRIS_DEFAULTS, hidden: values.hidden, seed: values.seed }), [values.hidden, values.seed]);
  const runRef = useRef<IrisRun | null>(null);
  runRef.current ??= new IrisRun(settings);
  const run = runRef.current;
  const frameRef = useRef<HTMLElement>(null);
  const plot = useRef<RegionPlotHandle>(null);
  const classes = useRef(new Int32Array(GRID * GRID));
  const confidence = useRef(new Float64Array(GRID * GRID));
  const [summary, setSummary] = useState<Summary>(() => summarise(run, classes.current));
  const [version, setVersion] = useState(0);

  const draw = useCallback(() => {
    petalRegions(run, GRID, classes.current, confidence.current);
    plot.current?.paint(classes.current, confidence.current);
  }, [run]);
  const publish = useCallback(() => setSummary(summarise(run, classes.current)), [run]);
  const loop = useTrainingLoop({
    frameRef,
    step: () => {
      run.step();
      return !run.diverged && run.stepCount !== IRIS_DEFAULT_STEPS;
    },
    maxStepsPerFrame: values.speed,
    draw,
    publish,
    check: () => (run.diverged ? 'diverged' : run.stepCount === IRIS_DEFAULT_STEPS ? 'checkpoint' : null),
  });
  const { pause } = loop;

  useEffect(() => {
    if (run.update(settings) === 'rebuilt') {
      pause();
      setVersion((v) => v + 1);
    }
    draw();
    publish();
  }, [run, settings, draw, publish, pause]);

  const flowers: PlotFlower[] = useMemo(() => {
    const test = new Set(run.split.test);
    return Array.from(run.data.labels, (species, i) => ({ length: run.data.features[4 * i + 2], width: run.data.features[4 * i + 3], species, test: test.has(i) }));
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- the split changes exactly when the version does
  }, [run, version]);
  const picture = useMemo(() => (
    <RegionPlot resolution={GRID} flowers={flowers} handleRef={plot}
      label="Decision regions of the network over petal length and petal width, with the 150 flowers; details in the read-out below" />
  ), [flowers]);
  const [sl, sw] = run.trainMeans();
  const controls = useMemo(() => <ParamControls specs={REGIONS_SPECS} store={store} />, [store]);

  return (
    <WidgetFrame title="Iris decision regions" frameRef={frameRef} className="iris-regions">
      <UrlNotices notices={notices} onDismiss={dismissNotices} />
      {controls}
      <PlayControls playing={loop.playing} disabled={run.diverged !== null}
        onPlayPause={() => (loop.playing ? pause() : loop.play())}
        onStep={() => { run.step(); draw(); publish(); }}
        onReset={() => { pause(); run.reset(); draw(); publish(); }} />
      {loop.stopped === 'checkpoint' && summary.step === IRIS_DEFAULT_STEPS && (
        <Notice tone="info"><p>Paused at step {IRIS_DEFAULT_STEPS}, where the chapter reads its numbers. Press Play to train on.</p></Notice>
      )}
      <div className="iris-regions__body">
        <figure className="iris-regions__figure">
          {picture}
          <figcaption className="kit-help">
            Sepal length and width held at their training means, {sl.toFixed(2)} cm and {sw.toFixed(2)} cm. Shade: the
            species the network predicts there, stronger where it is surer.
          </figcaption>
          <RegionLegend />
        </figure>
        <div>
          <div className="kit-stats">
            <Stat label="Step" value={summary.step} />
            <Stat label="Train accuracy" value={`${(100 * summary.trainAccuracy).toFixed(1)} %`} />
            <Stat label="Test accuracy" value={`${(100 * summary.testAccuracy).toFixed(1)} %`} />
          </div>
          <ReadOut><p>{regionsText(summary, run)}</p></ReadOut>
        </div>
      </div>
    </WidgetFrame>
  );
}

export function regionsText(s: Summary, run: IrisRun): string {
  const shares = IRIS_CLASSES.map((c, k) => `${c} ${Math.round(100 * s.share[k])} %`).join(', ');
  const wrong = s.wrongTest.length === 0
    ? 'every test flower is classified correctly'
    : `misclassified test flowers: ${s.wrongTest.map((i) => `no. ${i + 1} (${IRIS_CLASSES[run.data.labels[i]]}, petal ${run.data.features[4 * i + 2]} × ${run.data.features[4 * i + 3]} cm)`).join('; ')}`;
  return `Step ${s.step}. Area of the picture per predicted species: ${shares}. ` +
    `With all four measurements, ${wrong}. In this two-feature slice, ${s.offSlice} of 150 flowers lie in a region of another species.`;
}
