// Light and dark themes. The theme is <html data-theme="light|dark">; every colour is a CSS variable
// that depends on it (styles/theme.css). It follows the system unless the reader picked one with the
// toggle; that choice is remembered in localStorage. index.html runs the same decision before the
// first paint (no flash); tests/book/theme.test.ts checks that both agree.
import { useCallback, useEffect, useState } from 'react';

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

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
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

/** The active theme and a toggle; follows system changes while the reader has not chosen. */
export function useTheme(): { theme: Theme; followsSystem: boolean; toggle(): void } {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  const [followsSystem, setFollows] = useState(() => storedTheme() === null);

  useEffect(() => {
    applyTheme(theme);
  }, [theme]);

  useEffect(() => {
    const mq = window.matchMedia?.(DARK_QUERY);
    if (!mq) return;
    const onChange = () => {
      if (storedTheme() !== null) return;
      setTheme(systemTheme());
      setFollows(true);
    };
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);

  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    chooseTheme(next);
    setTheme(next);
    setFollows(storedTheme() === null);
  }, []);

  return { theme, followsSystem, toggle };
}
