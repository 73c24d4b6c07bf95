// Formulas typeset ahead of time. KaTeX's JavaScript never ships to the reader for these widgets:
// the build typesets every formula of the kit's activation table (virtual:katex-formulas, made by
// src/book/plugins/katexFormulasPlugin.ts). The explorer, and with it this table, loads on demand
// (see index.ts), so it does not weigh on the chapter.
import { FORMULA_HTML } from 'virtual:katex-formulas';

export function PrerenderedTex(props: { source: string; className?: string }) {
  const html = FORMULA_HTML[props.source];
  if (html === undefined) return <code className={props.className}>{props.source}</code>;
  return <span className={props.className} dangerouslySetInnerHTML={{ __html: html }} />;
}
