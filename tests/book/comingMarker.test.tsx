// @vitest-environment happy-dom
// Planned chapters that are not written yet carry a visible "coming" badge, in the sidebar and in the
// home page's contents, and are not links.
import type { ReactNode } from 'react';
import { cleanup, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { Sidebar } from '../../src/book/Sidebar';
import { HomePage } from '../../src/book/HomePage';
import { CHAPTERS } from '../../src/book/book';
import { PLAN } from '../../src/book/plan';

afterEach(cleanup);

const inRouter = (ui: ReactNode) => render(<Router hook={memoryLocation({ path: '/' }).hook}>{ui}</Router>);
const planned = PLAN.filter((p) => !CHAPTERS.some((c) => c.number === p.number));

describe('the "coming" marker', () => {
  it('there are planned chapters to mark', () => {
    expect(planned.length).toBeGreaterThan(0);
  });

  it('sidebar: each planned chapter shows a visible badge and no link; written chapters have none', () => {
    const { container } = inRouter(<Sidebar id="s" currentPath="/" />);
    const nav = within(container).getByRole('navigation', { name: 'Chapters' });
    for (const p of planned) {
      const item = within(nav).getByText(p.title).closest('li')!;
      const badge = item.querySelector('.badge');
      expect(badge?.textContent, `${p.title}`).toBe('coming');
      expect(badge?.closest('.visually-hidden')).toBeNull();
      expect(item.querySelector('a')).toBeNull();
    }
    for (const c of CHAPTERS) {
      const link = within(nav).getByRole('link', { name: new RegExp(c.title.replace(/[?()]/g, '\\$&')) });
      expect(link.closest('li')!.querySelector('.badge')).toBeNull();
    }
  });

  it('home contents: each planned chapter shows the same badge and no link', () => {
    const { container } = inRouter(<HomePage />);
    const contents = within(container).getByRole('region', { name: 'Contents' });
    for (const p of planned) {
      const item = within(contents).getByText(p.title).closest('li')!;
      expect(item.querySelector('.badge')?.textContent).toBe('coming');
      expect(item.querySelector('a')).toBeNull();
    }
  });
});
