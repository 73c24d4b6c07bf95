// Remark plugin: every component written at the top level of a chapter (`<XorLab />`, `<Figure>`)
// gets a React key made of its name and how many of that name came before it ("XorLab:0").
//
// A compiled chapter renders its blocks as one array, which React matches by position unless the
// elements carry keys. Without keys, adding a paragraph above a widget in `npm run dev` shifts the
// widget's position and React mounts it afresh (a trained network starts over); with them the widget
// keeps its state, because its key does not change. Keys do not appear in the HTML.
import type { Root } from 'mdast';

interface JsxAttribute { type: 'mdxJsxAttribute'; name: string; value?: unknown }
interface JsxFlowElement { type: 'mdxJsxFlowElement'; name: string | null; attributes: (JsxAttribute | { type: string })[] }

export function remarkWidgetKeys() {
  return (tree: Root) => {
    const seen = new Map<string, number>();
    for (const node of tree.children as { type: string }[]) {
      if (node.type !== 'mdxJsxFlowElement') continue;
      const element = node as JsxFlowElement;
      if (!element.name || !/^[A-Z]/.test(element.name)) continue;
      if (element.attributes.some((a) => a.type === 'mdxJsxAttribute' && (a as JsxAttribute).name === 'key')) continue;
      const n = seen.get(element.name) ?? 0;
      seen.set(element.name, n + 1);
      element.attributes.push({ type: 'mdxJsxAttribute', name: 'key', value: `${element.name}:${n}` });
    }
  };
}
