// Runs the gradient check in a Worker and gives up after a time limit, so an edit that never finishes
// cannot freeze the page.
import type { CheckResult, EditableOp } from '../../lab';

export const CHECK_TIME_LIMIT_MS = 3000;

export type CheckOutcome = { kind: 'done'; result: CheckResult } | { kind: 'timeout' };

export function runCheck(js: string, name: EditableOp, limitMs = CHECK_TIME_LIMIT_MS): Promise<CheckOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => { worker.terminate(); resolve({ kind: 'timeout' }); }, limitMs);
    worker.onmessage = (event: MessageEvent<CheckResult>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve({ kind: 'done', result: event.data });
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      worker.terminate();
      resolve({ kind: 'done', result: { ok: false, reason: 'error', message: event.message || 'the check crashed' } });
    };
    worker.postMessage({ js, name });
  });
}
