// Text read-outs: what a chart or heatmap shows, in words and numbers, for every reader and for
// screen readers (polite live region, so updates are announced without interrupting).
import type { ReactNode } from 'react';
import './kit.css';

export function ReadOut(props: { children: ReactNode; live?: boolean; className?: string }) {
  return (
    <div className={`kit-readout ${props.className ?? ''}`} aria-live={props.live === false ? undefined : 'polite'}>
      {props.children}
    </div>
  );
}

/** A small labelled figure: "Loss 0.0123". */
export function Stat(props: { label: string; value: ReactNode; tone?: 'ok' | 'warn' | 'danger' }) {
  return (
    <div className={`kit-stat ${props.tone ? `kit-stat--${props.tone}` : ''}`}>
      <span className="kit-stat__label">{props.label}</span>
      <span className="kit-stat__value">{props.value}</span>
    </div>
  );
}
