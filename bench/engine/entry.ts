// Bench entry, bundled by Vite (vite.config.ts here) and run both in Node and in headless Chromium.
import { runBenchmark, type Environment, type Figures } from './harness';
import { engine } from './engine-impl';
import { handwritten } from './handwritten';
import { tfjs, readyTfjs } from './tfjs-impl';
import * as workloads from './workloads';

export async function runBench(env: Environment): Promise<Figures> {
  await readyTfjs();
  const figures = runBenchmark([engine, handwritten, tfjs], env);
  tfjs.dispose?.();
  return figures;
}

(globalThis as { runBench?: typeof runBench }).runBench = runBench;
// For profiling one workload by hand (scripts/bench.mjs does not use this).
(globalThis as Record<string, unknown>).benchParts = { engine, handwritten, ...workloads };
