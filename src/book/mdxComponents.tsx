// The bridge between prose and React: what MDX elements render as, and the components every chapter
// may use without importing them (<Figure>, <Aside>, <Note>).
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Link } from 'wouter';
import { CodeFigure, CodePre } from './CodeBlock';

/** A figure with a caption: `<Figure caption="What the reader should see.">…</Figure>`. */
export function Figure(props: { caption: ReactNode; children: ReactNode; id?: string }) {
  return (
    <figure className="figure" id={props.id}>
      <div className="figure__content">{props.children}</div>
      <figcaption className="figure__caption">{props.caption}</figcaption>
    </figure>
  );
}

type CalloutTone = 'note' | 'tip' | 'warning';

/** A call-out beside the main line of the text: `<Aside title="Why not …?">…</Aside>`. */
export function Aside(props: { title?: string; tone?: CalloutTone; children: ReactNode }) {
  const tone = props.tone ?? 'note';
  const title = props.title ?? { note: 'Note', tip: 'Tip', warning: 'Careful' }[tone];
  return (
    <aside className={`callout callout--${tone}`} aria-label={title}>
      <p className="callout__title" aria-hidden="true">{title}</p>
      <div className="callout__body">{props.children}</div>
    </aside>
  );
}

/** Shorthand for a plain note: `<Note>…</Note>`. */
export function Note(props: { title?: string; children: ReactNode }) {
  return <Aside tone="note" title={props.title}>{props.children}</Aside>;
}

/** Tables scroll sideways inside their own box on narrow screens instead of widening the page. */
function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Table (scrolls sideways on small screens)">
      <table {...props} />
    </div>
  );
}

/** Links inside the book navigate without a page load; links elsewhere open normally. */
function Anchor(props: ComponentPropsWithoutRef<'a'>) {
  const { href = '', children, ...rest } = props;
  if (href.startsWith('/') && !href.startsWith('//')) return <Link href={href} {...rest}>{children}</Link>;
  const external = /^https?:/.test(href);
  return <a href={href} {...rest} {...(external ? { rel: 'noopener noreferrer' } : {})}>{children}</a>;
}

export const mdxComponents: MDXComponents = {
  figure: CodeFigure,
  pre: CodePre,
  table: Table,
  a: Anchor,
  Figure,
  Aside,
  Note,
};
