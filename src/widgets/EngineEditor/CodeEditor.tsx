// CodeMirror 6 on one region of engine source (loaded only when a reader opens the editor).
import { useEffect, useRef } from 'react';
import { EditorView, basicSetup } from 'codemirror';
import { javascript } from '@codemirror/lang-javascript';
import { syntaxHighlighting } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';

export function CodeEditor(props: { initial: string; label: string; onChange(code: string): void; version: number }) {
  const host = useRef<HTMLDivElement>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  useEffect(() => {
    const view = new EditorView({
      doc: props.initial,
      parent: host.current!,
      extensions: [
        basicSetup,
        javascript({ typescript: true }),
        // Token classes coloured by the book's theme (engineEditor.css), legible in both themes.
        syntaxHighlighting(classHighlighter),
        // Long lines wrap: nothing scrolls sideways on a phone, and no inner scroll box hides code.
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': props.label }),
        EditorView.updateListener.of((u) => { if (u.docChanged) onChange.current(u.state.doc.toString()); }),
      ],
    });
    return () => view.destroy();
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- only `version` recreates the editor: it changes when the text is replaced from outside (Reset).
  }, [props.version]);
  return <div className="engine-editor__code" ref={host} />;
}
