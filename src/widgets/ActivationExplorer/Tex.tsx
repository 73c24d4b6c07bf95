// A formula typeset with KaTeX (renderToString works in the browser and in happy-dom alike).
import katex from 'katex';
import { useMemo } from 'react';

export function Tex(props: { children: string; display?: boolean; className?: string }) {
  const html = useMemo(
    () => katex.renderToString(props.children, { displayMode: props.display ?? false, throwOnError: false }),
    [props.children, props.display],
  );
  return <span className={props.className} dangerouslySetInnerHTML={{ __html: html }} />;
}
