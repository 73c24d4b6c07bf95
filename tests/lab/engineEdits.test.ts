import { afterEach, describe, expect, it } from 'vitest';
import { Tensor, isActivationOverridden, relu } from '../../src/engine';
import { editOf, editedOps, installEditedOp, resetEditedOp, subscribeEditedOps } from '../../src/lab/engineEdits';

afterEach(() => resetEditedOp('relu'));

describe('engine edits', () => {
  it('installing overrides the engine and tells subscribers; reset restores the book op', () => {
    let calls = 0;
    const stop = subscribeEditedOps(() => calls++);
    const op = (x: Tensor) => relu(x);
    installEditedOp('relu', op, false);
    expect(isActivationOverridden('relu')).toBe(true);
    expect(editedOps()).toEqual(['relu']);
    expect(editOf('relu')).toEqual({ op, checked: false });
    const snapshot = editedOps();
    expect(editedOps()).toBe(snapshot); // stable between changes
    resetEditedOp('relu');
    expect(isActivationOverridden('relu')).toBe(false);
    expect(editedOps()).toEqual([]);
    resetEditedOp('relu'); // nothing installed: no news
    expect(calls).toBe(2);
    stop();
  });
});
