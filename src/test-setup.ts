export {}; // a module, so the top-level await below is allowed
// happy-dom leaves document.compatMode undefined; KaTeX then believes it is in quirks mode and
// katex.render() throws. Component tests run in standards mode like the real page.
if (typeof document !== 'undefined' && document.compatMode !== 'CSS1Compat') {
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });
}

// Lazily loaded widgets import their chunk on first render; on a busy 2-core machine that can take
// longer than Testing Library's default 1 s for findBy* queries.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 10_000 });
}
