// Widgets take every colour from the site's CSS variables, so charts and heatmaps follow the theme.
// Canvas painting needs numbers: readColor() resolves a variable to [r, g, b].
import { useEffect, useState } from 'react';

export type Rgb = [number, number, number];

let probe: CanvasRenderingContext2D | null = null;

/** Resolves any CSS colour string to RGB using the browser's own parser. */
export function parseCssColor(color: string, fallback: Rgb = [128, 128, 128]): Rgb {
  const hex = color.trim().match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as Rgb;
  if (typeof document === 'undefined') return fallback;
  probe ??= document.createElement('canvas').getContext('2d');
  if (!probe) return fallback;
  probe.fillStyle = '#000';
  probe.fillStyle = color;
  const out = String(probe.fillStyle);
  const h = out.match(/^#([0-9a-f]{6})$/i);
  if (h) return [0, 2, 4].map((i) => parseInt(h[1].slice(i, i + 2), 16)) as Rgb;
  const m = out.match(/rgba?\(([^)]+)\)/);
  return m ? (m[1].split(',').slice(0, 3).map((s) => Number(s.trim())) as Rgb) : fallback;
}

export function cssVar(name: string, el: Element = document.documentElement): string {
  return getComputedStyle(el).getPropertyValue(name).trim();
}

export function readColor(name: string, fallback: Rgb = [128, 128, 128]): Rgb {
  if (typeof document === 'undefined') return fallback;
  const v = cssVar(name);
  return v ? parseCssColor(v, fallback) : fallback;
}

/** A number that changes whenever the theme does (toggle or system switch); use it as an effect dependency. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const mo = new MutationObserver(bump);
    mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    mq?.addEventListener('change', bump);
    return () => {
      mo.disconnect();
      mq?.removeEventListener('change', bump);
    };
  }, []);
  return version;
}
