// One button that switches between the light and dark theme. Its accessible name says which theme is
// on ("Theme: dark"); a choice that matches the system setting goes back to following the system.
import { useTheme } from './theme';

export function ThemeToggle() {
  const { theme, followsSystem, toggle } = useTheme();
  const other = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button theme-toggle"
      onClick={toggle}
      title={`Switch to the ${other} theme${followsSystem ? ' (now following your system setting)' : ''}`}
    >
      <span aria-hidden="true" className="theme-toggle__icon">{theme === 'dark' ? '☾' : '☀'}</span>
      <span className="theme-toggle__text">
        <span className="theme-toggle__prefix">Theme: </span>
        {theme}
      </span>
    </button>
  );
}
