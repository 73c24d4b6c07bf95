// The reader's progress: which exercises they have solved, per chapter, remembered in localStorage.
// An exercise reports itself as seen when it mounts (that is how a chapter's total is known, widgets'
// own exercises included) and as solved only when the reader's action turns it correct (see Exercise).
// Storage disabled or full → nothing is remembered and the book works as before, just without ticks.
import { useSyncExternalStore } from 'react';

export const PROGRESS_STORAGE_KEY = 'textbook-progress';

export interface ChapterProgress {
  /** Titles of the chapter's exercises the reader has seen on the page. */
  seen: readonly string[];
  /** Titles the reader has solved. */
  solved: readonly string[];
}
export type Progress = Readonly<Record<string, ChapterProgress>>;

const EMPTY: Progress = Object.freeze({});
const listeners = new Set<() => void>();
/** The parsed progress and the stored text it came from: re-parsed only when that text changes. */
let cache: { raw: string | null; progress: Progress } | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // access itself throws when storage is disabled
  }
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Parses what was stored; anything malformed is dropped rather than trusted. */
export function parseProgress(raw: string | null): Progress {
  if (!raw) return EMPTY;
  try {
    const data: unknown = JSON.parse(raw);
    if (!data || typeof data !== 'object' || Array.isArray(data)) return EMPTY;
    const out: Record<string, ChapterProgress> = {};
    for (const [slug, entry] of Object.entries(data as Record<string, unknown>)) {
      if (!entry || typeof entry !== 'object') continue;
      const e = entry as Record<string, unknown>;
      out[slug] = { seen: strings(e.seen), solved: strings(e.solved) };
    }
    return out;
  } catch {
    return EMPTY;
  }
}

/** The progress stored in this browser (the same object until it changes). */
export function readProgress(): Progress {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(PROGRESS_STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (!cache || cache.raw !== raw) cache = { raw, progress: parseProgress(raw) };
  return cache.progress;
}

function write(next: Progress) {
  const store = storage();
  if (!store) return;
  try {
    if (Object.keys(next).length === 0) store.removeItem(PROGRESS_STORAGE_KEY);
    else store.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(next));
  } catch {
    return; // quota or disabled storage: keep nothing rather than pretend
  }
  listeners.forEach((l) => l());
}

function update(slug: string, title: string, field: 'seen' | 'solved') {
  const current = readProgress();
  const entry = current[slug] ?? { seen: [], solved: [] };
  const add = (list: readonly string[]) => (list.includes(title) ? list : [...list, title]);
  const next = { seen: add(entry.seen), solved: field === 'solved' ? add(entry.solved) : entry.solved };
  if (next.seen === entry.seen && next.solved === entry.solved && current[slug]) return;
  write({ ...current, [slug]: next });
}

/** An exercise titled `title` is on the chapter `slug` (called when it mounts). */
export function markExerciseSeen(slug: string, title: string) {
  update(slug, title, 'seen');
}

/** The reader solved the exercise (call only after the reader's own action made it correct). */
export function markExerciseSolved(slug: string, title: string) {
  update(slug, title, 'solved');
}

/** Forgets every solved exercise in this browser. */
export function resetProgress() {
  write(EMPTY);
}

export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === PROGRESS_STORAGE_KEY) listener(); // another tab changed it
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

/** The stored progress, re-rendering when it changes; empty while prerendering and hydrating. */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, readProgress, () => EMPTY);
}

/** How many of a chapter's exercises are solved, out of those seen. */
export function chapterCounts(progress: Progress, slug: string): { solved: number; total: number } {
  const entry = progress[slug];
  if (!entry) return { solved: 0, total: 0 };
  const solved = entry.solved.length;
  return { solved, total: Math.max(solved, new Set([...entry.seen, ...entry.solved]).size) };
}

/** "3 of 5 exercises solved", "all exercises solved", or null when nothing is solved yet. */
export function progressText(counts: { solved: number; total: number }): string | null {
  if (counts.solved === 0) return null;
  if (counts.solved >= counts.total) return 'all exercises solved';
  return `${counts.solved} of ${counts.total} exercises solved`;
}

/** The slug of the chapter a path shows (`/chapters/<slug>`, under any base), or null. */
export function chapterSlugFromPath(pathname: string): string | null {
  const m = /\/chapters\/([^/?#]+)\/?$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}
