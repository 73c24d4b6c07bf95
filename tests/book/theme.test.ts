// @vitest-environment happy-dom
// The pre-paint script in index.html and src/book/theme.ts must make the same decision, with the
// same storage key, or the page would flash one theme and then switch.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY, applyTheme, chooseTheme, currentTheme, storedTheme } from '../../src/book/theme';

const html = readFileSync('index.html', 'utf8');
const prepaint = /<script id="theme-prepaint">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

function systemPrefers(theme: 'light' | 'dark') {
  window.matchMedia = vi.fn((query: string) => ({
    matches: theme === 'dark' && query.includes('dark'),
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as unknown as typeof window.matchMedia;
}

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('index.html pre-paint script', () => {
  it('exists, runs before the app, and uses the same storage key as the site and the e2e helper', () => {
    expect(prepaint).toContain(`'${THEME_STORAGE_KEY}'`);
    // The e2e helper cannot be imported here (it pulls in Playwright); compare its source instead.
    expect(readFileSync('tests/e2e/support/reader.ts', 'utf8')).toContain(`THEME_STORAGE_KEY = '${THEME_STORAGE_KEY}'`);
    expect(html.indexOf('theme-prepaint')).toBeLessThan(html.indexOf('src/main.tsx'));
  });

  for (const [system, stored, expected] of [
    ['light', null, 'light'],
    ['dark', null, 'dark'],
    ['light', 'dark', 'dark'],
    ['dark', 'light', 'light'],
    ['dark', 'purple', 'dark'],
  ] as const) {
    it(`system ${system}, stored ${String(stored)} → ${expected}, same as theme.ts`, () => {
      systemPrefers(system);
      if (stored) localStorage.setItem(THEME_STORAGE_KEY, stored);
      new Function(prepaint)();
      expect(document.documentElement.dataset.theme).toBe(expected);
      expect(document.documentElement.style.colorScheme).toBe(expected);
      delete document.documentElement.dataset.theme;
      expect(currentTheme()).toBe(expected);
    });
  }
});

describe('theme choice', () => {
  it('remembers a choice that differs from the system and forgets one that matches it', () => {
    systemPrefers('light');
    chooseTheme('dark');
    expect(storedTheme()).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    chooseTheme('light');
    expect(storedTheme()).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('applies a theme to <html>', () => {
    applyTheme('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});

describe('theme.css', () => {
  it('defines every shared colour variable for both themes', () => {
    const css = readFileSync('src/book/styles/theme.css', 'utf8');
    const names = ['--bg', '--surface', '--fg', '--muted', '--border', '--accent', '--accent-fg', '--danger', '--ok', '--warn',
      '--code-bg', '--focus', '--series-1', '--series-2', '--series-3', '--series-4', '--series-5', '--series-6', '--heat-neg', '--heat-pos'];
    const light = /:root\[data-theme='light'\]\s*\{([^}]*)\}/.exec(css)![1];
    const dark = /:root\[data-theme='dark'\]\s*\{([^}]*)\}/.exec(css)![1];
    for (const block of [light, dark]) {
      for (const name of names) expect(block, name).toMatch(new RegExp(`${name}:\\s*#[0-9a-f]{6};`));
    }
  });
});
