// Registers the service worker (<base>sw.js, written by src/book/plugins/serviceWorker.ts) in production
// builds only: never in `npm run dev` (no sw.js there) nor under Vitest. After the page has loaded and
// its network has gone quiet, so that precaching the whole book (about 1.4 MB over the wire) never
// competes with the first paint, nor, on a slow phone connection, with the chapter's widgets, whose
// code loads just after the page.
//
// The update flow: when a new build is deployed, the browser finds a changed sw.js (it checks on each
// navigation; we also ask once an hour while the page is open), installs it beside the running one and
// leaves it waiting. The notice then appears; its Reload button tells the waiting worker to take over
// (SKIP_WAITING) and reloads the page once, when the new worker controls it.
import { setUpdateReady } from './updateStore';

const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'test') return;
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const start = () => whenNetworkQuiet(() => void register());
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

const QUIET_MS = 2000;
const AT_MOST_MS = 15_000;

/** Calls `then` once no download has finished for `quietMs` (the widgets' code is in), or after `atMostMs`. */
export function whenNetworkQuiet(
  then: () => void,
  { quietMs = QUIET_MS, atMostMs = AT_MOST_MS, now = () => performance.now(), lastActivity = lastDownloadEnd } = {},
): void {
  const deadline = now() + atMostMs;
  const check = () => {
    const t = now();
    const quietFor = t - lastActivity();
    if (quietFor >= quietMs || t >= deadline) then();
    else setTimeout(check, Math.min(quietMs - quietFor, deadline - t));
  };
  check();
}

/** When the page's latest download ended (resource timing lists a download once it has finished). */
function lastDownloadEnd(): number {
  let last = 0;
  for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) last = Math.max(last, e.responseEnd);
  return last;
}

async function register(): Promise<void> {
  const container = navigator.serviceWorker;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  } catch (error) {
    // Offline reading is an extra: the book works without it (private windows, blocked storage).
    console.warn('Offline reading is not available: the service worker did not register.', error);
    return;
  }
  // Browsers (or test harnesses) that block service workers may resolve with nothing at all.
  if (!registration) return;
  followUpdates(container, registration, () => window.location.reload());
  const registered = registration;
  window.setInterval(() => void registered.update().catch(() => {}), CHECK_EVERY_MS);
}

/** Which parts of the browser's objects the update flow uses (fakes in its test implement just these). */
type Container = Pick<ServiceWorkerContainer, 'controller' | 'addEventListener'>;
type Registration = Pick<ServiceWorkerRegistration, 'installing' | 'waiting' | 'addEventListener'>;

/** Offers the update notice when a new worker waits, and reloads once when it has taken over. */
export function followUpdates(container: Container, registration: Registration, reloadPage: () => void): void {
  let reloading = false;
  /** Shows the notice; its Reload activates `waiting` (or just reloads when it is already active). */
  const offer = (waiting: ServiceWorker | null) =>
    setUpdateReady({
      reload() {
        if (waiting && waiting.state === 'installed') {
          reloading = true;
          waiting.postMessage({ type: 'SKIP_WAITING' });
        } else {
          reloadPage();
        }
      },
    });

  // A worker took charge: the first one (nothing to do), or a new version because the reader pressed
  // Reload here (reload once) or in another tab (this page's code is now older than its worker: offer Reload).
  let hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (reloading) {
      reloading = false;
      reloadPage();
    } else if (hadController) offer(null);
    hadController = true;
  });

  const watch = (worker: ServiceWorker) =>
    worker.addEventListener('statechange', () => {
      // Installed while another worker controls the page: a new version, waiting for the reader.
      if (worker.state === 'installed' && container.controller) offer(worker);
    });

  if (registration.waiting && container.controller) offer(registration.waiting);
  if (registration.installing) watch(registration.installing);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing);
  });
}
