// What a chapter's prerendered HTML must contain, read from its .mdx source independently of the
// build: a plain-text stretch of its first paragraph, and whether it has math at all.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The chapter's source without its frontmatter, imports/exports and fenced code. */
function prose(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^(import|export) .*$/gm, '');
}

/** The first paragraph of prose: not a heading, JSX, list, quote, table or display math. */
export function firstParagraph(source: string): string {
  const blocks = prose(source).split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const first = blocks.find((b) => !/^(#|<|\{|[-*+] |\d+\. |>|\||\$\$)/.test(b));
  if (!first) throw new Error('no prose paragraph found');
  return first.replace(/\s+/g, ' ');
}

/**
 * The longest run of the first paragraph free of Markdown and MDX markup (emphasis, code, math, links,
 * JSX), so it reads the same in the HTML's text; at least 25 characters.
 */
export function firstParagraphText(source: string): string {
  const runs = firstParagraph(source).split(/[*_`$[\]<>{}\\()]/).map((r) => r.trim());
  const longest = runs.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 25) throw new Error(`the first paragraph has no plain stretch of 25+ characters: ${firstParagraph(source)}`);
  return longest;
}

/** Inline or display math outside code: $…$ or $$…$$. */
export function hasMath(source: string): boolean {
  return /\$[^$\n]+\$/.test(prose(source).replace(/`[^`\n]*`/g, ''));
}

/** An HTML document or fragment as the text a reader sees (tags dropped, entities decoded, spaces collapsed). */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(p|div|h[1-6]|li|ol|ul|section|header|nav|main|article|aside|figure|figcaption|pre|table|tr|td|th|br)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '') // inline markup (links, emphasis, code) joins its text
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
      if (e[0] !== '#') return named[e.toLowerCase()]!;
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/\s+/g, ' ');
}

export interface ChapterSource {
  slug: string;
  source: string;
}

/** Every chapter file (chapters/NN-slug.mdx) with its slug and source. */
export function chapterSources(dir = 'chapters'): ChapterSource[] {
  return readdirSync(dir)
    .filter((f) => /^\d{2}-[a-z0-9-]+\.mdx$/.test(f))
    .sort()
    .map((f) => ({ slug: f.replace(/^\d{2}-/, '').replace(/\.mdx$/, ''), source: readFileSync(join(dir, f), 'utf8') }));
}
