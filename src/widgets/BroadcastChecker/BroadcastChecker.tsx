// Chapter 3's broadcasting checker: two shapes in; the shapes lined up on the right, a verdict per
// axis, and the engine's result shape or its exact error message.
import { useEffect, useId, useState } from 'react';
import { Exercise, Notice, ReadOut, WidgetFrame, useHydrated } from '../kit';
import { formatShape } from '../../engine';
import { VERDICT_TEXT, alignAxes, engineBroadcast, parseShape } from './broadcastCheck';
import { readShapesFromUrl, writeShapesToUrl } from './urlShapes';
import './broadcastChecker.css';

const EXAMPLES = [
  { a: '2, 3', b: '3' },
  { a: '4, 1', b: '1, 5' },
  { a: '2, 3', b: '4' },
  { a: '8, 1, 6, 1', b: '7, 1, 5' },
  { a: '3, 2', b: '' },
];

type Goal = { a: string; result: number[] };

/** Does a + b (as typed) keep a equal to the goal's a and broadcast to the goal's result? */
export function solvesGoal(goal: Goal, a: string, b: string): boolean {
  const pa = parseShape(a), pb = parseShape(b), ga = parseShape(goal.a);
  if (!pa.ok || !pb.ok || !ga.ok || formatShape(pa.shape) !== formatShape(ga.shape)) return false;
  const r = engineBroadcast(pa.shape, pb.shape);
  return r.ok && formatShape(r.shape) === formatShape(goal.result);
}

interface Props {
  initialA?: string;
  initialB?: string;
  shareInUrl?: boolean;
  /** An exercise: keep shape a fixed at `a` and find a b whose result is `result`. */
  goal?: Goal;
}

export function BroadcastCheckerView(props: Props) {
  const prefix = 'bc';
  // A prerendered page hydrates with the default shapes; a shared link's shapes apply right after.
  const hydrated = useHydrated();
  const [boot] = useState(() =>
    props.shareInUrl && hydrated ? readShapesFromUrl(prefix, window.location.search) : { notices: [] as string[] },
  );
  const [a, setA] = useState(boot.a ?? props.initialA ?? '2, 3');
  const [b, setB] = useState(boot.b ?? props.initialB ?? '3');
  const [notices, setNotices] = useState(boot.notices);
  const [urlPending, setUrlPending] = useState(!!props.shareInUrl && !hydrated);
  const id = useId();

  useEffect(() => {
    if (!urlPending) return;
    const read = readShapesFromUrl(prefix, window.location.search);
    if (read.a !== undefined) setA(read.a);
    if (read.b !== undefined) setB(read.b);
    if (read.notices.length) setNotices(read.notices);
    setUrlPending(false);
  }, [urlPending]);

  useEffect(() => {
    if (props.shareInUrl && !urlPending) writeShapesToUrl(prefix, a, b);
  }, [props.shareInUrl, urlPending, a, b]);

  const pa = parseShape(a), pb = parseShape(b);
  const rows = pa.ok && pb.ok ? alignAxes(pa.shape, pb.shape) : [];
  const answer = pa.ok && pb.ok ? engineBroadcast(pa.shape, pb.shape) : null;
  const goal = props.goal;
  const solved = !!goal && solvesGoal(goal, a, b);
  // An example button that would hand the reader the exercise's answer is left out.
  const examples = goal ? EXAMPLES.filter((ex) => !solvesGoal(goal, ex.a, ex.b)) : EXAMPLES;
  const cell = (v: number | null) => (v === null ? <span className="bc__missing" title="missing: counts as 1">·</span> : v);

  return (
    <WidgetFrame title="Broadcasting checker: do these shapes combine?" className="bc">
      {notices.length > 0 && <Notice tone="warn" onDismiss={() => setNotices([])}>{notices.map((n) => <p key={n}>{n}</p>)}</Notice>}
      <div className="bc__inputs">
        <div className="kit-control">
          <label htmlFor={`${id}-a`}>Shape of a</label>
          <input id={`${id}-a`} type="text" value={a} spellCheck={false} autoComplete="off" onChange={(e) => setA(e.target.value)} aria-describedby={`${id}-fmt`} />
        </div>
        <div className="kit-control">
          <label htmlFor={`${id}-b`}>Shape of b</label>
          <input id={`${id}-b`} type="text" value={b} spellCheck={false} autoComplete="off" onChange={(e) => setB(e.target.value)} aria-describedby={`${id}-fmt`} />
        </div>
      </div>
      <p id={`${id}-fmt`} className="kit-help">Sizes separated by commas, e.g. 2, 3. Leave a field empty for a scalar (shape []).</p>
      <div className="kit-buttons" role="group" aria-label="Example pairs">
        {examples.map((ex) => (
          <button key={`${ex.a}|${ex.b}`} type="button" className="kit-button" onClick={() => { setA(ex.a); setB(ex.b); }}>
            [{ex.a.replace(/\s/g, '')}] + [{ex.b.replace(/\s/g, '')}]
          </button>
        ))}
      </div>
      {!pa.ok && <Notice tone="warn"><p>Shape of a: {pa.error}</p></Notice>}
      {!pb.ok && <Notice tone="warn"><p>Shape of b: {pb.error}</p></Notice>}
      {rows.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Shapes aligned on the right">
          <table className="kit-table bc__table">
            <caption className="kit-sr-only">The two shapes aligned on the right, one column per axis</caption>
            <thead>
              <tr>
                <th scope="row">axis</th>
                {rows.map((r) => <th key={r.fromRight} scope="col">{r.fromRight}</th>)}
              </tr>
            </thead>
            <tbody>
              <tr><th scope="row">a</th>{rows.map((r) => <td key={r.fromRight}>{cell(r.a)}</td>)}</tr>
              <tr><th scope="row">b</th>{rows.map((r) => <td key={r.fromRight}>{cell(r.b)}</td>)}</tr>
              <tr>
                <th scope="row">verdict</th>
                {rows.map((r) => (
                  <td key={r.fromRight} className={`bc__verdict bc__verdict--${r.verdict === 'mismatch' ? 'bad' : 'ok'}`}>
                    {r.verdict === 'mismatch' ? '✗ ' : '✓ '}{VERDICT_TEXT[r.verdict]}
                  </td>
                ))}
              </tr>
              <tr><th scope="row">result</th>{rows.map((r) => <td key={r.fromRight}>{r.out ?? '—'}</td>)}</tr>
            </tbody>
          </table>
        </div>
      )}
      <ReadOut>
        {answer && answer.ok && (
          <p className="bc__answer">
            Result shape <strong>{formatShape(answer.shape)}</strong>
            {answer.ranAdd ? ' (the engine added two tensors of zeros of these shapes)' : ' (from the engine’s broadcastShapes)'}.
          </p>
        )}
        {answer && !answer.ok && (
          <p className="bc__answer bc__answer--error">
            The engine throws: <code>{answer.error}</code>
          </p>
        )}
      </ReadOut>
      {goal && (
        <Exercise
          title={`make [${goal.a.replace(/\s/g, '')}] broadcast to ${formatShape(goal.result)}`}
          solved={solved}
          solvedText="That b works. Notice which of its axes are 1 and which are missing altogether."
          hint="Work from the right: an axis where a already has the target size can take b = 1 (or the same size); where a has 1, b must bring the target size."
        >
          <p>Keep shape a as [{goal.a.replace(/\s/g, '')}] and find a shape b so that a + b has shape {formatShape(goal.result)}.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
