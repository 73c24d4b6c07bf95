// Runs the gradient check of a reader's edited op away from the page, so an edit that loops forever
// or takes too long can be stopped (the page terminates this worker after a time limit).
import { checkOp, opFromCode, type CheckResult, type EditableOp } from '../../lab';

export interface CheckRequest { js: string; name: EditableOp }

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { js, name } = event.data;
  let result: CheckResult;
  try {
    result = checkOp(opFromCode(js, name));
  } catch (e) {
    result = { ok: false, reason: 'error', message: (e as Error).message };
  }
  (self as unknown as Worker).postMessage(result);
};
