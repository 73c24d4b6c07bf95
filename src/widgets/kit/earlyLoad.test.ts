// @vitest-environment happy-dom
// A lazy widget whose prerendered frame is near the view starts downloading before it mounts; one far
// below does not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isNearView, loadEarlyIfNear } from './earlyLoad';

function frame(title: string, top: number) {
  const section = document.createElement('section');
  section.className = 'kit-widget kit-widget--loading';
  section.setAttribute('aria-label', title);
  section.getBoundingClientRect = () => ({ top, bottom: top + 300 }) as DOMRect;
  document.body.append(section);
}

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('early loading of lazy widgets', () => {
  it('near means within 600 px of the view, as the widget judges it when it mounts', () => {
    expect(isNearView({ top: 100, bottom: 400 }, 800)).toBe(true);
    expect(isNearView({ top: 1300, bottom: 1600 }, 800)).toBe(true);
    expect(isNearView({ top: 1500, bottom: 1800 }, 800)).toBe(false);
    expect(isNearView({ top: -1000, bottom: -700 }, 800)).toBe(false);
  });

  it('starts the download of frames near the view, in one pass after the widgets are defined', () => {
    vi.useFakeTimers();
    vi.stubGlobal('innerHeight', 800);
    frame('Near widget', 200);
    frame('Far widget', 5000);
    const near = vi.fn();
    const far = vi.fn();
    const absent = vi.fn();
    loadEarlyIfNear('Near widget', near);
    loadEarlyIfNear('Far widget', far);
    loadEarlyIfNear('Not on this page', absent);
    expect(near).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(near).toHaveBeenCalledTimes(1);
    expect(far).not.toHaveBeenCalled();
    expect(absent).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
