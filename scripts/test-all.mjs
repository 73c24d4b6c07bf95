#!/usr/bin/env node
// `npm test`: every check a change must pass, in the order a fresh machine needs them:
// type-check, lint (oxlint, .oxlintrc.json), production build, unit + component tests (Vitest),
// browser tests (Playwright on Debian's Chromium). Ends with one plain line "N passed, N failed" (also
// saved to reports/summary.txt). Type-check, lint and build count as one test each; Vitest and
// Playwright count their own tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const bin = (name) => `node_modules/.bin/${name}`;
const results = []; // { name, passed, failed }

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`=== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

function readJson(path) {
  try { return JSON.parse(readFileSync(path, 'utf8')); } catch { return null; }
}

if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. The browser tests drive Debian's Chromium:\n` +
    `  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `or point CHROMIUM_PATH at a Chromium binary. (Never \`npx playwright install\`.)`);
  process.exit(1);
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

// The engine and the lab are checked a second time without the DOM library: they must run anywhere.
const typeOk = run('type-check', bin('tsc'), ['--noEmit', '-p', '.'])
  && run('type-check (engine and lab, no DOM)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.core.json']);
results.push({ name: 'type-check', passed: typeOk ? 1 : 0, failed: typeOk ? 0 : 1 });

// Rules of hooks, hook dependencies and accessibility on JSX: what neither tsc nor the tests check.
const lintOk = run('lint', bin('oxlint'), ['--deny-warnings']);
results.push({ name: 'lint', passed: lintOk ? 1 : 0, failed: lintOk ? 0 : 1 });

const buildOk = run('build', bin('vite'), ['build']);
results.push({ name: 'build', passed: buildOk ? 1 : 0, failed: buildOk ? 0 : 1 });

const unitOk = run('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
const v = readJson('reports/vitest.json');
results.push(v
  ? { name: 'unit', passed: v.numPassedTests, failed: v.numFailedTests + (unitOk || v.numFailedTests ? 0 : 1) }
  : { name: 'unit', passed: 0, failed: 1 });

let e2eOk = false;
if (buildOk) {
  e2eOk = run('browser', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json' });
  const p = readJson('reports/playwright.json')?.stats;
  results.push(p
    ? { name: 'browser', passed: p.expected + p.flaky, failed: p.unexpected + (e2eOk || p.unexpected ? 0 : 1) }
    : { name: 'browser', passed: 0, failed: 1 });
} else {
  console.log('=== browser: skipped because the build failed (counted as one failure)');
  results.push({ name: 'browser', passed: 0, failed: 1 });
}

const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log('\n' + results.map((r) => `${r.name}: ${r.passed} passed, ${r.failed} failed`).join('\n'));
const line = `${passed} passed, ${failed} failed`;
writeFileSync('reports/summary.txt', line + '\n');
console.log(line);
process.exit(failed === 0 && typeOk && lintOk && buildOk && unitOk && e2eOk ? 0 : 1);
