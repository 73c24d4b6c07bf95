// Formulas typeset ahead of time. KaTeX's JavaScript never ships to the reader for these widgets:
// formulas.generated.ts holds KaTeX's HTML for every formula in formulas.ts, and a unit test
// (formulas.test.ts) re-renders them with KaTeX and fails if the two ever differ. The explorer,
// and with it this table, loads on demand (see index.ts), so it does not weigh on the chapter.
import { FORMULA_HTML } from './formulas.generated';

export function PrerenderedTex(props: { source: string; className?: string }) {
  const html = FORMULA_HTML[props.source];
  if (html === undefined) return <code className={props.className}>{props.source}</code>;
  return <span className={props.className} dangerouslySetInnerHTML={{ __html: html }} />;
}
