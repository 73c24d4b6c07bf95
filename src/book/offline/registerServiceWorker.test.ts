// The update flow with stand-ins for the browser's service-worker objects (the real ones, in Chromium,
// are exercised by tests/e2e/offline.spec.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followUpdates, whenNetworkQuiet } from './registerServiceWorker';
import { setUpdateReady, updateStore } from './updateStore';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeContainer extends EventTarget {
  constructor(public controller: ServiceWorker | null) {
    super();
  }
  takeOver(worker: FakeWorker) {
    this.controller = worker as unknown as ServiceWorker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: ServiceWorker | null = null;
  waiting: ServiceWorker | null = null;
  found(worker: FakeWorker) {
    this.installing = worker as unknown as ServiceWorker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

const asWorker = (w: FakeWorker) => w as unknown as ServiceWorker;
const running = () => asWorker(Object.assign(new FakeWorker(), { state: 'activated' as const }));

afterEach(() => setUpdateReady(null));

describe('followUpdates', () => {
  it('the first worker installs and takes charge quietly: no notice, no reload', () => {
    const container = new FakeContainer(null);
    const registration = new FakeRegistration();
    const reloadPage = vi.fn();
    const first = new FakeWorker();
    registration.installing = asWorker(first);
    followUpdates(container, registration, reloadPage);
    first.become('installed');
    container.takeOver(first);
    expect(updateStore.get()).toBeNull();
    expect(reloadPage).not.toHaveBeenCalled();
  });

  it('a new version waits for the reader; Reload activates it and reloads once it is in charge', () => {
    const container = new FakeContainer(running());
    const registration = new FakeRegistration();
    const reloadPage = vi.fn();
    followUpdates(container, registration, reloadPage);
    const next = new FakeWorker();
    registration.found(next);
    expect(updateStore.get()).toBeNull();
    next.become('installed');
    const ready = updateStore.get();
    expect(ready).not.toBeNull();
    expect(next.messages).toEqual([]); // nothing happens until the reader asks

    ready!.reload();
    expect(next.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reloadPage).not.toHaveBeenCalled(); // not before the new worker is in charge
    container.takeOver(next);
    expect(reloadPage).toHaveBeenCalledTimes(1);
    container.takeOver(next);
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('a version already waiting when the page opens is offered at once', () => {
    const registration = new FakeRegistration();
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    registration.waiting = asWorker(waiting);
    followUpdates(new FakeContainer(running()), registration, vi.fn());
    updateStore.get()!.reload();
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
  });

  it('a new version that took charge from another tab: the notice offers a plain reload', () => {
    const container = new FakeContainer(running());
    const reloadPage = vi.fn();
    followUpdates(container, new FakeRegistration(), reloadPage);
    const other = new FakeWorker();
    other.state = 'activated';
    container.takeOver(other);
    expect(reloadPage).not.toHaveBeenCalled();
    updateStore.get()!.reload();
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(other.messages).toEqual([]);
  });
});

describe('whenNetworkQuiet', () => {
  afterEach(() => vi.useRealTimers());

  it('waits until no download has finished for the quiet time, then calls once', () => {
    vi.useFakeTimers();
    let clock = 0;
    let lastEnd = 0;
    const then = vi.fn();
    whenNetworkQuiet(then, { quietMs: 2000, atMostMs: 15_000, now: () => clock, lastActivity: () => lastEnd });
    // A widget's code arrives 1.5 s in: the clock starts again from there.
    clock = 1500; lastEnd = 1500;
    vi.advanceTimersByTime(1500);
    expect(then).not.toHaveBeenCalled();
    clock = 3400;
    vi.advanceTimersByTime(1900);
    expect(then).not.toHaveBeenCalled();
    clock = 3600;
    vi.advanceTimersByTime(200);
    expect(then).toHaveBeenCalledTimes(1);
    clock = 10_000;
    vi.advanceTimersByTime(10_000);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting after the longest wait on a page that never goes quiet', () => {
    vi.useFakeTimers();
    let clock = 0;
    const then = vi.fn();
    whenNetworkQuiet(then, { quietMs: 2000, atMostMs: 15_000, now: () => clock, lastActivity: () => clock - 100 });
    for (let i = 0; i < 149; i++) {
      clock += 100;
      vi.advanceTimersByTime(100);
    }
    expect(then).not.toHaveBeenCalled();
    clock += 100;
    vi.advanceTimersByTime(100);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
