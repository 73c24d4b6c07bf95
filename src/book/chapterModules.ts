// The compiled chapters, one lazily loaded chunk each (import.meta.glob without `eager`).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MDXProps } from 'mdx/types';
import { parseChapterFileName } from './chapterMeta';

type ChapterModule = { default: ComponentType<MDXProps> };

const loaders = new Map<string, () => Promise<ChapterModule>>();
for (const [path, load] of Object.entries(import.meta.glob<ChapterModule>('../../chapters/*.mdx'))) {
  const parsed = parseChapterFileName(path);
  if (parsed) loaders.set(parsed.slug, load);
}

const components = new Map<string, LazyExoticComponent<ComponentType<MDXProps>>>();

/** The chapter's body as a lazy component (the same one on every call), or null for an unknown slug. */
export function chapterComponent(slug: string): LazyExoticComponent<ComponentType<MDXProps>> | null {
  const load = loaders.get(slug);
  if (!load) return null;
  let component = components.get(slug);
  if (!component) {
    component = lazy(load);
    components.set(slug, component);
  }
  return component;
}

/** Starts downloading a chapter's chunk early (on hover or focus of a link to it). */
export function preloadChapter(slug: string): void {
  void loaders.get(slug)?.().catch(() => undefined);
}
