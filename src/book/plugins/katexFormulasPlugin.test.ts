import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTables } from './katexFormulasPlugin';

describe('katexFormulasPlugin', () => {
  it('typesets every TeX source of a table, keyed by the source', async () => {
    const root = mkdtempSync(join(tmpdir(), 'katex-'));
    writeFileSync(join(root, 'table.ts'), "export const T: Record<string, string> = { a: 'x^2' };\n");
    const html = await renderTables(root, [{ file: 'table.ts', pick: (m) => Object.values(m.T as Record<string, string>) }]);
    expect(Object.keys(html)).toEqual(['x^2']);
    expect(html['x^2']).toContain('katex-display');
  });

  it('a formula KaTeX cannot parse fails, naming the table and the source', async () => {
    const root = mkdtempSync(join(tmpdir(), 'katex-'));
    writeFileSync(join(root, 'bad.ts'), "export const T = ['\\\\frac{1'];\n");
    await expect(renderTables(root, [{ file: 'bad.ts', pick: (m) => m.T as string[] }])).rejects.toThrow(/bad\.ts: KaTeX cannot typeset/);
  });
});
