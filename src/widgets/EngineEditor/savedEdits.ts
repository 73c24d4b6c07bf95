// A reader's edits, kept in this browser only (localStorage), one per op, until Reset.
import type { EditableOp } from '../../lab';

const key = (op: EditableOp) => `weave:engine-edit:${op}`;

export function loadSaved(op: EditableOp): string | null {
  try {
    return window.localStorage.getItem(key(op));
  } catch {
    return null; // storage disabled: edits simply are not kept
  }
}

export function save(op: EditableOp, code: string): void {
  try {
    window.localStorage.setItem(key(op), code);
  } catch {
    // storage full or disabled: the edit still works for this visit
  }
}

export function forget(op: EditableOp): void {
  try {
    window.localStorage.removeItem(key(op));
  } catch {
    // nothing kept, nothing to forget
  }
}
