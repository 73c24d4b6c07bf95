import { defineConfig } from '@playwright/test';

// Debian's Chromium (apt-get install -y chromium); never `npx playwright install` (no network for it).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// PW_PORT / PW_DIST let two checkouts (or two people) test side by side without clobbering dist/.
const PORT = Number(process.env.PW_PORT ?? 4173);
const DIST = process.env.PW_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 120_000, // full-page screenshots at two widths × two themes take a while on 2 cores
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // 2-core machine: one browser at a time
  retries: 0,
  reporter: [['list']],
  outputDir: process.env.PW_OUT ?? 'test-results', // PW_OUT: a separate folder per concurrent run
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    // The built book registers a service worker that precaches every file (about 7 MB) in the
    // background. Only tests/e2e/offline.spec.ts needs it (it says 'allow'); elsewhere it would only
    // compete with the page under test for the 2 cores.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000, // full-page screenshots at two widths × two themes take a while on 2 cores
    stdout: 'pipe',
  },
});
