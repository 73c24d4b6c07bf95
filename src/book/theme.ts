// Light and dark themes. The theme is <html data-theme="light|dark">; every colour is a CSS variable
// that depends on it (styles/theme.css). It follows the system unless the reader picked one with the
// toggle; that choice is remembered in localStorage. index.html runs the same decision before the
// first paint (no flash); tests/book/theme.test.ts checks that both agree.
import { useCallback, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'textbook-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemTheme(): Theme {
  return typeof window !== 'undefined' && window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light';
}

export function storedTheme(): Theme | null {
  try {
    const v = localStorage.getItem(THEME_STORAGE_KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null; // storage blocked: just follow the system
  }
}

const listeners = new Set<() => void>();

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  listeners.forEach((l) => l());
}

/**
 * Remembers an explicit choice. Choosing what the system shows anyway forgets the choice instead,
 * so the page goes back to following the system.
 */
export function chooseTheme(theme: Theme): void {
  try {
    if (theme === systemTheme()) localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  applyTheme(theme);
}

export function currentTheme(): Theme {
  const v = typeof document !== 'undefined' ? document.documentElement.dataset.theme : undefined;
  return v === 'dark' || v === 'light' ? v : storedTheme() ?? systemTheme();
}

/** Re-renders on a choice made here and, while the reader has not chosen, on a system change. */
function subscribeTheme(onChange: () => void): () => void {
  listeners.add(onChange);
  const mq = window.matchMedia?.(DARK_QUERY);
  const onSystem = () => {
    if (storedTheme() === null) applyTheme(systemTheme());
  };
  mq?.addEventListener('change', onSystem);
  return () => {
    listeners.delete(onChange);
    mq?.removeEventListener('change', onSystem);
  };
}

const followingSystem = () => storedTheme() === null;

/**
 * The active theme (null on the server and while hydrating: the pre-paint script has already set it on
 * <html>, and CSS shows the matching label until then) and a toggle; follows system changes while the
 * reader has not chosen.
 */
export function useTheme(): { theme: Theme | null; followsSystem: boolean; toggle(): void } {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => null);
  const followsSystem = useSyncExternalStore(subscribeTheme, followingSystem, () => true);
  const toggle = useCallback(() => chooseTheme(currentTheme() === 'dark' ? 'light' : 'dark'), []);
  return { theme, followsSystem, toggle };
}
