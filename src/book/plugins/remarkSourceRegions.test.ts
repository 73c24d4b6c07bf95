import { describe, expect, it } from 'vitest';
import { extractRegion } from './remarkSourceRegions';

const SOURCE = `import x from 'y';
export class A {
  // #region forward
  forward(v: number) {
    // #region inner
    return v * 2;
    // #endregion
  }
  // #endregion
}
`;

describe('extractRegion', () => {
  it('takes the lines between the markers, dedented, with nested markers removed', () => {
    expect(extractRegion(SOURCE, 'forward')).toBe('forward(v: number) {\n  return v * 2;\n}');
    expect(extractRegion(SOURCE, 'inner')).toBe('return v * 2;');
  });

  it('fails loudly when a region is missing or unterminated', () => {
    expect(() => extractRegion(SOURCE, 'backward', 'a.ts')).toThrow('a.ts: no "// #region backward" marker');
    expect(() => extractRegion('// #region open\nx', 'open', 'b.ts')).toThrow('b.ts: region "open" has no matching // #endregion');
  });
});
