// Entry point: styles (KaTeX's CSS only here, once), then the app. KaTeX's JavaScript is not imported:
// chapter math is rendered to HTML at build time.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import 'katex/dist/katex.min.css';
import './book/styles/theme.css';
import './book/styles/base.css';
import './book/styles/layout.css';
import './book/styles/prose.css';
import './book/styles/code.css';
import './book/styles/home.css';
import './book/styles/print.css';
import { App } from './book/App';
import { registerServiceWorker } from './book/offline/registerServiceWorker';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root, {
  // A crash caught by an error boundary is handled (a contained message is shown): a warning, not an error.
  onCaughtError: (error, info) => console.warn('Caught by an error boundary:', error, info.componentStack ?? ''),
}).render(
  <StrictMode>
    {/* Vite's base (BASE_PATH at build time) without its trailing slash: wouter's routes sit under it. */}
    <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <App />
    </Router>
  </StrictMode>,
);

// Offline reading (production builds only): precaches the book after the page has loaded.
registerServiceWorker();
