// Top-level components of a chapter carry keys made of their name and count, so that React keeps a
// widget's state when prose above it is added or removed (src/book/plugins/remarkWidgetKeys.ts).
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { remarkWidgetKeys } from '../../src/book/plugins/remarkWidgetKeys';

async function build(source: string): Promise<string> {
  return String(await compile(source, { remarkPlugins: [remarkWidgetKeys], development: false }));
}

describe('remarkWidgetKeys', () => {
  it('keys each top-level component by name and occurrence, leaving prose, inline JSX and given keys alone', async () => {
    const js = await build(
      [
        'Some prose with an inline <Chip /> in it.',
        '',
        '<XorLab />',
        '',
        '<Figure caption="A">',
        '  <Inner />',
        '</Figure>',
        '',
        '<XorLab shareInUrl={false} />',
        '',
        '<Note key="mine">Hi</Note>',
      ].join('\n'),
    );
    expect(js).toMatch(/_jsx\(XorLab, \{\}, "XorLab:0"\)/);
    expect(js).toMatch(/_jsx\(XorLab, \{\s*shareInUrl: false\s*\}, "XorLab:1"\)/);
    expect(js).toMatch(/"Figure:0"/);
    expect(js).toMatch(/"mine"/);
    expect(js).not.toMatch(/"Inner:0"|"Chip:0"|"Note:0"/);
    expect(js).not.toMatch(/key:/);
  });

  it('the key of a widget does not change when a paragraph is added above it', async () => {
    const before = await build('Intro.\n\n<XorLab />\n');
    const after = await build('Intro.\n\nA new paragraph.\n\n<XorLab />\n');
    const key = (js: string) => /_jsx\(XorLab, \{\}, "([^"]+)"\)/.exec(js)?.[1];
    expect(key(before)).toBe('XorLab:0');
    expect(key(after)).toBe(key(before));
  });
});
