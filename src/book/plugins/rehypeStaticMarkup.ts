// Rehype plugin (last in the chapter pipeline): the inside of each typeset formula (<span
// class="katex">) and of each highlighted code listing (<pre><code>) becomes a string of HTML that
// React inserts as it is (dangerouslySetInnerHTML), instead of a tree of React elements.
//
// A formula is dozens of nested spans (MathML for screen readers, positioned boxes for the eye) and a
// listing is a span per token: in chapter 12 they are nine in ten of the page's elements. As React
// elements they made each chapter's JavaScript larger and made hydration walk every one of those spans
// on a phone before a widget could respond; as strings, React never walks into them. The page's HTML,
// and so what a reader and a screen reader get, is the same either way.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

type Node = RootContent | ElementContent;
type Parent = { children: Node[] };

/** The MDX JSX node rehype-recma compiles to `<tag className=… dangerouslySetInnerHTML={{ __html }} />`. */
export interface StaticElement {
  type: 'mdxJsxTextElement';
  name: string;
  attributes: { type: 'mdxJsxAttribute'; name: string; value: unknown }[];
  children: [];
}

const classesOf = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);

function isFormula(node: Node): node is Element {
  return node.type === 'element' && node.tagName === 'span' && classesOf(node)[0] === 'katex';
}

function isListingCode(node: Node, parent: Parent | Root): node is Element {
  return node.type === 'element' && node.tagName === 'code' && 'tagName' in parent && parent.tagName === 'pre';
}

/** An estree Program holding one object literal of string values, as MDX expects for an attribute value. */
function objectProgram(entries: [string, string][]) {
  const properties = entries.map(([key, value]) => ({
    type: 'Property', kind: 'init', method: false, shorthand: false, computed: false,
    key: { type: 'Literal', value: key },
    value: { type: 'Literal', value },
  }));
  return { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: { type: 'ObjectExpression', properties } }] };
}

const expression = (entries: [string, string][]) => ({ type: 'mdxJsxAttributeValueExpression', value: '', data: { estree: objectProgram(entries) } });

/** `display:grid; --x: 1` → React's style object (`{ display: 'grid', '--x': '1' }`). */
export function styleEntries(style: string): [string, string][] {
  return style.split(';').flatMap((declaration) => {
    const colon = declaration.indexOf(':');
    if (colon < 0) return [];
    const name = declaration.slice(0, colon).trim();
    const key = name.startsWith('--') ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    return [[key, declaration.slice(colon + 1).trim()] as [string, string]];
  });
}

/** JSX attributes for an element's own properties. */
function attributesOf(node: Element): StaticElement['attributes'] {
  const out: StaticElement['attributes'] = [];
  for (const [name, value] of Object.entries(node.properties)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'className') out.push({ type: 'mdxJsxAttribute', name, value: classesOf(node).join(' ') });
    else if (name === 'style') out.push({ type: 'mdxJsxAttribute', name, value: expression(styleEntries(String(value))) });
    else out.push({ type: 'mdxJsxAttribute', name: /^data[A-Z]/.test(name) ? toDataAttribute(name) : name, value: value === true ? '' : Array.isArray(value) ? value.join(' ') : String(value) });
  }
  return out;
}

/** hast keeps data attributes as camel case (`dataLanguage`); JSX wants them as written in HTML (`data-language`). */
function toDataAttribute(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The element with its children turned into one HTML string. */
export function staticElement(node: Element): StaticElement {
  return {
    type: 'mdxJsxTextElement',
    name: node.tagName,
    attributes: [
      ...attributesOf(node),
      { type: 'mdxJsxAttribute', name: 'dangerouslySetInnerHTML', value: expression([['__html', toHtml(node.children)]]) },
    ],
    children: [],
  };
}

export function rehypeStaticMarkup() {
  return (tree: Root) => {
    const walk = (parent: Parent | Root) => {
      parent.children.forEach((child, i) => {
        if (isFormula(child) || isListingCode(child, parent)) parent.children[i] = staticElement(child) as unknown as ElementContent;
        else if ('children' in child && Array.isArray(child.children)) walk(child as Parent);
      });
    };
    walk(tree);
  };
}
