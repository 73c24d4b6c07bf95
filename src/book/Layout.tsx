// The frame around every page: skip link, top bar (menu button on phones, book title, theme toggle),
// the chapter sidebar, and the main column.
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { BOOK_TITLE } from './book';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';
import { UpdateNotice } from './offline/UpdateNotice';
import { SearchButton } from './search/SearchButton';

export function Layout({ children }: { children: ReactNode }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [location] = useLocation();

  useEffect(() => setMenuOpen(false), [location]);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMenuOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <div className={`site ${menuOpen ? 'site--menu-open' : ''}`}>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <button
          type="button"
          className="button menu-button"
          aria-expanded={menuOpen}
          aria-controls="sidebar"
          onClick={() => setMenuOpen((o) => !o)}
        >
          <span aria-hidden="true" className="menu-button__icon">{menuOpen ? '✕' : '☰'}</span> Menu
        </button>
        <Link href="/" className="topbar__title">{BOOK_TITLE}</Link>
        <SearchButton />
        <ThemeToggle />
      </header>
      <div className="site__body">
        <Sidebar id="sidebar" currentPath={location} />
        {menuOpen && <div className="sidebar-backdrop" aria-hidden="true" onClick={() => setMenuOpen(false)} />}
        <main id="main" className="site__main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <UpdateNotice />
    </div>
  );
}
