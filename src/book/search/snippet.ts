// The short piece of a section's text a search result shows, with the words that matched marked.
// Pure functions (no DOM), so a unit test can check them.

export interface Segment {
  text: string;
  /** A word the query matched. */
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for any of `terms` as whole words (letters and digits on neither side), case-insensitive. */
export function termsPattern(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length).map(escape);
  return words.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`, 'giu') : null;
}

/** `text` cut into marked and unmarked runs. */
export function markTerms(text: string, terms: readonly string[]): Segment[] {
  const pattern = termsPattern(terms);
  if (!pattern) return text ? [{ text, mark: false }] : [];
  const out: Segment[] = [];
  let cursor = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > cursor) out.push({ text: text.slice(cursor, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    cursor = m.index + m[0].length;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), mark: false });
  return out;
}

/**
 * About `width` characters of `text` around the first place the query matched (the whole phrase if it
 * occurs, else the first matched word; the start of the text if only the heading or code matched),
 * cut at spaces, with "…" where text was left out.
 */
export function snippet(text: string, terms: readonly string[], phrase = '', width = 170): Segment[] {
  let at = phrase ? text.toLowerCase().indexOf(phrase.toLowerCase()) : -1;
  if (at < 0) {
    const pattern = termsPattern(terms);
    const first = pattern ? pattern.exec(text) : null;
    at = first ? first.index : 0;
  }
  let start = Math.max(0, at - Math.round(width / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start + width / 2 ? space : end;
  }
  const piece = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return markTerms(piece, terms);
}
