// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followInPageLinks, hashTarget, settleScroll } from '../../src/book/settleScroll';

/**
 * A heading whose place in the view the test controls: `top` is where it is now, scrollIntoView puts
 * it at its scroll-margin-top unless the page cannot scroll that far (`floor`), and `drift` moves it as
 * blocks above it would when they render.
 */
function fakeHeading(options: { margin?: number; padding?: number; floor?: number } = {}) {
  const el = document.createElement('h2');
  el.id = 'late-section';
  if (options.margin) el.style.scrollMarginTop = `${options.margin}px`;
  document.documentElement.style.scrollPaddingTop = options.padding ? `${options.padding}px` : '';
  document.body.append(el);
  const state = { top: 2000 };
  const place = vi.fn(() => {
    state.top = Math.max((options.margin ?? 0) + (options.padding ?? 0), options.floor ?? -Infinity);
  });
  el.scrollIntoView = place;
  el.getBoundingClientRect = () => ({ top: state.top }) as DOMRect;
  return { el, state, place, drift: (by: number) => void (state.top += by) };
}

/** Runs `n` animation frames (fake timers: one frame per 16 ms). */
const frames = (n: number) => vi.advanceTimersByTime(16 * n);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('settleScroll', () => {
  it('brings the target to the top of the view at once, without smooth scrolling', () => {
    const h = fakeHeading();
    const stop = settleScroll(h.el);
    expect(h.place).toHaveBeenCalledTimes(1);
    expect(h.place).toHaveBeenCalledWith({ block: 'start', inline: 'nearest', behavior: 'instant' });
    expect(h.state.top).toBe(0);
    stop();
  });

  it('puts it back on every frame while blocks above it render, then lets go once it stays put', () => {
    const h = fakeHeading();
    settleScroll(h.el, { stableFrames: 5 });
    for (let i = 0; i < 4; i++) {
      h.drift(137); // a block above took its real height instead of the estimate
      frames(1);
      expect(h.state.top, `frame ${i}`).toBe(0);
    }
    expect(h.place).toHaveBeenCalledTimes(5);
    frames(20); // settled: five quiet frames, then no more work
    const calls = h.place.mock.calls.length;
    h.drift(50);
    frames(5);
    expect(h.place).toHaveBeenCalledTimes(calls);
    expect(h.state.top).toBe(50);
  });

  it('aligns the top with the scroll-margin-top (under the top bar), not with the edge of the view', () => {
    const h = fakeHeading({ margin: 80 });
    settleScroll(h.el, { stableFrames: 3 });
    expect(h.state.top).toBe(80);
    frames(1);
    expect(h.place).toHaveBeenCalledTimes(1); // 80 px from the top is in place: nothing to correct
    h.drift(-80);
    frames(1);
    expect(h.place).toHaveBeenCalledTimes(2);
    expect(h.state.top).toBe(80);
  });

  it("adds the page's scroll-padding-top, as the browser's own jumps do", () => {
    const h = fakeHeading({ margin: 68, padding: 68 });
    settleScroll(h.el, { stableFrames: 3 });
    frames(2);
    expect(h.place).toHaveBeenCalledTimes(1); // 136 px: in place
    h.drift(-68);
    frames(1);
    expect(h.place).toHaveBeenCalledTimes(2);
    expect(h.state.top).toBe(136);
  });

  it('lets go when the page cannot scroll the target any higher (a section near the end)', () => {
    const h = fakeHeading({ floor: 300 });
    settleScroll(h.el, { stableFrames: 4 });
    frames(10);
    const calls = h.place.mock.calls.length;
    frames(10);
    expect(h.place.mock.calls.length).toBe(calls);
    expect(h.state.top).toBe(300);
  });

  it('gives up after maxMs even if the page keeps moving', () => {
    const h = fakeHeading();
    settleScroll(h.el, { maxMs: 500 });
    for (let i = 0; i < 60; i++) {
      h.drift(10);
      frames(1);
    }
    expect(h.state.top).toBeGreaterThan(0); // let go: the drift of the last frames stays
    expect(h.place.mock.calls.length).toBeGreaterThan(20);
    expect(h.place.mock.calls.length).toBeLessThanOrEqual(Math.ceil(500 / 16) + 2);
  });

  for (const [what, fire] of [
    ['a wheel turn', () => window.dispatchEvent(new WheelEvent('wheel'))],
    ['a touch', () => window.dispatchEvent(new Event('touchstart'))],
    ['a pointer press (the scrollbar)', () => window.dispatchEvent(new PointerEvent('pointerdown'))],
    ['Page Down', () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown' }))],
    ['the space bar', () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }))],
  ] as const) {
    it(`stops at once when the reader scrolls by themselves: ${what}`, () => {
      const h = fakeHeading();
      settleScroll(h.el);
      fire();
      h.drift(400);
      frames(10);
      expect(h.state.top).toBe(400);
      expect(h.place).toHaveBeenCalledTimes(1);
    });
  }

  it('keeps going through keys that do not scroll', () => {
    const h = fakeHeading();
    settleScroll(h.el);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
    h.drift(400);
    frames(1);
    expect(h.state.top).toBe(0);
  });

  it('keeps one jump at a time: a new one lets go of the last', () => {
    const a = fakeHeading();
    const b = fakeHeading();
    settleScroll(a.el);
    settleScroll(b.el);
    a.drift(300);
    b.drift(200);
    frames(1);
    expect(a.state.top).toBe(300);
    expect(b.state.top).toBe(0);
  });

  it('lets go of a target that left the page', () => {
    const h = fakeHeading();
    settleScroll(h.el);
    h.el.remove();
    h.drift(100);
    frames(5);
    expect(h.place).toHaveBeenCalledTimes(1);
  });
});

describe('hashTarget', () => {
  it('finds the element a fragment names, percent-escapes decoded', () => {
    const el = document.createElement('h2');
    el.id = '12.4 ReLU';
    document.body.append(el);
    expect(hashTarget(document, '#12.4%20ReLU')).toBe(el);
    expect(hashTarget(document, '#nothing')).toBeNull();
    expect(hashTarget(document, '#')).toBeNull();
    expect(hashTarget(document, '')).toBeNull();
    expect(hashTarget(document, '#%E0%A4%A')).toBeNull(); // malformed escape: looked up as is, not thrown
  });
});

describe('followInPageLinks', () => {
  function page() {
    const article = document.createElement('article');
    article.innerHTML = `<a id="to-late" href="#late-section">§12.6</a><a id="away" href="/chapters/elsewhere#late-section">elsewhere</a>`;
    document.body.append(article);
    const h = fakeHeading();
    article.append(h.el);
    h.state.top = 900; // where the browser's own jump left it, before blocks above rendered
    return { article, h, link: (id: string) => article.querySelector<HTMLAnchorElement>(`#${id}`)! };
  }

  beforeEach(() => history.replaceState(null, '', '/chapters/here'));

  it('keeps the target of a same-page link in place after the jump', () => {
    const { article, h, link } = page();
    const stop = followInPageLinks(article);
    // the browser's jump (or a router's pushState) changes the fragment during the click
    link('to-late').addEventListener('click', (e) => {
      e.preventDefault();
      history.pushState(null, '', '#late-section');
    });
    link('to-late').click();
    vi.advanceTimersByTime(1);
    expect(h.place).toHaveBeenCalled();
    expect(h.state.top).toBe(0);
    h.drift(250);
    frames(1);
    expect(h.state.top).toBe(0);
    stop();
  });

  it('leaves links to other pages, modified clicks and cancelled jumps alone', () => {
    const { article, h, link } = page();
    const stop = followInPageLinks(article);
    const cancel = (e: Event) => e.preventDefault();
    link('away').addEventListener('click', cancel);
    link('to-late').addEventListener('click', cancel); // cancelled: the fragment stays as it was
    link('away').click();
    link('to-late').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    link('to-late').click();
    vi.advanceTimersByTime(10);
    expect(h.place).not.toHaveBeenCalled();
    stop();
  });

  it('follows a fragment changed without a click (the address bar), but not Back or Forward', () => {
    const { article, h } = page();
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    const stop = followInPageLinks(article);
    const change = (navigationType: string) => {
      navigation.dispatchEvent(Object.assign(new Event('navigate'), { hashChange: true, navigationType }));
      history.replaceState(null, '', '#late-section');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    };
    change('traverse');
    expect(h.place).not.toHaveBeenCalled();
    change('push');
    expect(h.place).toHaveBeenCalledTimes(1);
    expect(h.state.top).toBe(0);
    stop();
    delete (window as { navigation?: unknown }).navigation;
  });

  it('stops listening after cleanup', () => {
    const { article, h, link } = page();
    followInPageLinks(article)();
    link('to-late').addEventListener('click', (e) => {
      e.preventDefault();
      history.pushState(null, '', '#late-section');
    });
    link('to-late').click();
    vi.advanceTimersByTime(10);
    expect(h.place).not.toHaveBeenCalled();
  });
});
