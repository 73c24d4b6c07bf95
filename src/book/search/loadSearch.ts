// Downloads the book's search index (built by src/book/plugins/searchIndexPlugin.ts) once, on the
// reader's first search, and keeps it for the rest of the visit. A failed download can be retried.
import { SEARCH_INDEX_PATH } from 'virtual:search-index';
import { BookSearch } from './bookSearch';
import type { SearchIndexFile } from './searchSchema';

let loading: Promise<BookSearch> | null = null;

export function loadBookSearch(): Promise<BookSearch> {
  loading ??= fetch(`${import.meta.env.BASE_URL}${SEARCH_INDEX_PATH}`)
    .then((response) => {
      if (!response.ok) throw new Error(`the search index did not load (HTTP ${response.status})`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then((file) => new BookSearch(file))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
