// @vitest-environment happy-dom
// Widgets far below the fold mount in idle time after load, one per idle callback (not all in one
// long task), in page order.
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyWidget } from './lazyWidget';

const idle: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  idle.length = 0;
  // Nothing is near the viewport: only idle time mounts these widgets.
  vi.stubGlobal('IntersectionObserver', class { observe() {} disconnect() {} });
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => { idle.push(cb); return idle.length; });
});
afterEach(() => { cleanup(); vi.unstubAllGlobals(); vi.useRealTimers(); });

function make(name: string) {
  return lazyWidget(name, `${name} frame`, () => Promise.resolve(() => <p>{name} is ready</p>));
}

describe('lazyWidget idle mounting', () => {
  it('mounts one waiting widget per idle callback, in page order', async () => {
    const [A, B, C] = [make('A'), make('B'), make('C')];
    const { container } = render(<><A /><B /><C /></>);
    const ready = () => [...container.querySelectorAll('p')].map((p) => p.textContent).filter((t) => t?.endsWith('is ready'));
    await act(async () => { vi.advanceTimersByTime(400); }); // load, then a short wait before asking for idle time
    expect(idle).toHaveLength(1);
    for (const expected of [['A is ready'], ['A is ready', 'B is ready'], ['A is ready', 'B is ready', 'C is ready']]) {
      await act(async () => { idle.shift()!(); await vi.runAllTimersAsync(); });
      expect(ready()).toEqual(expected);
    }
    expect(idle).toHaveLength(0);
  });
});
