// happy-dom leaves document.compatMode undefined; KaTeX then believes it is in quirks mode and
// katex.render() throws. Component tests run in standards mode like the real page.
if (typeof document !== 'undefined' && document.compatMode !== 'CSS1Compat') {
  Object.defineProperty(document, 'compatMode', { value: 'CSS1Compat', configurable: true });
}
