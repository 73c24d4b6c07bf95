// The Shiki highlighter rehype-pretty-code uses for code listings, without Shiki's per-line time limit.
// By default Shiki stops tokenizing a line after 500 ms of wall-clock time; on a busy build machine that
// happens at random, and a listing then comes out split and coloured differently in the client build
// and in the prerender's SSR build (a hydration mismatch), or simply wrong. Listings are short: no limit.
import { getSingletonHighlighter, type BundledHighlighterOptions, type BundledLanguage, type BundledTheme, type Highlighter } from 'shiki';

export async function untimedHighlighter(options: BundledHighlighterOptions<BundledLanguage, BundledTheme>): Promise<Highlighter> {
  const highlighter = await getSingletonHighlighter(options);
  return {
    ...highlighter,
    codeToHtml: (code, highlightOptions) => highlighter.codeToHtml(code, { ...highlightOptions, tokenizeTimeLimit: 0 }),
    codeToHast: (code, highlightOptions) => highlighter.codeToHast(code, { ...highlightOptions, tokenizeTimeLimit: 0 }),
  };
}
