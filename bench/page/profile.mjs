#!/usr/bin/env node
// Where a playing widget's main-thread time goes, on a throttled phone profile: plays one widget of
// bench/page/scenarios.mjs on an already built site and records a Chromium trace (devtools timeline)
// and a JS CPU profile. Prints the renderer main thread's time by kind of work (script, style,
// layout, paint, raster/composite, GC) and the JS functions with the most self time.
//
//   node bench/page/profile.mjs --dist=dist-perf --profile=phone-4x --widget="XOR lab" [--seconds=4]
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { PROFILES, WIDGETS } from './scenarios.mjs';

const flags = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const siteDir = join(process.cwd(), flags.dist ?? 'dist-perf');
const profile = PROFILES[flags.profile ?? 'phone-4x'];
const scenario = WIDGETS.find((w) => w.name.includes(flags.widget ?? 'XOR lab'));
const seconds = Number(flags.seconds ?? 4);
if (!profile || !scenario) throw new Error('unknown --profile or --widget');

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2' };
const server = createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = join(siteDir, normalize(url).replace(/^(\.\.[/\\])+/, ''));
  if (!existsSync(file) || statSync(file).isDirectory()) file = existsSync(join(file, 'index.html')) ? join(file, 'index.html') : join(siteDir, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
const context = await browser.newContext({ viewport: { width: profile.width, height: profile.height }, deviceScaleFactor: profile.dpr, isMobile: profile.mobile, hasTouch: profile.mobile });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
await page.goto(`${base}/chapters/${scenario.chapter}?${scenario.query}`);
await page.locator(`[data-chapter-loaded="${scenario.chapter}"]`).waitFor({ timeout: 60_000 });
const widget = page.getByRole('region', { name: scenario.region, exact: true });
await widget.scrollIntoViewIfNeeded().catch(() => {});
await widget.getByRole('button', { name: 'Play' }).waitFor({ timeout: 60_000 });
await widget.scrollIntoViewIfNeeded();
await page.waitForTimeout(800);

const withJs = flags.js !== undefined; // the sampling profiler itself slows a throttled page a lot: on request only
if (withJs) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(flags.js) || 1000 });
}
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: flags.cats ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
if (withJs) await cdp.send('Profiler.start');
await widget.getByRole('button', { name: 'Play' }).click();
const frames = await page.evaluate((d) => new Promise((resolve) => {
  let count = 0; const end = performance.now() + d;
  const tick = (now) => { count++; if (now < end) requestAnimationFrame(tick); else resolve(count); };
  requestAnimationFrame(tick);
}), seconds * 1000);
const cpu = withJs ? (await cdp.send('Profiler.stop')).profile : null;
await cdp.send('Tracing.end');
await traced;
await widget.getByRole('button', { name: 'Pause' }).click();
await browser.close();
server.close();
if (flags.save) writeFileSync(flags.save, JSON.stringify({ cpu, events }));

console.log(`${scenario.name} — ${flags.profile ?? 'phone-4x'}: ${(frames / seconds).toFixed(1)} fps over ${seconds} s`);
// Trace: the renderer main thread's self time by event name (time in an event minus its nested events).
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const byName = new Map();
const stack = [];
let lo = Infinity, hi = 0, busy = 0;
for (const e of mine) {
  while (stack.length && stack[stack.length - 1].end <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  if (parent) byName.set(parent.name, (byName.get(parent.name) ?? 0) - e.dur / 1000);
  else busy += e.dur / 1000;
  byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  stack.push({ name: e.name, end: e.ts + e.dur });
  lo = Math.min(lo, e.ts); hi = Math.max(hi, e.ts + e.dur);
}
const total = (hi - lo) / 1000;
console.log(`main thread: busy ${busy.toFixed(0)} of ${total.toFixed(0)} ms; self time by event:`);
for (const [n, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(`  ${v.toFixed(0).padStart(7)} ms  ${(100 * v / total).toFixed(1).padStart(5)} %  ${n}`);
// Other threads (raster, compositor) in total.
const threads = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
const perThread = new Map();
for (const e of events) if (e.ph === 'X' && e.dur) { const k = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`; perThread.set(k, Math.max(perThread.get(k) ?? 0, 0) + e.dur / 1000); }
console.log('busy by thread (sum of top-level and nested events, ms):', [...perThread].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
// JS self time by function.
if (cpu) {
const dt = cpu.timeDeltas, self = new Map(), nodes = new Map(cpu.nodes.map((n) => [n.id, n]));
for (let i = 0; i < cpu.samples.length; i++) {
  const n = nodes.get(cpu.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url ? f.url.split('/').pop() : ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
}
const jsTotal = [...self.values()].reduce((a, b) => a + b, 0);
console.log(`JS profile self time (ms of ${jsTotal.toFixed(0)}):`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
}
