import { useEffect } from 'react';
import { pageTitle } from './book';

/** Sets document.title to "<title> · <book>" (or the book's own title without an argument). */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);
}
