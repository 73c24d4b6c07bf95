// "A new version of the book is available" with a Reload button, when a new service worker is waiting
// (src/book/offline/registerServiceWorker.ts). The polite live region is always in the page (empty until
// then) so screen readers announce the message when it appears; the server render and the first client
// render are both the empty region, so prerendered pages hydrate without a mismatch.
import { useState, useSyncExternalStore } from 'react';
import { updateStore } from './updateStore';
import './updateNotice.css';

export function UpdateNotice() {
  const update = useSyncExternalStore(updateStore.subscribe, updateStore.get, updateStore.getServer);
  const [dismissed, setDismissed] = useState<object | null>(null);
  const open = update !== null && dismissed !== update;
  return (
    <div className="update-notice" role="status" aria-live="polite">
      {open && (
        <div className="update-notice__card">
          <p className="update-notice__text">A new version of the book is available.</p>
          <div className="update-notice__actions">
            <button type="button" className="button button--primary" onClick={() => update.reload()}>
              Reload
            </button>
            <button type="button" className="button" onClick={() => setDismissed(update)}>
              Not now
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
