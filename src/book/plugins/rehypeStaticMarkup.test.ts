// The static-markup pass changes how a chapter's formulas and code listings reach React, never the HTML
// a reader gets: the same MDX, compiled with and without it, renders to the same markup.
import { evaluate, type EvaluateOptions } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeKatex from 'rehype-katex';
import rehypePrettyCode from 'rehype-pretty-code';
import remarkMath from 'remark-math';
import { describe, expect, it } from 'vitest';
import { untimedHighlighter } from './highlighter';
import { rehypeStaticMarkup, styleEntries } from './rehypeStaticMarkup';

const SOURCE = [
  'Inline $W_1 x + b$ and a display:',
  '',
  '$$',
  '\\begin{aligned} s &\\leftarrow \\alpha\\, s + (1 - \\alpha)\\, g^2 \\end{aligned}',
  '$$',
  '',
  '```ts',
  "for (let i = 0; i < n; i++) total += 'a' + `b`; // a & b",
  '```',
].join('\n');

async function render(withPass: boolean): Promise<string> {
  const rehypePlugins: NonNullable<EvaluateOptions['rehypePlugins']> = [
    [rehypeKatex, { strict: false }],
    [rehypePrettyCode, { theme: 'github-dark-default', getHighlighter: untimedHighlighter }],
    ...(withPass ? [rehypeStaticMarkup] : []),
  ];
  const { default: Content } = await evaluate(SOURCE, { ...runtime, remarkPlugins: [remarkMath], rehypePlugins });
  return renderToStaticMarkup(createElement(Content));
}

/** Markup compared as a browser reads it: entities decoded, KaTeX's trailing `;` in styles dropped. */
function normalise(html: string): string {
  const decoded = html.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return decoded.replace(/;"/g, '"');
}

describe('rehypeStaticMarkup', () => {
  it('renders the same HTML as the element trees it replaces', async () => {
    const trees = await render(false);
    const strings = await render(true);
    expect(strings).toContain('class="katex"');
    expect(strings).toContain('<code data-language="ts"');
    expect(normalise(strings)).toBe(normalise(trees));
  });

  it('hands React one string per formula and per listing instead of their spans', async () => {
    const compiled = String((await import('@mdx-js/mdx')).compileSync(SOURCE, { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeStaticMarkup] }));
    expect(compiled.match(/dangerouslySetInnerHTML/g)).toHaveLength(3); // the inline formula, the display and the listing
    expect(compiled).not.toMatch(/className: "mord/);
  });

  it('turns an inline style into the object React expects', () => {
    expect(styleEntries('display:grid; --shiki-light: #fff;margin-right:0.1389em;')).toEqual([
      ['display', 'grid'], ['--shiki-light', '#fff'], ['marginRight', '0.1389em'],
    ]);
  });
});
