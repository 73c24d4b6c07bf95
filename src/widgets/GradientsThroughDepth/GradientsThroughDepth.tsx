// Gradients through depth: the best case each activation allows (a product of slopes, next to 0.25ⁿ)
// and what a real freshly initialised network of that depth does, layer by layer, on log scales.
import { useEffect, useMemo, useState } from 'react';
import { CurveChart, ParamControls, ReadOut, WidgetFrame, formatNumber, useParams, type CurveSeries } from '../kit';
import { CHAIN_ACTIVATIONS, CHAIN_LABELS, DEPTH_PARAMS, type ChainActivation } from './params';
import { bestCaseProducts, layerSignalNorms, survivingFraction } from './chain';
import './gradientsThroughDepth.css';

const MAX_DEPTH = 30;
const ONE = [1];

/** One curve per activation (ReLU dashed), read from rows keyed by activation; missing values leave gaps. */
function activationSeries(rows: Record<string, number>[]): CurveSeries[] {
  return CHAIN_ACTIVATIONS.map((a, i) => ({
    name: CHAIN_LABELS[a], values: rows.map((r) => r[a] ?? NaN), color: `var(--series-${i + 1})`, width: 2, dash: a === 'relu' ? '6 4' : null,
  }));
}

export function bestCaseRows(depth: number) {
  const products = Object.fromEntries(CHAIN_ACTIVATIONS.map((a) => [a, bestCaseProducts(a, MAX_DEPTH)])) as Record<ChainActivation, number[]>;
  return Array.from({ length: depth }, (_, i) => {
    const row: Record<string, number> = { n: i + 1, quarter: 0.25 ** (i + 1) };
    for (const a of CHAIN_ACTIVATIONS) row[a] = products[a][i];
    return row;
  });
}

type Init = 'xavier' | 'he';
/** Signal norms already computed, per activation and setting (a real network's backward pass each). */
const signalCache = new Map<string, number[]>();
const keyOf = (a: ChainActivation, depth: number, init: Init, seed: number) => `${a}|${depth}|${init}|${seed}`;

function signalNorms(a: ChainActivation, depth: number, init: Init, seed: number): number[] {
  const key = keyOf(a, depth, init, seed);
  let norms = signalCache.get(key);
  if (!norms) {
    norms = layerSignalNorms(a, depth, init, seed);
    signalCache.set(key, norms);
  }
  return norms;
}

function rowsOf(norms: Partial<Record<ChainActivation, number[]>>, depth: number) {
  return Array.from({ length: depth + 1 }, (_, i) => {
    const row: Record<string, number> = { layer: i + 1 };
    for (const a of CHAIN_ACTIVATIONS) if (norms[a] && norms[a][i] > 0) row[a] = norms[a][i];
    return row;
  });
}

export function networkRows(depth: number, init: Init, seed: number) {
  const norms = Object.fromEntries(CHAIN_ACTIVATIONS.map((a) => [a, signalNorms(a, depth, init, seed)])) as Record<ChainActivation, number[]>;
  return { rows: rowsOf(norms, depth), norms };
}

/**
 * The real networks' signal norms, one activation per task (each is a forward and backward pass of a
 * deep network), so that no single task keeps the page busy; `done` once all four are in.
 */
function useNetworkRows(depth: number, init: Init, seed: number) {
  const key = `${depth}|${init}|${seed}`;
  const cached = () => Object.fromEntries(CHAIN_ACTIVATIONS.flatMap((a) => {
    const n = signalCache.get(keyOf(a, depth, init, seed));
    return n ? [[a, n]] : [];
  })) as Partial<Record<ChainActivation, number[]>>;
  const [state, setState] = useState(() => ({ key, norms: cached() }));
  // Right after a change of settings the state still holds the old ones: read the cache instead.
  const norms = state.key === key ? state.norms : cached();
  useEffect(() => {
    let cancelled = false;
    const have = cached();
    setState({ key, norms: have });
    const todo = CHAIN_ACTIVATIONS.filter((a) => !have[a]);
    let timer = 0;
    const next = () => {
      const a = todo.shift();
      if (cancelled || !a) return;
      const n = signalNorms(a, depth, init, seed);
      setState((prev) => (prev.key === key ? { key, norms: { ...prev.norms, [a]: n } } : prev));
      timer = window.setTimeout(next, 0);
    };
    timer = window.setTimeout(next, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- `cached` and `key` follow depth, init and seed
  }, [depth, init, seed]);
  const done = CHAIN_ACTIVATIONS.every((a) => norms[a] !== undefined);
  return { rows: rowsOf(norms, depth), norms, done };
}

export function GradientsThroughDepthView() {
  const { store, values } = useParams(DEPTH_PARAMS, { prefix: 'grad-depth' });
  const { depth, init, seed } = values;
  const best = useMemo(() => bestCaseRows(depth), [depth]);
  const net = useNetworkRows(depth, init, seed);
  const bestSeries = useMemo<CurveSeries[]>(() => [
    { name: '0.25ⁿ', values: best.map((r) => r.quarter), color: 'var(--muted)', width: 6, opacity: 0.45, dash: null },
    ...activationSeries(best),
  ], [best]);
  const netSeries = useMemo(() => activationSeries(net.rows), [net.rows]);
  const last = best[best.length - 1];
  return (
    <WidgetFrame title="Gradients through depth" className="grad-depth">
      <ParamControls specs={DEPTH_PARAMS} store={store} />
      <div className="grad-depth__charts" aria-hidden="true">
        <p className="grad-depth__chart-title">Activation factors only: the largest slope, multiplied {depth} time{depth === 1 ? '' : 's'} (log scale; above 1 grows, below 1 shrinks)</p>
        <CurveChart series={bestSeries} height={190} yScale="log" references={ONE} xRange={[1, depth]} integerX dots={depth === 1} />
        <p className="grad-depth__chart-title">Activations × weights, in a real network at initialisation: size of the backward signal δ at each layer, ‖∂L/∂b‖ (log scale; layer 1 is next to the input)</p>
        <CurveChart series={netSeries} height={200} yScale="log" xRange={[1, depth + 1]} integerX dots={depth < 12} />
      </div>
      <ReadOut>
        <p>
          Activation factors only: through {depth} layer{depth === 1 ? '' : 's'}, the largest slopes multiply a gradient by at most{' '}
          {CHAIN_ACTIVATIONS.map((a) => `${CHAIN_LABELS[a]} ${formatNumber(last[a])}`).join(', ')} (0.25ⁿ = {formatNumber(last.quarter)}).
        </p>
        {net.done ? (
          <p>
            With the weights too, in the real network ({depth} hidden layers of 16, {init === 'he' ? 'He' : 'Xavier'} initialisation, seed {seed}),
            the backward signal at the first layer is this multiple of the signal at the last layer:{' '}
            {CHAIN_ACTIVATIONS.map((a) => `${CHAIN_LABELS[a]} ${formatNumber(survivingFraction(net.norms[a]!))}`).join(', ')}.
          </p>
        ) : (
          <p>Running the real networks backward…</p>
        )}
      </ReadOut>
    </WidgetFrame>
  );
}
