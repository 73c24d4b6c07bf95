// Chapter 4's loss landscape: the loss of F̂ = w·C + b over the (w, b) plane, a point the reader
// drags (or moves with the sliders), and the same point's errors drawn on the data.
import { useMemo } from 'react';
import { Exercise, ParamControls, ReadOut, Stat, WidgetFrame, useParams } from '../kit';
import { DESCENT_PARAMS, LANDSCAPE_PARAMS } from './params';
import { descentPath } from './descent';
import { DOMAIN, dataset, lossAt, lossGrid, snap } from './landscape';
import { LandscapeMap } from './LandscapeMap';
import { DataPlot } from './DataPlot';
import './lossLandscape.css';

const GRID = 72;
const fmt = (v: number) => String(Number(v.toFixed(2)));
/** Losses shown whole where they are whole (11794, not 1.2e4). */
const fmtLoss = (v: number) => (Math.abs(v) < 1e-9 ? '0' : String(Number(v.toPrecision(6))));

export function LossLandscapeView(props: { exercise?: boolean; shareInUrl?: boolean; initial?: { w?: number; b?: number; data?: 'two' | 'six' }; descent?: boolean }) {
  const { store, values } = useParams(LANDSCAPE_PARAMS, { prefix: 'll', shareInUrl: props.shareInUrl ?? true, initial: props.initial });
  const descent = useParams(DESCENT_PARAMS, { prefix: 'lld', shareInUrl: false });
  const data = dataset(values.data);
  const grid = useMemo(() => lossGrid(dataset(values.data), values.loss, DOMAIN, GRID), [values.data, values.loss]);
  const at = lossAt(data, values.w, values.b, values.loss);
  const name = values.loss === 'mse' ? 'MSE' : 'MAE';
  const d = descent.values;
  const path = useMemo(
    () => (props.descent ? descentPath(dataset(values.data), { w: values.w, b: values.b }, d.lr, d.steps, d.standardise) : null),
    [props.descent, values.data, values.w, values.b, d.lr, d.steps, d.standardise],
  );
  const end = path?.[path.length - 1];
  const move = (w: number, b: number) => {
    const s = snap(w, b);
    store.getState().set('w', s.w);
    store.getState().set('b', s.b);
  };
  return (
    <WidgetFrame title="Loss landscape: every line is a point" className="ll">
      <div className="ll__controls">
        <ParamControls specs={LANDSCAPE_PARAMS} store={store} />
        {props.descent && <ParamControls specs={DESCENT_PARAMS} store={descent.store} />}
      </div>
      <div className="ll__panels">
        <div className="ll__panel">
          <h5 className="ll__h">{name} over (w, b): drag the point</h5>
          <LandscapeMap
            grid={grid}
            n={GRID}
            domain={DOMAIN}
            w={values.w}
            b={values.b}
            onMove={move}
            path={path ?? undefined}
            label={`${name} for every w from ${DOMAIN.wMin} to ${DOMAIN.wMax} and b from ${DOMAIN.bMin} to ${DOMAIN.bMax}; blue is low, orange is high. The point marks w = ${fmt(values.w)}, b = ${fmt(values.b)}.`}
          />
        </div>
        <div className="ll__panel">
          <h5 className="ll__h">The data and the line F̂ = {fmt(values.w)}·C + {fmt(values.b)}</h5>
          <DataPlot data={data} at={at} w={values.w} b={values.b} kind={values.loss} />
        </div>
      </div>
      <ReadOut>
        <div className="kit-stats">
          <Stat label="w" value={fmt(values.w)} />
          <Stat label="b" value={fmt(values.b)} />
          <Stat label={name} value={fmtLoss(at.loss)} tone={at.loss < 1 ? 'ok' : undefined} />
        </div>
        {path && end && (
          <p className="ll__descent">
            {Number.isFinite(end.loss)
              ? `Gradient descent from this point, ${path.length - 1} steps at η = ${d.lr}${d.standardise ? ' on standardised inputs' : ''}: it ends at w = ${fmt(end.w)}, b = ${fmt(end.b)} with ${name === 'MSE' ? 'MSE' : 'MSE (descent always uses MSE)'} ${fmtLoss(end.loss)}.`
              : `Gradient descent from this point at η = ${d.lr} diverges: the loss stops being a finite number after ${path.length - 1} steps. The path leaves the map.`}
          </p>
        )}
        <p className="ll__sentence">
          Errors y − ŷ: {at.residuals.map((r) => fmt(r)).join(', ')}.{' '}
          {values.loss === 'mse'
            ? `Their squares: ${at.residuals.map((r) => fmt(r * r)).join(', ')}; mean ${fmtLoss(at.loss)}.`
            : `Their sizes: ${at.residuals.map((r) => fmt(Math.abs(r))).join(', ')}; mean ${fmtLoss(at.loss)}.`}
        </p>
      </ReadOut>
      {props.exercise && (
        <Exercise
          title="reach the bottom of the valley"
          solved={at.loss < 1}
          solvedText={`Loss ${fmtLoss(at.loss)} at w = ${fmt(values.w)}, b = ${fmt(values.b)}: the line now runs through the points.`}
          hint="Drag along the dark valley rather than straight at it. Near the bottom, finish with the sliders: arrow keys move w by 0.01 and b by 0.5."
        >
          <p>Move the point until the loss drops below 1.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
