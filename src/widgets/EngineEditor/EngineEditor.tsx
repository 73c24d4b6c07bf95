// "Edit the engine": the real source of one activation op in an editor. Run strips the types, checks
// the backward against central differences in a Worker (with a time limit), and installs the op only
// if the check passes — or if the reader insists, to see what training does with a wrong gradient.
// Nothing runs until the reader presses Run; edits are kept in this browser until Reset.
import { useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import { Notice, ReadOut, WidgetFrame, useHydrated } from '../kit';
import {
  EDITABLE_OPS, describeCheck, editOf, editedOps, installEditedOp, opFromCode, regionOf, resetEditedOp, subscribeEditedOps,
  type CheckResult, type EditableOp,
} from '../../lab';
import { runCheck, CHECK_TIME_LIMIT_MS } from './runCheck';
import { loadSaved, save, forget } from './savedEdits';
import './engineEditor.css';

type Parts = {
  CodeEditor: ComponentType<{ initial: string; label: string; onChange(code: string): void; version: number }>;
  stripTypes(ts: string): string;
};

type Status =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'checked'; result: CheckResult; js: string }
  | { kind: 'problem'; message: string };

export function EngineEditorView({ initial = 'relu' }: { initial?: EditableOp }) {
  const [op, setOp] = useState<EditableOp>(initial);
  const [open, setOpen] = useState(false);
  const [parts, setParts] = useState<Parts | null>(null);
  const [source, setSource] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [loadError, setLoadError] = useState<string | null>(null);
  const editedList = useSyncExternalStore(subscribeEditedOps, editedOps, editedOps);
  const edited = editedList.includes(op);
  // Storage is read only after hydration: the prerendered page cannot know this browser's edits.
  const hydrated = useHydrated();
  const saved = hydrated ? loadSaved(op) : null;

  useEffect(() => {
    if (!open || parts) return;
    let live = true;
    Promise.all([import('./editorParts'), import('../../engine/ops/activations.ts?raw')])
      .then(([p, file]) => {
        if (!live) return;
        setParts(p);
        setSource(file.default);
      })
      .catch((e: Error) => live && setLoadError(`The editor could not be loaded: ${e.message}`));
    return () => { live = false; };
  }, [open, parts]);

  // The book's version of the chosen op, and the text in the editor: the reader's saved edit if any.
  const book = source === null ? null : regionOf(source, op);
  useEffect(() => {
    if (book === null) return;
    setCode(loadSaved(op) ?? book);
    setVersion((v) => v + 1);
    setStatus({ kind: 'idle' });
  }, [book, op]);

  const onChange = (next: string) => {
    setCode(next);
    if (book !== null) {
      if (next === book) forget(op);
      else save(op, next);
    }
    setStatus({ kind: 'idle' });
  };

  const run = async () => {
    if (!parts) return;
    let js: string;
    try {
      js = parts.stripTypes(code);
    } catch (e) {
      setStatus({ kind: 'problem', message: `This is not valid TypeScript: ${(e as Error).message}` });
      return;
    }
    setStatus({ kind: 'checking' });
    const outcome = await runCheck(js, op);
    if (outcome.kind === 'timeout') {
      setStatus({ kind: 'problem', message: `The check did not finish within ${CHECK_TIME_LIMIT_MS / 1000} s (a loop that never ends?). It was stopped; nothing was installed.` });
      return;
    }
    setStatus({ kind: 'checked', result: outcome.result, js });
    if (outcome.result.ok) install(js, true);
  };

  const install = (js: string, checked: boolean) => {
    try {
      installEditedOp(op, opFromCode(js, op), checked);
    } catch (e) {
      setStatus({ kind: 'problem', message: (e as Error).message });
    }
  };

  const reset = () => {
    resetEditedOp(op);
    forget(op);
    if (book !== null) setCode(book);
    setVersion((v) => v + 1);
    setStatus({ kind: 'idle' });
  };

  const failed = status.kind === 'checked' && !status.result.ok && status.result.reason === 'gradient';
  const edit = editOf(op);
  return (
    <WidgetFrame title="Edit the engine" className="engine-editor">
      <div className="kit-control engine-editor__choice">
        <label htmlFor={`engine-editor-op-${initial}`}>Op to edit</label>
        <select id={`engine-editor-op-${initial}`} value={op} onChange={(e) => setOp(e.target.value as EditableOp)}>
          {EDITABLE_OPS.map((name) => <option key={name} value={name}>{name}{editedList.includes(name) ? ' (edited)' : ''}</option>)}
        </select>
      </div>
      {!open && (
        <p>
          <button type="button" onClick={() => setOpen(true)}>Edit {op}'s code</button>{' '}
          {saved !== null && <span className="kit-help">You have a saved edit of {op}; it runs only when you press Run.</span>}
        </p>
      )}
      {loadError && <Notice tone="danger">{loadError}</Notice>}
      {open && !parts && !loadError && <p className="kit-help" role="status">Loading the editor…</p>}
      {open && parts && (
        <>
          <parts.CodeEditor initial={code} label={`Source of ${op}, editable`} onChange={onChange} version={version} />
          <div className="engine-editor__buttons">
            <button type="button" onClick={run} disabled={status.kind === 'checking'}>Run: check the gradient, then install</button>
            {failed && <button type="button" className="engine-editor__force" onClick={() => install(status.js, false)}>Install anyway (wrong gradient)</button>}
            <button type="button" onClick={reset} disabled={!edited && code === book}>Reset to the book's code</button>
          </div>
        </>
      )}
      <ReadOut>
        {status.kind === 'checking' && <p>Checking your {op} against central differences…</p>}
        {status.kind === 'checked' && <p className={status.result.ok ? '' : 'engine-editor__fail'}>{describeCheck(op, status.result)}</p>}
        {status.kind === 'problem' && <p className="engine-editor__fail">{status.message}</p>}
        <p>
          {edited
            ? `The engine on this page runs your edited ${op}${edit && !edit.checked ? ', installed although its gradient check failed' : ''}: every widget that uses ${op} trains with it. Reset brings back the book's code.`
            : `The engine on this page runs the book's ${op}.`}
        </p>
      </ReadOut>
    </WidgetFrame>
  );
}
