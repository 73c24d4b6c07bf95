// Runs the workloads for each implementation: agreement check, then timed windows (median), heap.
import { xorPoints, spiralPoints, gridPoints, initialWeights, type Implementation, type Points } from './workloads';

export interface Environment {
  name: string;
  /** Collects garbage if the runtime lets us (node --expose-gc, Chromium --js-flags=--expose-gc). */
  gc(): void;
  /** Used JS heap in bytes, or null if unavailable. */
  heapUsed(): number | null;
  log(line: string): void;
}

export interface Figures {
  environment: string;
  rates: Record<string, Record<string, number>>; // workload → implementation → per second
  agreement: Record<string, Record<string, number>>; // workload → implementation → loss (or max |Δp|)
  heap: Record<string, { steps: number; before: number; after: number; growth: number } | null>;
}

const WINDOW_MS = 250, WINDOWS = 7;

/**
 * Calls per second of each fn: windows of WINDOW_MS taken in turn (A, B, C, A, B, C, …) so that
 * load from other processes hits every implementation alike; the median window of each is reported.
 */
function measureAll(fns: Array<() => void>): number[] {
  const batches = fns.map((fn) => {
    const warmEnd = performance.now() + WINDOW_MS;
    let calls = 0;
    while (performance.now() < warmEnd) { fn(); calls++; }
    return Math.max(1, Math.floor(calls / 20)); // ~1/20 of a window between clock reads
  });
  const rates: number[][] = fns.map(() => []);
  for (let w = 0; w < WINDOWS; w++) {
    fns.forEach((fn, k) => {
      let calls = 0;
      const start = performance.now();
      let now = start;
      while (now - start < WINDOW_MS) {
        for (let i = 0; i < batches[k]; i++) fn();
        calls += batches[k];
        now = performance.now();
      }
      rates[k].push((calls * 1000) / (now - start));
    });
  }
  return rates.map((r) => r.sort((a, b) => a - b)[Math.floor(WINDOWS / 2)]);
}

const fmt = (v: number) => (v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(1));

export function runBenchmark(impls: Implementation[], env: Environment): Figures {
  const figures: Figures = { environment: env.name, rates: {}, agreement: {}, heap: {} };
  const init = initialWeights(1);
  const train: Array<[string, Points, number, number]> = [
    ['xor', xorPoints(), 0.05, 300],
    ['spiral-500', spiralPoints(), 0.01, 100],
  ];
  for (const [name, points, lr, checkSteps] of train) {
    figures.rates[name] = {};
    figures.agreement[name] = {};
    for (const impl of impls) {
      const check = impl.trainer(points, init, lr);
      for (let s = 0; s < checkSteps; s++) check.step();
      figures.agreement[name][impl.name] = check.loss();
    }
    const rates = measureAll(impls.map((impl) => impl.trainer(points, init, lr).step));
    impls.forEach((impl, k) => { figures.rates[name][impl.name] = rates[k]; });
    for (const impl of impls) {
      env.log(`${env.name} ${name} train  ${impl.name.padEnd(20)} ${fmt(figures.rates[name][impl.name]).padStart(10)} steps/s  loss after ${checkSteps} steps ${figures.agreement[name][impl.name].toFixed(6)}`);
    }
  }
  const grid = gridPoints(100);
  figures.rates.grid = {};
  figures.agreement.grid = {};
  const painters = impls.map((impl) => impl.grid(grid, init));
  const outputs = painters.map((p) => { p.frame(); return Array.from(p.output()); });
  const gridRates = measureAll(painters.map((p) => p.frame));
  impls.forEach((impl, k) => { figures.rates.grid[impl.name] = gridRates[k]; });
  impls.forEach((impl, k) => {
    let worst = 0;
    for (let i = 0; i < outputs[0].length; i++) worst = Math.max(worst, Math.abs(outputs[k][i] - outputs[0][i]));
    figures.agreement.grid[impl.name] = worst;
    env.log(`${env.name} grid fwd   ${impl.name.padEnd(20)} ${fmt(figures.rates.grid[impl.name]).padStart(10)} frames/s  max |p − p(${impls[0].name})| ${worst.toExponential(1)}`);
  });
  // Heap growth over 10,000 training steps (after a warm-up), with a GC before each reading.
  for (const [name, points, lr] of train) {
    for (const impl of impls.slice(0, 2)) {
      const key = `${name} ${impl.name}`;
      const t = impl.trainer(points, init, lr);
      for (let s = 0; s < 200; s++) t.step();
      env.gc();
      const before = env.heapUsed();
      for (let s = 0; s < 10000; s++) t.step();
      env.gc();
      const after = env.heapUsed();
      figures.heap[key] = before === null || after === null ? null : { steps: 10000, before, after, growth: after - before };
      env.log(`${env.name} heap ${key}: ${before === null || after === null ? 'unavailable' : `${(before / 1e6).toFixed(2)} MB → ${(after / 1e6).toFixed(2)} MB (${((after - before) / 1e3).toFixed(1)} kB) over 10,000 steps`}`);
    }
  }
  return figures;
}
