// One button that switches between the light and dark theme. Its accessible name says which theme is
// on ("Theme: dark"); a choice that matches the system setting goes back to following the system.
// The prerendered page cannot know the reader's theme: it carries both labels and CSS shows the one
// matching <html data-theme> (set by the pre-paint script); after hydration only the right one renders.
import type { Theme } from './theme';
import { useTheme } from './theme';

function Label({ theme }: { theme: Theme }) {
  return (
    <>
      <span aria-hidden="true" className="theme-toggle__icon">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="theme-toggle__text">
        <span className="theme-toggle__prefix visually-hidden-narrow">Theme: </span>
        {theme}
      </span>
    </>
  );
}

export function ThemeToggle() {
  const { theme, followsSystem, toggle } = useTheme();
  const other = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button theme-toggle"
      onClick={toggle}
      title={theme ? `Switch to the ${other} theme${followsSystem ? ' (now following your system setting)' : ''}` : 'Switch between the light and dark theme'}
    >
      {theme ? (
        <Label theme={theme} />
      ) : (
        <>
          <span className="theme-toggle__when-light"><Label theme="light" /></span>
          <span className="theme-toggle__when-dark"><Label theme="dark" /></span>
        </>
      )}
    </button>
  );
}
