// Vite plugin: `import { FORMULA_HTML } from 'virtual:katex-formulas'` gives KaTeX's display-mode HTML
// for every formula in the TeX tables named in vite.config.ts (the kit's activation presentation table,
// the schedule plotter's formulas), keyed by the TeX source. The TeX is typeset at build time, so KaTeX's
// JavaScript never ships with the widgets that show these formulas. A formula KaTeX cannot parse fails
// the build, naming the table and the source.
import { resolve } from 'node:path';
import katex from 'katex';
import { runnerImport, type Plugin } from 'vite';

const PUBLIC_ID = 'virtual:katex-formulas';
const RESOLVED_ID = '\0' + PUBLIC_ID;

export interface TexTable {
  /** The module that holds the TeX, relative to the project root. */
  file: string;
  /** The TeX sources in that module's exports. */
  pick: (module: Record<string, unknown>) => string[];
}

/** KaTeX's display-mode HTML for one TeX source; throws on a formula KaTeX cannot parse. */
export function renderFormula(tex: string): string {
  return katex.renderToString(tex, { displayMode: true, throwOnError: true });
}

/** Every TeX source of the tables, typeset: source → HTML. */
export async function renderTables(root: string, tables: TexTable[]): Promise<Record<string, string>> {
  const html: Record<string, string> = {};
  for (const table of tables) {
    const { module } = await runnerImport<Record<string, unknown>>(resolve(root, table.file));
    for (const tex of table.pick(module)) {
      try {
        html[tex] = renderFormula(tex);
      } catch (e) {
        throw new Error(`${table.file}: KaTeX cannot typeset ${JSON.stringify(tex)}: ${(e as Error).message}`);
      }
    }
  }
  return html;
}

export function katexFormulasPlugin(options: { root: string; tables: TexTable[] }): Plugin {
  return {
    name: 'book:katex-formulas',
    resolveId(id) {
      return id === PUBLIC_ID ? RESOLVED_ID : null;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const table of options.tables) this.addWatchFile(resolve(options.root, table.file));
      const html = await renderTables(options.root, options.tables);
      return `export const FORMULA_HTML = ${JSON.stringify(html, null, 2)};\n`;
    },
  };
}
