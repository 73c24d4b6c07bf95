#!/usr/bin/env node
// `npm run bench:page`: how the book behaves on phones, measured in headless Chromium on the built
// site. The scenarios are data: bench/page/scenarios.mjs (add your lab there). For each device
// profile (CPU throttled with CDP Emulation.setCPUThrottlingRate, phone viewport 390×844, device
// pixel ratio 1 or 3) and each widget it reports frames/s, training steps/s, the longest main-thread
// task while playing (PerformanceObserver 'longtask': tasks over 50 ms), and Pause latency (click →
// the button reads Play again) and whether Pause is exact (the step counter then stays put). For each
// chapter, loaded cold over slow 4G at 4× CPU: when its text is painted, when the first widget is
// usable, the longest task while loading, and the JavaScript transferred. Optionally a soak: heap
// after garbage collection at the start and after N minutes of the lab at top speed.
//
//   npm run bench:page                                  widgets on every profile, chapter loads, no soak
//   npm run bench:page -- --soak-minutes=10             … and a 10-minute soak
//   npm run bench:page -- --only=soak --soak-minutes=2  just the soak
//   npm run bench:page -- --profiles=phone-4x,phone-6x --seconds=8 --only=widgets --widgets="XOR lab,race"
//   npm run bench:page -- --dist=dist-before,dist-after --only=widgets   two builds, alternately, in one run
//   npm run bench:page -- --only=chapters --chapters=activation-functions,regularization
//
// Not part of `npm test`: the figures depend on the machine (and on what else runs on it).
// Targets (issue 15): ≥ 50 fps at 6× and ≥ 30 fps at 11×, no task over 200 ms while loading at 4×, first widget usable
// ≤ 3 s at 4× over slow 4G, heap growth < 8 MB over the soak.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHAPTERS, PROFILES, SLOW_4G, SOAK, WIDGETS } from '../bench/page/scenarios.mjs';

const flags = Object.fromEntries(process.argv.slice(2).filter((a) => a.startsWith('--')).map((a) => {
  const [k, v] = a.slice(2).split('=');
  return [k, v ?? 'true'];
}));
const known = ['seconds', 'soak-minutes', 'only', 'profiles', 'dist', 'engine', 'widgets', 'chapters'];
for (const k of Object.keys(flags)) if (!known.includes(k)) { console.error(`bench:page: unknown option --${k} (known: ${known.map((x) => `--${x}`).join(', ')})`); process.exit(2); }
const SECONDS = Number(flags.seconds ?? process.env.BENCH_SECONDS ?? 6);
const SOAK_MINUTES = Number(flags['soak-minutes'] ?? 0);
const ONLY = new Set((flags.only ?? 'widgets,chapters,soak').split(','));
const PROFILE_NAMES = (flags.profiles ?? Object.keys(PROFILES).join(',')).split(',');
for (const p of PROFILE_NAMES) if (!PROFILES[p]) { console.error(`bench:page: unknown profile ${p} (known: ${Object.keys(PROFILES).join(', ')})`); process.exit(2); }
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = process.cwd();
const out = mkdtempSync(join(tmpdir(), 'bench-page-'));
// --dist=a,b plays every widget on each built site in turn (same run, same machine load): before/after.
const siteDirs = flags.dist ? flags.dist.split(',').map((d) => join(root, d)) : [join(out, 'site')];
const siteDir = siteDirs[0];
const siteLabel = (dir) => (siteDirs.length > 1 ? ` [${dir.split('/').pop()}]` : '');
const engineDir = join(out, 'engine');

const say = (title) => console.log(`\n— ${title}`);
const ms = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)} ms`);

if (!flags.dist) {
  say(`building the site into ${siteDir}`);
  const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', siteDir, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const withEngine = flags.engine !== 'false' && ONLY.has('widgets');
if (withEngine) {
  await build({
    configFile: false, logLevel: 'warn', root: join(root, 'bench/page'), base: '/__bench/',
    build: { outDir: engineDir, emptyOutDir: true, rollupOptions: { input: join(root, 'bench/page/engine-alone.html') } },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.ttf': 'font/ttf' };
const gzipped = new Map();
const serve = (site) => createServer((req, res) => {
  const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const [dir, path] = url.startsWith('/__bench/') ? [engineDir, url.slice('/__bench'.length)] : [site, url];
  let file = join(dir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  if (!existsSync(file) || statSync(file).isDirectory()) file = existsSync(join(file, 'index.html')) ? join(file, 'index.html') : join(dir, 'index.html');
  // Compressed like any real host serves text (so "JS transferred" is what a reader downloads).
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip = /text|javascript|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
  let body = readFileSync(file);
  if (gzip) body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body)).get(file);
  res.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(body);
});
const servers = siteDirs.map(serve);
await Promise.all(servers.map((srv) => new Promise((r) => srv.listen(0, '127.0.0.1', r))));
const bases = servers.map((srv) => `http://127.0.0.1:${srv.address().port}`);
let base = bases[0];

// Recorded in every page from its first script on: long tasks, canvas repaints, chapter text, Pause.
function instrument() {
  const w = window;
  w.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__longTasks.push({ at: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
  w.__paints = new Map();
  const put = CanvasRenderingContext2D.prototype.putImageData;
  CanvasRenderingContext2D.prototype.putImageData = function (...args) {
    w.__paints.set(this.canvas, (w.__paints.get(this.canvas) ?? 0) + 1);
    return put.apply(this, args);
  };
  // Chapter text painted: the first paint of a chapter paragraph (a largest-contentful-paint entry
  // inside the chapter body: with prerendered pages the text is in the HTML and paints before any
  // script runs), else the frame after the chapter body appears in the DOM. First widget usable: a
  // mounted widget frame with an enabled control (polled, cheap).
  w.__marks = {};
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__marks.fcp ??= e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.element?.closest?.('.chapter__body')) w.__marks.textPaint ??= e.renderTime || e.startTime;
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch { /* paint timing not supported: the DOM mark below stands in */ }
  const poll = setInterval(() => {
    if (!w.__marks.text && document.querySelector('.chapter__body p')) {
      const t = performance.now();
      requestAnimationFrame(() => { w.__marks.text = w.__marks.text ?? t; });
    }
    // A prerendered page shows enabled-looking controls before its scripts run: usable means hydrated
    // (the chapter page marks itself loaded from an effect, which runs only in the browser).
    if (!w.__marks.widget && document.querySelector('[data-chapter-loaded]')) {
      for (const s of document.querySelectorAll('section.kit-widget:not(.kit-widget--loading)')) {
        if (s.querySelector('button:not([disabled]), input:not([disabled]), select:not([disabled])')) { w.__marks.widget = performance.now(); break; }
      }
    }
    if (w.__marks.text && w.__marks.widget) clearInterval(poll);
  }, 25);
}

async function openPage(browser, profile) {
  const context = await browser.newContext({
    viewport: { width: profile.width, height: profile.height }, deviceScaleFactor: profile.dpr, isMobile: profile.mobile, hasTouch: profile.mobile,
  });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  return { context, page, cdp };
}

async function readSteps(widget, how) {
  if (how.stat) return Number((await widget.locator('.kit-stat', { has: widget.page().locator('.kit-stat__label', { hasText: new RegExp(`^${how.stat}$`) }) }).locator('.kit-stat__value').textContent()).replace(/[^\d]/g, ''));
  return Number((await widget.locator(how.text).first().textContent()).match(new RegExp(how.pattern))[1]);
}

async function openWidget(page, s) {
  await page.goto(`${base}/chapters/${s.chapter}?${s.query}`);
  await page.locator(`[data-chapter-loaded="${s.chapter}"]`).waitFor({ timeout: 60_000 });
  const widget = page.getByRole('region', { name: s.region, exact: true });
  // Lazily loaded widgets replace their placeholder frame when they come near the viewport.
  await widget.scrollIntoViewIfNeeded().catch(() => {});
  await widget.getByRole('button', { name: 'Play' }).waitFor({ timeout: 60_000 });
  await widget.scrollIntoViewIfNeeded();
  // The chapter's other lazy widgets mount one per idle moment after load: let them finish first, so
  // their set-up is not counted as this widget's long tasks (a reader rarely presses Play that fast).
  await page.waitForFunction(() => !document.querySelector('.kit-widget--loading'), null, { timeout: 20_000 }).catch(() => {});
  await page.waitForTimeout(800);
  return widget;
}

async function measureWidget(page, s) {
  const widget = await openWidget(page, s);
  const steps0 = await readSteps(widget, s.steps);
  await page.evaluate(() => { window.__paints.clear(); window.__longTasks.length = 0; });
  await widget.getByRole('button', { name: 'Play' }).click();
  const t0 = Date.now();
  // Frames until the time is up, or until the widget stops by itself (a race that reaches its last
  // step turns Pause back into Play): then the rates cover only the time it played.
  const frames = await widget.evaluate((el, d) => new Promise((resolve) => {
    let last = performance.now(), worst = 0, count = 0;
    const end = last + d;
    const playing = () => [...el.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Pause');
    const tick = (now) => {
      worst = Math.max(worst, now - last); last = now; count++;
      if (count % 10 === 0 && !playing()) resolve({ worst, count, finished: true });
      else if (now < end) requestAnimationFrame(tick); else resolve({ worst, count, finished: false });
    };
    requestAnimationFrame(tick);
  }), SECONDS * 1000);
  const seconds = (Date.now() - t0) / 1000;
  let pauseMs = null, steps1, steps2;
  if (frames.finished) {
    steps1 = steps2 = await readSteps(widget, s.steps);
  } else {
    // Pause latency: from the click event to the commit that turns the button back into Play.
    const pause = widget.getByRole('button', { name: 'Pause' });
    await pause.evaluate((button) => {
      window.__pause = {};
      button.addEventListener('click', () => { window.__pause.click = performance.now(); }, { capture: true, once: true });
      new MutationObserver((_, mo) => { if (button.textContent === 'Play') { window.__pause.done = performance.now(); mo.disconnect(); } })
        .observe(button, { childList: true, characterData: true, subtree: true });
    });
    await pause.click();
    await widget.getByRole('button', { name: 'Play' }).waitFor();
    pauseMs = await page.evaluate(() => window.__pause.done - window.__pause.click);
    steps1 = await readSteps(widget, s.steps);
    await page.waitForTimeout(600);
    steps2 = await readSteps(widget, s.steps);
  }
  const paints = s.canvas ? await widget.evaluate((el) => [...el.querySelectorAll('canvas')].map((c) => window.__paints.get(c) ?? 0).filter((n) => n > 0)) : [];
  const tasks = await page.evaluate(() => window.__longTasks.map((t) => t.ms));
  return {
    fps: frames.count / seconds,
    stepsPerSecond: (steps1 - steps0) / seconds,
    repaintsPerSecond: paints.length ? Math.min(...paints) / seconds : null,
    longestTaskMs: tasks.length ? Math.max(...tasks) : null,
    longTasks: tasks.length,
    longestFrameGapMs: frames.worst,
    pauseMs,
    pauseExact: steps1 === steps2,
    finishedAfterS: frames.finished ? seconds : null,
  };
}

async function measureChapter(browser, slug) {
  const { context, page, cdp } = await openPage(browser, PROFILES['phone-4x']);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(`${base}/chapters/${slug}`, { waitUntil: 'load', timeout: 120_000 });
  await page.locator(`[data-chapter-loaded="${slug}"]`).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => window.__marks.widget, null, { timeout: 20_000 }).catch(() => {}); // a chapter may have no widget
  await page.waitForTimeout(4000); // what keeps running after the first widget (idle mounting of the rest)
  const r = await page.evaluate(() => {
    const js = performance.getEntriesByType('resource').filter((e) => /\.js(\?|$)/.test(e.name));
    return {
      textMs: window.__marks.textPaint ?? window.__marks.text ?? null,
      fcpMs: window.__marks.fcp ?? null,
      widgetMs: window.__marks.widget ?? null,
      longestTaskMs: Math.max(0, ...window.__longTasks.map((t) => t.ms)),
      longTasks: window.__longTasks.length,
      tasks: window.__longTasks.map((t) => `${Math.round(t.at)}+${Math.round(t.ms)}`).join(' '),
      jsKB: js.reduce((s, e) => s + (e.transferSize || e.encodedBodySize), 0) / 1000,
      jsFiles: js.length,
      recharts: js.some((e) => /charts-/.test(e.name)),
    };
  });
  await context.close();
  return r;
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
const results = { widgets: {}, chapters: {}, soak: null, engine: null };
try {
  if (withEngine) {
    say('engine alone (same browser, no rendering, no throttling)');
    const { context, page } = await openPage(browser, PROFILES.desktop);
    await page.goto(`${base}/__bench/engine-alone.html`);
    await page.waitForFunction(() => window.__result, null, { timeout: 120_000 });
    results.engine = await page.evaluate(() => window.__result);
    say('control: a page that only burns 10 ms per frame (its long tasks and gaps are the machine, not the book)');
    await page.goto(`${base}/__bench/engine-alone.html?control`);
    await page.waitForFunction(() => window.__result, null, { timeout: 120_000 });
    results.control = await page.evaluate(() => window.__result);
    await context.close();
  }
  if (ONLY.has('widgets')) {
    for (const pname of PROFILE_NAMES) {
      for (const s of WIDGETS.filter((w) => !flags.widgets || flags.widgets.split(',').some((part) => w.name.includes(part)))) {
        for (const [k, dir] of siteDirs.entries()) {
          base = bases[k];
          const name = `${s.name}${siteLabel(dir)}`;
          say(`${name} — ${pname}, ${SECONDS} s`);
          const { context, page } = await openPage(browser, PROFILES[pname]);
          try {
            const r = await measureWidget(page, s);
            (results.widgets[name] ??= {})[pname] = r;
            console.log(`  ${r.fps.toFixed(1)} fps, ${Math.round(r.stepsPerSecond)} ${s.unit}/s, longest task ${ms(r.longestTaskMs)} (${r.longTasks} over 50 ms), ` +
              `longest frame gap ${ms(r.longestFrameGapMs)}, ` +
              (r.finishedAfterS !== null ? `finished by itself after ${r.finishedAfterS.toFixed(1)} s (no Pause to time)` : `Pause ${ms(r.pauseMs)} (${r.pauseExact ? 'exact' : 'NOT exact'})`));
          } catch (e) {
            console.log(`  failed: ${e.message.split('\n')[0]}`);
          }
          await context.close();
        }
      }
    }
  }
  if (ONLY.has('chapters')) {
    for (const slug of CHAPTERS.filter((c) => !flags.chapters || flags.chapters.split(',').includes(c))) {
      for (const [k, dir] of siteDirs.entries()) {
        base = bases[k];
        const name = `${slug}${siteLabel(dir)}`;
        say(`chapter ${name}: cold load at 4× CPU over slow 4G (1.6 Mbps, 150 ms), 390×844`);
        const r = await measureChapter(browser, slug);
        results.chapters[name] = r;
        console.log(`  first paint ${ms(r.fcpMs)}, chapter text painted ${ms(r.textMs)}, first widget usable ${ms(r.widgetMs)}, longest task ${ms(r.longestTaskMs)} (${r.longTasks} over 50 ms), ` +
          `JS ${r.jsKB.toFixed(0)} kB in ${r.jsFiles} files${r.recharts ? ' (includes Recharts)' : ', no Recharts'}`);
        console.log(`  long tasks (start+duration ms): ${r.tasks}`);
      }
    }
  }
  if (ONLY.has('soak') && SOAK_MINUTES > 0) {
    base = bases[0];
    say(`soak: ${SOAK.name} at top speed for ${SOAK_MINUTES} min (desktop profile), heap after GC`);
    const { context, page, cdp } = await openPage(browser, PROFILES.desktop);
    const widget = await openWidget(page, SOAK);
    const heap = [await heapAfterGc(cdp)];
    const s0 = await readSteps(widget, SOAK.steps);
    console.log(`  start: ${heap[0].toFixed(2)} MB`);
    await widget.getByRole('button', { name: 'Play' }).click();
    for (let m = 1; m <= SOAK_MINUTES; m++) {
      await page.waitForTimeout(60_000);
      const used = await heapAfterGc(cdp);
      heap.push(used);
      console.log(`  after ${m} min: ${used.toFixed(2)} MB, ${await readSteps(widget, SOAK.steps)} steps`);
    }
    await widget.getByRole('button', { name: 'Pause' }).click();
    const steps = (await readSteps(widget, SOAK.steps)) - s0;
    results.soak = { minutes: SOAK_MINUTES, startMB: heap[0], endMB: heap[heap.length - 1], maxMB: Math.max(...heap), steps };
    await context.close();
  }
} finally {
  await browser.close();
  for (const srv of servers) srv.close();
  rmSync(out, { recursive: true, force: true });
}

console.log('\n==== Page benchmark (headless Chromium, built site) ====');
console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')}; other work on the machine slows every figure`);
if (results.engine) console.log(`engine alone (no throttling): lab network ${Math.round(results.engine.labStepsPerSecond)} steps/s; race ${Math.round(results.engine.raceRoundsPerSecond)} rounds/s`);
if (results.control) console.log(`control page (10 ms of work per frame, nothing else, no throttling): longest task ${ms(results.control.longestTaskMs)} (${results.control.longTasks} over 50 ms), longest frame gap ${ms(results.control.longestFrameGapMs)}`);
for (const [name, byProfile] of Object.entries(results.widgets)) {
  console.log(`\n${name}`);
  console.log('  profile          fps   steps/s  longest task  Pause');
  for (const [p, r] of Object.entries(byProfile)) {
    console.log(`  ${p.padEnd(15)} ${r.fps.toFixed(1).padStart(5)} ${String(Math.round(r.stepsPerSecond)).padStart(9)}  ${ms(r.longestTaskMs).padStart(12)}  ${r.finishedAfterS !== null ? `finished after ${r.finishedAfterS.toFixed(1)} s` : `${ms(r.pauseMs)}${r.pauseExact ? ' exact' : ' NOT exact'}`}`);
  }
}
if (Object.keys(results.chapters).length) {
  console.log('\nchapter loads (4× CPU, slow 4G, 390×844, cold cache; targets: text painted < 1.5 s, first widget usable ≤ 3 s, no task over 200 ms)');
  console.log('  chapter                            text painted  first widget usable  longest task  JS transferred');
  for (const [slug, r] of Object.entries(results.chapters)) {
    console.log(`  ${slug.padEnd(34)} ${ms(r.textMs).padStart(12)}  ${ms(r.widgetMs).padStart(19)}  ${ms(r.longestTaskMs).padStart(12)}  ${r.jsKB.toFixed(0)} kB${r.recharts ? ' (Recharts)' : ''}`);
  }
}
if (results.soak) {
  const s = results.soak;
  console.log(`\nsoak: ${s.minutes} min, ${s.steps} steps: heap after GC ${s.startMB.toFixed(2)} → ${s.endMB.toFixed(2)} MB (max ${s.maxMB.toFixed(2)}), growth ${(s.endMB - s.startMB).toFixed(2)} MB (target < 8 MB)`);
}
console.log(`\nRESULTS_JSON ${JSON.stringify(results)}`);
