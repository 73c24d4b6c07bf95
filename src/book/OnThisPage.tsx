// "On this page": the chapter's h2/h3 headings, with the section being read highlighted as the reader
// scrolls. Side variant for wide screens, a collapsible inline variant above the text on narrow ones.
import { useEffect, useState } from 'react';

export interface PageHeading {
  id: string;
  text: string;
  level: 2 | 3;
}

/** The h2/h3 headings with ids inside `root`, as the permalink-free text a reader sees. */
export function collectHeadings(root: ParentNode): PageHeading[] {
  return [...root.querySelectorAll<HTMLHeadingElement>('.chapter__body h2[id], .chapter__body h3[id]')].map((h) => {
    const clone = h.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.permalink').forEach((a) => a.remove());
    return { id: h.id, text: (clone.textContent ?? '').trim(), level: h.tagName === 'H2' ? 2 : 3 };
  });
}

/** The id of the last heading whose top has scrolled above `offset` px (the first one before that). */
export function activeHeadingId(tops: readonly { id: string; top: number }[], offset: number, atBottom: boolean): string | null {
  if (!tops.length) return null;
  if (atBottom) return tops[tops.length - 1].id;
  let active = tops[0].id;
  for (const t of tops) if (t.top <= offset) active = t.id;
  return active;
}

function useActiveHeading(headings: PageHeading[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    if (!headings.length) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const tops = headings.flatMap((h) => {
        const el = document.getElementById(h.id);
        return el ? [{ id: h.id, top: el.getBoundingClientRect().top }] : [];
      });
      const atBottom = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      setActive(activeHeadingId(tops, window.innerHeight * 0.25, atBottom));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [headings]);
  return active;
}

const NONE: PageHeading[] = [];

export function OnThisPage({ headings, variant }: { headings: PageHeading[]; variant: 'side' | 'inline' }) {
  const active = useActiveHeading(variant === 'side' ? headings : NONE);
  if (headings.length < 2) return null;
  const list = (
    <ol className="on-this-page__list">
      {headings.map((h) => (
        <li key={h.id} className={`on-this-page__item on-this-page__item--h${h.level}`}>
          <a href={`#${h.id}`} aria-current={active === h.id ? 'location' : undefined}>
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
  if (variant === 'inline') {
    return (
      <details className="on-this-page on-this-page--inline">
        <summary>On this page</summary>
        <nav aria-label="On this page (sections)">{list}</nav>
      </details>
    );
  }
  return (
    <nav className="on-this-page on-this-page--side" aria-labelledby="on-this-page-title">
      <h2 id="on-this-page-title" className="on-this-page__title">On this page</h2>
      {list}
    </nav>
  );
}
