// Whether a new version of the book is ready, for the update notice (src/book/offline/UpdateNotice.tsx).
// Set by the service-worker registration; read through useSyncExternalStore, whose server snapshot is
// always "nothing", so the prerendered page and the first client render agree.

export interface UpdateReady {
  /** Activates the new version and reloads the page once. */
  reload(): void;
}

let ready: UpdateReady | null = null;
const listeners = new Set<() => void>();

export function setUpdateReady(update: UpdateReady | null): void {
  ready = update;
  for (const l of listeners) l();
}

export const updateStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): UpdateReady | null => ready,
  getServer: (): UpdateReady | null => null,
};
