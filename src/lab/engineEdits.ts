// Which of the engine's activation ops the reader has replaced in this page, and with what. Installing
// an edit replaces the op in the engine's registry, so every model that uses the activation (every lab,
// race and explorer) runs the edited forward and backward from its next step on.
import { overrideActivation } from '../engine';
import type { EditableOp, Op } from './opEditing';

export interface InstalledEdit {
  op: Op;
  /** False when the reader installed it although the gradient check failed. */
  checked: boolean;
}

const installed = new Map<EditableOp, InstalledEdit>();
const listeners = new Set<() => void>();
let snapshot: readonly EditableOp[] = [];

function changed(): void {
  snapshot = [...installed.keys()];
  for (const listener of listeners) listener();
}

export function installEditedOp(name: EditableOp, op: Op, checked: boolean): void {
  overrideActivation(name, op);
  installed.set(name, { op, checked });
  changed();
}

/** Back to the book's op. */
export function resetEditedOp(name: EditableOp): void {
  if (!installed.has(name)) return;
  overrideActivation(name, null);
  installed.delete(name);
  changed();
}

/** The ops currently replaced (a stable array between changes, for useSyncExternalStore). */
export function editedOps(): readonly EditableOp[] {
  return snapshot;
}

export function editOf(name: EditableOp): InstalledEdit | undefined {
  return installed.get(name);
}

export function subscribeEditedOps(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
