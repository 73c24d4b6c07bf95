// A live loss chart for curves that grow while training runs, drawn on a canvas: axes, ticks and
// lines in one pass of at most a few thousand points, no chart library and no React render per
// update. The widget hands it bounded histories (src/lab BoundedHistory or anything with `version`
// and `read`) and calls `invalidate()` from its training loop; the chart redraws at most once per
// animation frame and only when a history changed (or its size, the theme or the scale did). It
// reads only the points it draws. Colours come from --series-N; the numbers for screen readers are
// in the widgets' read-outs (the chart itself is aria-hidden).
import { useCallback, useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { formatNumber } from './params';
import { cssVar, useThemeVersion } from './themeColors';
import './liveLossChart.css';

/** What the chart draws from: a change counter and the points (e.g. the lab's BoundedHistory). */
export interface ChartHistory {
  readonly version: number;
  readonly maxPoints: number;
  read(steps: Float64Array, values: Float64Array): number;
}
export interface LiveSeries { name: string; history: ChartHistory }
export interface LiveChartHandle {
  /** Ask for a redraw in the next animation frame (no-op if nothing changed by then). */
  invalidate(): void;
}

function niceStep(span: number, count: number): number {
  const raw = span / count, mag = 10 ** Math.floor(Math.log10(raw)), r = raw / mag;
  return (r < 1.5 ? 1 : r < 3 ? 2 : r < 7 ? 5 : 10) * mag;
}

function linearTicks(lo: number, hi: number, count: number): number[] {
  const step = niceStep(hi - lo || 1, count), out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

export interface ChartScales {
  xTicks: number[];
  yTicks: number[];
  /** Step → 0..1 from the left; loss → 0..1 from the top. */
  x(step: number): number;
  y(loss: number): number;
}

/** Axes for the given series: x from 0 to the last step, y linear from 0 or logarithmic by decades. */
export function chartScales(series: readonly { steps: ArrayLike<number>; values: ArrayLike<number>; n: number }[], logScale: boolean): ChartScales {
  let maxStep = 1, lo = Infinity, hi = -Infinity;
  for (const s of series) {
    if (s.n) maxStep = Math.max(maxStep, s.steps[s.n - 1]);
    for (let i = 0; i < s.n; i++) {
      const v = s.values[i];
      if (!Number.isFinite(v) || (logScale && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo)) { lo = logScale ? 0.01 : 0; hi = 1; }
  let yTicks: number[], y: (v: number) => number;
  if (logScale) {
    const a = Math.floor(Math.log10(lo)), b = Math.max(a + 1, Math.ceil(Math.log10(hi)));
    const every = Math.ceil((b - a) / 6); // at most about six decade labels
    yTicks = [];
    for (let e = a; e <= b; e += every) yTicks.push(10 ** e);
    y = (v) => 1 - (Math.log10(v) - a) / (b - a);
  } else {
    yTicks = linearTicks(0, hi, 4);
    const top = Math.max(hi, yTicks[yTicks.length - 1]);
    y = (v) => 1 - v / top;
  }
  return { xTicks: linearTicks(0, maxStep, 4), yTicks, x: (s) => s / maxStep, y };
}

/**
 * Thins a line already placed on the canvas (x, y in CSS pixels; y NaN where the line breaks) to at
 * most two points per column of device pixels (`density` columns per CSS pixel): each column's lowest
 * and highest point, in the order they came; a break stays a break (a NaN pair in the output). It
 * draws the same picture as every point, since all of a column's points lie on the vertical stroke
 * between its extremes, at a fraction of the cost: a history holds up to 2,048 points per line, a
 * phone's plot is about 330 pixels wide, and stroking every point made each redraw of a five-line
 * chart take tens of milliseconds on a slow phone. Returns how many points it wrote to outX/outY
 * (each at least 2·n long).
 */
export function thinToColumns(x: ArrayLike<number>, y: ArrayLike<number>, n: number, density: number, outX: Float64Array, outY: Float64Array): number {
  let m = 0, col = Number.NaN, open = false, cx = 0, lo = 0, hi = 0, loAt = 0, hiAt = 0;
  const flush = () => {
    if (!open) return;
    const [a, b] = loAt <= hiAt ? [lo, hi] : [hi, lo];
    outX[m] = cx;
    outY[m++] = a;
    if (b !== a) {
      outX[m] = cx;
      outY[m++] = b;
    }
    open = false;
  };
  for (let i = 0; i < n; i++) {
    const yy = y[i];
    if (Number.isNaN(yy)) {
      flush();
      if (m > 0 && !Number.isNaN(outY[m - 1])) {
        outX[m] = Number.NaN;
        outY[m++] = Number.NaN;
      }
      continue;
    }
    const c = Math.floor(x[i] * density);
    if (!open || c !== col) {
      flush();
      open = true;
      col = c;
      cx = x[i];
      lo = hi = yy;
      loAt = hiAt = i;
    } else if (yy < lo) {
      lo = yy;
      loAt = i;
    } else if (yy > hi) {
      hi = yy;
      hiAt = i;
    }
  }
  flush();
  return m;
}

/**
 * How long the chart waits between two redraws while training plays, in ms: at least `minMs`, ten
 * times what the last redraw's script took, and four of the device's current frames. The last term
 * matters most: stroking the lines happens later, when the browser paints the canvas, out of the
 * script's sight, and on a slow phone it costs more than the script (five 600-point lines: several
 * ms of paint per redraw at 11× CPU). So a device that manages 30 frames a second redraws the chart
 * about 7 times a second, one at 60 about 15 times.
 */
export function redrawWaitMs(minMs: number, scriptMs: number, frameMs: number): number {
  return Math.max(minMs, 10 * scriptMs, 4 * frameMs);
}

const PAD = { left: 40, right: 14, top: 8, bottom: 22 };
/** Canvas pixels per CSS pixel: the screen's density, capped at 2 (a 3× phone gains little for 2.25× the pixels). */
const densityOf = () => Math.min(2, Math.max(1, typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1));

export function LiveLossChart(props: {
  series: LiveSeries[];
  logScale?: boolean;
  height?: number;
  handleRef?: Ref<LiveChartHandle>;
  /** Shortest time between two redraws while training, in ms (default 50: about 20 a second). */
  minIntervalMs?: number;
}) {
  const { series, logScale = false, height = 180 } = props;
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = useRef<string>('');
  const pending = useRef(0);
  const buffers = useRef<{ steps: Float64Array; values: Float64Array }[]>([]);
  /** Scratch for one line: its points on the canvas, then thinned to pixel columns. */
  const placed = useRef<{ x: Float64Array; y: Float64Array; tx: Float64Array; ty: Float64Array } | null>(null);
  const looks = useRef<{ theme: number; font: string; muted: string; grid: string; series: string[]; labelWidths: Map<string, number> } | null>(null);
  const theme = useThemeVersion();
  const live = useRef({ series, logScale, theme });
  live.current = { series, logScale, theme };

  const draw = useCallback((force: boolean) => {
    const el = canvas.current, wrap = box.current;
    if (!el || !wrap) return;
    const { series: ss, logScale: log, theme: t } = live.current;
    const width = wrap.clientWidth, dpr = densityOf();
    const key = `${ss.map((s) => s.history.version).join(',')}|${log}|${t}|${width}|${dpr}`;
    if (!force && key === drawn.current) return;
    const ctx = el.getContext('2d');
    if (!ctx || width <= 0) return;
    drawn.current = key;
    if (el.width !== Math.round(width * dpr) || el.height !== Math.round(height * dpr)) {
      el.width = Math.round(width * dpr);
      el.height = Math.round(height * dpr);
    }
    const data = ss.map((s, k) => {
      let b = buffers.current[k];
      if (!b || b.steps.length < s.history.maxPoints) b = buffers.current[k] = { steps: new Float64Array(s.history.maxPoints), values: new Float64Array(s.history.maxPoints) };
      return { steps: b.steps, values: b.values, n: s.history.read(b.steps, b.values) };
    });
    const sc = chartScales(data, log);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    // Fonts and colours are read from CSS once per theme, not per redraw: reading computed style
    // forces the browser to bring style up to date, which is not free while a widget updates.
    let look = looks.current;
    if (look?.theme !== t) {
      look = looks.current = {
        theme: t,
        font: `12px ${getComputedStyle(wrap).fontFamily || 'sans-serif'}`,
        muted: cssVar('--muted') || '#666',
        grid: cssVar('--border') || '#ccc',
        series: Array.from({ length: 6 }, (_, k) => cssVar(`--series-${k + 1}`) || '#0072b2'),
        labelWidths: new Map(),
      };
    }
    ctx.font = look.font;
    const labelWidth = (text: string) => {
      let v = look.labelWidths.get(text);
      if (v === undefined) {
        v = ctx.measureText(text).width;
        if (look.labelWidths.size > 500) look.labelWidths.clear();
        look.labelWidths.set(text, v);
      }
      return v;
    };
    // Room on the left for the widest y label (a diverged run's losses reach 1e300).
    const left = Math.max(PAD.left, Math.ceil(Math.max(...sc.yTicks.map((t) => labelWidth(formatNumber(t))))) + 10);
    const w = width - left - PAD.right, h = height - PAD.top - PAD.bottom;
    const px = (f: number) => left + f * w, py = (f: number) => PAD.top + f * h;
    const { muted, grid } = look;
    // Grid and tick labels.
    ctx.lineWidth = 1;
    ctx.strokeStyle = grid;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    for (const t of sc.yTicks) { const yy = Math.round(py(sc.y(t))) + 0.5; ctx.moveTo(left, yy); ctx.lineTo(left + w, yy); }
    for (const t of sc.xTicks) { const xx = Math.round(px(sc.x(t))) + 0.5; ctx.moveTo(xx, PAD.top); ctx.lineTo(xx, PAD.top + h); }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.strokeStyle = muted;
    ctx.beginPath();
    ctx.moveTo(left + 0.5, PAD.top);
    ctx.lineTo(left + 0.5, PAD.top + h + 0.5);
    ctx.lineTo(left + w, PAD.top + h + 0.5);
    ctx.stroke();
    ctx.fillStyle = muted;
    ctx.textAlign = 'right';
    ctx.textBaseline = 'middle';
    for (const t of sc.yTicks) ctx.fillText(formatNumber(t), left - 5, py(sc.y(t)));
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (const t of sc.xTicks) ctx.fillText(formatNumber(t), px(sc.x(t)), PAD.top + h + 4);
    // The curves, clipped to the plot.
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, PAD.top - 2, w + 2, h + 4);
    ctx.clip();
    ctx.lineWidth = 2;
    ctx.lineJoin = 'bevel'; // looks the same at this width, and strokes about twice as fast as round joins
    data.forEach((d, k) => {
      let p = placed.current;
      if (!p || p.x.length < d.n) {
        const size = Math.max(d.n, ss[0]?.history.maxPoints ?? 0);
        p = placed.current = { x: new Float64Array(size), y: new Float64Array(size), tx: new Float64Array(2 * size), ty: new Float64Array(2 * size) };
      }
      for (let i = 0; i < d.n; i++) {
        const v = d.values[i];
        const off = !Number.isFinite(v) || (log && v <= 0); // NaN, ∞, or ≤ 0 on a log axis: a gap in the line
        p.x[i] = px(sc.x(d.steps[i]));
        p.y[i] = off ? Number.NaN : py(sc.y(v));
      }
      const m = thinToColumns(p.x, p.y, d.n, dpr, p.tx, p.ty);
      ctx.strokeStyle = look.series[k % 6];
      ctx.beginPath();
      let pen = false;
      for (let i = 0; i < m; i++) {
        const xx = p.tx[i], yy = p.ty[i];
        if (Number.isNaN(yy)) { pen = false; continue; }
        if (pen) ctx.lineTo(xx, yy); else ctx.moveTo(xx, yy);
        pen = true;
      }
      ctx.stroke();
    });
    ctx.restore();
    // What was drawn, for browser tests and benchmarks (the picture itself is pixels): the points of
    // each line the chart holds (it strokes at most two per pixel column of them). Written only when
    // it changed: a new attribute value invalidates style.
    const points = data.map((d) => d.n).join(','), yticks = sc.yTicks.map((t) => formatNumber(t)).join(' ');
    if (el.dataset.points !== points) el.dataset.points = points;
    if (el.dataset.yticks !== yticks) el.dataset.yticks = yticks;
  }, [height]);

  // At most one redraw per animation frame, and no more than one per `minIntervalMs`: a loss curve
  // moves too little between frames to be worth repainting the canvas 60 times a second. On a slow
  // device the wait grows with what a redraw costs there and with how long its frames take
  // (redrawWaitMs), so the chart takes a small share of the main thread.
  const lastDraw = useRef(-Infinity);
  const drawCost = useRef(0);
  /** Running average of the frame interval, from consecutive animation frames the chart sees. */
  const frameAvg = useRef(1000 / 60);
  const lastTick = useRef(-Infinity);
  const minInterval = props.minIntervalMs ?? 50;
  const invalidate = useCallback(() => {
    if (pending.current) return;
    const tick = (now: number) => {
      const gap = now - lastTick.current;
      lastTick.current = now;
      if (gap > 0 && gap < 250) frameAvg.current += 0.2 * (gap - frameAvg.current);
      if (now - lastDraw.current < redrawWaitMs(minInterval, drawCost.current, frameAvg.current)) {
        pending.current = requestAnimationFrame(tick);
        return;
      }
      pending.current = 0;
      lastDraw.current = now;
      const start = performance.now();
      draw(false);
      drawCost.current = performance.now() - start;
    };
    pending.current = requestAnimationFrame(tick);
  }, [draw, minInterval]);
  useImperativeHandle(props.handleRef, () => ({ invalidate }), [invalidate]);

  // New series, scale or theme: draw now (this runs after layout, so the width is known).
  useEffect(() => draw(true), [draw, series, logScale, theme]);
  useEffect(() => {
    const wrap = box.current;
    if (!wrap || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => invalidate());
    ro.observe(wrap);
    return () => {
      ro.disconnect();
      cancelAnimationFrame(pending.current);
      pending.current = 0;
    };
  }, [invalidate]);

  return (
    <div className="live-chart" aria-hidden="true">
      <div className="live-chart__plot" ref={box} style={{ height }}>
        <canvas ref={canvas} />
      </div>
      {series.length > 1 && (
        <ul className="live-chart__legend">
          {series.map((s, k) => (
            <li key={s.name}><span className="live-chart__swatch" style={{ background: `var(--series-${(k % 6) + 1})` }} />{s.name}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
