// Properties of the "#" permalink rehype-autolink-headings appends to each heading: a class for the
// styles and an accessible name that says which section it links to.
import type { Element, ElementContent } from 'hast';

function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');
}

export function permalinkProperties(heading: Element) {
  const text = textOf(heading.children).replace(/\s+/g, ' ').trim();
  return { className: ['permalink'], ariaLabel: `Link to the section “${text}”` };
}
