// The computational graph of a small expression, drawn from the engine's real graph (each tensor's
// op and parents), with a backward stepper that runs one node's backward function at a time.
import { useMemo, useState } from 'react';
import { formatShape, type Tensor } from '../../engine';
import { BackwardStepper, GRAPH_EXAMPLES, type StepEvent } from './backwardStepper';
import { layoutGraph, nodeName } from '../../lab';
import { Exercise, ParamControls, ReadOut, WidgetFrame, formatNumber, useParams } from '../kit';
import { GRAPH_PARAMS } from './params';
import './graphInspector.css';

const NODE_W = 116;
const NODE_H = 62;

function valueText(t: Tensor | null): string {
  if (!t) return '—';
  return t.size === 1 ? formatNumber(t.data[0]) : `[${Array.from(t.data, formatNumber).join(', ')}]`;
}

function describe(event: StepEvent | null, stepper: BackwardStepper): string {
  if (!event) return `Seeded: d${nodeName(stepper.root)}/d${nodeName(stepper.root)} = 1. Press “Step backward” to run the first node’s backward function.`;
  const parts = event.deliveries.map((d) => {
    const got =
      d.before === null
        ? `${nodeName(d.parent)} receives ${formatNumber(d.after[0])}`
        : `${nodeName(d.parent)} had ${formatNumber(d.before[0])} and now holds ${formatNumber(d.after[0])} (accumulated)`;
    const ran = stepper.ranAt(d.parent);
    return ran === null ? got : `${got}, too late: ${nodeName(d.parent)} already passed its gradient on at step ${ran}, so this share never reaches its inputs`;
  });
  return `${nodeName(event.node)} (${event.node.op}) sent its gradient ${valueText(event.node.grad)} back: ${parts.join('; ')}.`;
}

export function GraphInspectorView(props: { initialExample?: string; exercise?: boolean }) {
  const { store, values } = useParams(GRAPH_PARAMS, { prefix: 'graph', initial: props.initialExample ? { example: props.initialExample } : undefined });
  const example = GRAPH_EXAMPLES.find((e) => e.id === values.example) ?? GRAPH_EXAMPLES[0];
  const [generation, setGeneration] = useState(0);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- a fresh graph per example (and per Reset); the stepper mutates the tensors' grads in place.
  const stepper = useMemo(() => new BackwardStepper(example.build().root, values.order), [example, values.order, generation]);
  const layout = useMemo(() => layoutGraph(stepper.graph), [stepper]);
  const [, setTick] = useState(0);
  const last = stepper.history[stepper.history.length - 1] ?? null;
  const step = () => { stepper.step(); setTick((t) => t + 1); };
  const runAll = () => { stepper.runToEnd(); setTick((t) => t + 1); };
  const reset = () => setGeneration((g) => g + 1);
  const receiving = new Set(last?.deliveries.map((d) => d.parent) ?? []);
  const leaves = stepper.order.filter((n) => n.requiresGrad && !n.op);

  return (
    <WidgetFrame title="Graph inspector: the engine’s graph, backward one node at a time" className="graph-inspector">
      <div className="graph-inspector__top">
        <ParamControls specs={GRAPH_PARAMS} store={store} />
        <p className="graph-inspector__code"><code>{example.code}</code></p>
      </div>
      <div className="graph-inspector__canvas" tabIndex={0} role="region" aria-label="Graph picture (scrolls sideways on narrow screens)">
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={`Computational graph of ${example.code}`}>
          <defs>
            <marker id="gi-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" className="graph-inspector__arrowhead" />
            </marker>
          </defs>
          {layout.edges.map((e, i) => (
            <line key={i} x1={e.from.x + NODE_W / 2} y1={e.from.y} x2={e.to.x - NODE_W / 2} y2={e.to.y}
              className={`graph-inspector__edge ${last?.node === e.to.node && receiving.has(e.from.node) ? 'is-active' : ''}`}
              markerEnd="url(#gi-arrow)" />
          ))}
          {layout.nodes.map(({ node, x, y }) => (
            <g key={`${x},${y}`} transform={`translate(${x - NODE_W / 2}, ${y - NODE_H / 2})`}
              className={`graph-inspector__node ${node === last?.node ? 'is-current' : ''} ${receiving.has(node) ? 'is-receiving' : ''} ${node.op ? '' : 'is-leaf'}`}>
              <rect width={NODE_W} height={NODE_H} rx={8} />
              <text x={8} y={17} className="graph-inspector__name">{nodeName(node)}{node.op && node.label ? ` · ${node.op}` : ''}</text>
              <text x={8} y={35}>value {valueText(node)} <tspan className="graph-inspector__shape">{formatShape(node.shape)}</tspan></text>
              <text x={8} y={52} className="graph-inspector__grad">{node.requiresGrad ? `grad ${valueText(node.grad)}` : 'no grad'}</text>
            </g>
          ))}
        </svg>
      </div>
      <div className="kit-buttons">
        <button type="button" className="kit-button kit-button--primary" onClick={step} disabled={stepper.done}>Step backward</button>
        <button type="button" className="kit-button" onClick={runAll} disabled={stepper.done}>Run to the end</button>
        <button type="button" className="kit-button" onClick={reset}>Reset</button>
      </div>
      <ReadOut>
        <p>
          Step {stepper.history.length} of {stepper.order.filter((n) => n.op).length}. {describe(last, stepper)}
          {stepper.done && ` Done: ${leaves.map((l) => `d${nodeName(stepper.root)}/d${nodeName(l)} = ${valueText(l.grad)}`).join(', ')}.`}
        </p>
      </ReadOut>
      <details className="graph-inspector__order">
        <summary>The order backward walks ({values.order === 'topological' ? 'reverse topological' : 'breadth-first from the output: buggy'})</summary>
        <ol>{[...stepper.order].reverse().map((n, i) => <li key={i}>{nodeName(n)}{n.op ? ` (${n.op})` : ' (leaf)'}</li>)}</ol>
      </details>
      {props.exercise && (
        <Exercise
          title="watch a gradient arrive twice"
          solved={example.id === 'unequal' && values.order === 'topological' && stepper.done}
          solvedText="a received 1 straight from out and 2 more through b before its own backward ran, so x ends with 3."
          hint="Choose “Two paths of unequal length” and the engine’s order, and step until the end; watch the grad line of node a."
        >
          <p>Before you press anything, predict how many times node a receives gradient and what x ends with. Then step the unequal-paths graph to the end in the engine’s order and watch a’s gradient grow from 1 to 3 before it passes anything on to x.</p>
        </Exercise>
      )}
    </WidgetFrame>
  );
}
