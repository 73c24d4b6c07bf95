// Code listings, highlighted at build time by rehype-pretty-code, which wraps each one in
// <figure data-rehype-pretty-code-figure> with an optional <figcaption> title and the <pre>.
// CodeFigure adds a Copy button to that bar; CodePre makes the listing focusable so a keyboard
// reader can scroll long lines sideways.
import { useRef, useState, type ComponentPropsWithoutRef } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

export function CodeFigure(props: ComponentPropsWithoutRef<'figure'>) {
  const isCode = (props as Record<string, unknown>)['data-rehype-pretty-code-figure'] !== undefined;
  const figureRef = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  if (!isCode) return <figure {...props} />;

  const copy = async () => {
    const text = figureRef.current?.querySelector('pre code')?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text.replace(/\n$/, ''));
      setState('copied');
    } catch {
      setState('failed');
    }
    window.setTimeout(() => setState('idle'), 2000);
  };

  return (
    <figure {...props} ref={figureRef} className={`code-figure ${props.className ?? ''}`}>
      {props.children}
      <button type="button" className="code-figure__copy" onClick={copy}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : 'Copy'}
        <span className="visually-hidden"> code</span>
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? 'Code copied to the clipboard' : state === 'failed' ? 'Could not copy the code' : ''}
      </span>
    </figure>
  );
}

export function CodePre(props: ComponentPropsWithoutRef<'pre'>) {
  return <pre {...props} tabIndex={0} />;
}
