// npm run bench: bundles bench/engine with Vite, runs it in Node and in headless Chromium, and prints
// steps/s, frames/s, the ratios against the targets of issue 3, loss agreement and heap growth.
import { build } from 'vite';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
const started = Date.now();

await build({ root, configFile: join(root, 'bench/engine/vite.config.ts'), build: { outDir } });
const bundle = join(outDir, 'bench.mjs');

// --- Node ---------------------------------------------------------------------------------------
const nodeRunner = join(outDir, 'node-run.mjs');
writeFileSync(nodeRunner, `
import './bench.mjs';
const env = {
  name: 'node ' + process.version,
  gc: () => globalThis.gc?.(),
  heapUsed: () => process.memoryUsage().heapUsed,
  log: (line) => console.log(line),
};
const figures = await globalThis.runBench(env);
console.log('FIGURES ' + JSON.stringify(figures));
`);
const nodeRun = spawnSync(process.execPath, ['--expose-gc', nodeRunner], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (nodeRun.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  throw new Error(`node bench failed:\n${nodeRun.stdout}`);
}
const nodeLines = nodeRun.stdout.split('\n');
for (const line of nodeLines) if (line && !line.startsWith('FIGURES ')) console.log(line);
const nodeFigures = JSON.parse(nodeLines.find((l) => l.startsWith('FIGURES ')).slice(8));

// --- Chromium -----------------------------------------------------------------------------------
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
let chromeFigures;
try {
  const page = await browser.newPage();
  page.on('console', (msg) => console.log(msg.text()));
  page.on('pageerror', (err) => console.error('page error:', err));
  await page.setContent('<!doctype html><title>engine bench</title>');
  await page.addScriptTag({ content: readFileSync(bundle, 'utf8'), type: 'module' });
  await page.waitForFunction(() => typeof globalThis.runBench === 'function');
  chromeFigures = await page.evaluate(async (name) => globalThis.runBench({
    name,
    gc: () => globalThis.gc?.(),
    heapUsed: () => performance.memory ? performance.memory.usedJSHeapSize : null,
    log: (line) => console.log(line),
  }), `chromium ${browser.version()}`);
} finally {
  await browser.close();
  rmSync(outDir, { recursive: true, force: true });
}

// --- Report -------------------------------------------------------------------------------------
const ENGINE = 'our engine', HAND = 'hand-written loops', TF = 'TensorFlow.js CPU';
const targets = [
  ['XOR train: engine / TensorFlow.js', 'xor', TF, 20],
  ['spiral-500 train: engine / hand loops', 'spiral-500', HAND, 0.8],
  ['grid forward: engine / hand loops', 'grid', HAND, 1.0],
];
const lossesAgree = (f) => ['xor', 'spiral-500'].every((w) => {
  const a = f.agreement[w], ref = a[HAND];
  return Math.abs(a[ENGINE] - ref) < 1e-9 && Math.abs(a[TF] - ref) < 1e-3 * Math.max(1, ref);
}) && f.agreement.grid[HAND] < 1e-12 && f.agreement.grid[TF] < 1e-5;

console.log('\n=== Summary (ratios from one run per environment) ===');
for (const f of [nodeFigures, chromeFigures]) {
  console.log(`\n${f.environment}`);
  for (const [w, unit] of [['xor', 'steps/s'], ['spiral-500', 'steps/s'], ['grid', 'frames/s']]) {
    const r = f.rates[w];
    console.log(`  ${w.padEnd(11)} engine ${Math.round(r[ENGINE]).toLocaleString('en-US').padStart(9)}  hand ${Math.round(r[HAND]).toLocaleString('en-US').padStart(9)}  tfjs ${r[TF].toFixed(1).padStart(8)} ${unit}   engine/hand ${(r[ENGINE] / r[HAND]).toFixed(2)}×  engine/tfjs ${(r[ENGINE] / r[TF]).toFixed(1)}×`);
  }
  for (const [label, w, ref, target] of targets) {
    const ratio = f.rates[w][ENGINE] / f.rates[w][ref];
    console.log(`  ${ratio >= target ? 'MEETS ' : 'MISSES'} ${label} = ${ratio.toFixed(2)}× (target ≥ ${target}×)`);
  }
  console.log(`  losses agree from the same initial weights: ${lossesAgree(f) ? 'yes' : 'NO'}`);
  for (const [k, h] of Object.entries(f.heap)) {
    console.log(`  heap ${k}: ${h ? `${(h.growth / 1e3).toFixed(1)} kB growth over ${h.steps.toLocaleString('en-US')} steps` : 'unavailable'}`);
  }
}
console.log(`\nbench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
