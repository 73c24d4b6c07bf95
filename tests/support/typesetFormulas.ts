// Checks that the build typeset every formula of a TeX table: virtual:katex-formulas holds KaTeX HTML
// for each source, and none of it is a KaTeX error.
import { FORMULA_HTML } from 'virtual:katex-formulas';
import { expect } from 'vitest';

export function expectTypeset(sources: string[]): void {
  expect(sources.length).toBeGreaterThan(0);
  for (const tex of sources) {
    const html = FORMULA_HTML[tex];
    expect(html, `no typeset HTML for ${tex}`).toBeDefined();
    expect(html).toContain('class="katex-display"');
    expect(html, `KaTeX error in ${tex}`).not.toContain('katex-error');
  }
}
