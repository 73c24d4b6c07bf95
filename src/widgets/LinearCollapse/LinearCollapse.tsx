// Two linear layers with editable weights, the one layer they are equal to (computed by the engine),
// and that layer's straight decision boundary over the four XOR points. A switch puts ReLU between
// the layers: the boundary bends, and a second panel shows the four points in the hidden space
// (h₁, h₂), where the output layer's straight line now separates them.
import { Exercise, ParamControl, ParamControls, ReadOut, Stat, WidgetFrame, fixed as fmt, useParams } from '../kit';
import { COLLAPSE_PARAMS, LAYER1_KEYS, LAYER2_KEYS } from './params';
import { XOR_POINTS, analyse, boundarySegment, positiveRegion, type Box, type CollapseWeights } from './collapse';
import { analyseRelu, hiddenBox, hingeSegment, reluPositiveRegions, type Pt } from './network';
import { PlanePlot, ticksFor } from './PlanePlot';
import { CollapseEquation } from './MatrixView';
import './linearCollapse.css';

export const INPUT_BOX: Box = { xMin: -0.5, xMax: 1.5, yMin: -0.5, yMax: 1.5 };
export const XOR_NETWORK_WEIGHTS = { w11: 1, w12: 1, w21: 1, w22: 1, b11: 0, b12: -1, v1: 1, v2: -2, b2: 0 } as const;

const point = (p: Pt) => `(${fmt(p[0], 2)}, ${fmt(p[1], 2)})`;

export function describeCollapse(r: ReturnType<typeof analyse>): string {
  const wrong = XOR_POINTS.filter((_, i) => r.predictions[i] !== XOR_POINTS[i].label).map((p) => `(${p.x}, ${p.y})`);
  const term = (v: number, name: string) => `${v < 0 ? '−' : '+'} ${fmt(Math.abs(v))}${name}`;
  const rhs = `${fmt(r.W[0])}·x₁ ${term(r.W[1], '·x₂')} ${term(r.b, '')}`;
  return `The stack equals one layer: y = ${rhs}. ` +
    `Its boundary y = 0.5 is a straight line. It gets ${r.correct} of 4 XOR points right` +
    (wrong.length ? `; wrong: ${wrong.join(', ')}.` : '.');
}

export function describeRelu(r: ReturnType<typeof analyseRelu>): string {
  const wrong = XOR_POINTS.filter((_, i) => r.predictions[i] !== XOR_POINTS[i].label).map((p) => `(${p.x}, ${p.y})`);
  const moved = XOR_POINTS.map((p, i) => `(${p.x}, ${p.y}) → ${point(r.hidden[i])}`).join(', ');
  return `With ReLU between the layers the stack no longer collapses, and its boundary in the input square can bend. ` +
    `It gets ${r.correct} of 4 XOR points right${wrong.length ? `; wrong: ${wrong.join(', ')}.` : '.'} ` +
    `In the hidden space the points move: ${moved}.`;
}

/** The hidden values of the four points: ReLU(W₁x + b₁) with the switch on, W₁x + b₁ without. */
function hiddenPoints(w: CollapseWeights): Pt[] {
  if (w.relu) return analyseRelu(w).hidden;
  return XOR_POINTS.map((p) => [w.w11 * p.x + w.w12 * p.y + w.b11, w.w21 * p.x + w.w22 * p.y + w.b12] as Pt);
}

export function LinearCollapseView() {
  const { store, values } = useParams(COLLAPSE_PARAMS, { prefix: 'collapse' });
  const v = values;
  const linear = analyse(v);
  const withRelu = analyseRelu(v);
  const r = v.relu ? withRelu : linear;
  const hidden = hiddenPoints(v);
  const hBox = hiddenBox(hidden);
  const inputRegions = v.relu ? reluPositiveRegions(v, INPUT_BOX) : [positiveRegion(linear.W, linear.b, INPUT_BOX)].filter((p) => p.length > 2);
  const inputLine = v.relu ? null : boundarySegment(linear.W, linear.b, INPUT_BOX);
  const hinges = v.relu
    ? [hingeSegment([v.w11, v.w12], v.b11, INPUT_BOX), hingeSegment([v.w21, v.w22], v.b12, INPUT_BOX)].filter((s): s is [Pt, Pt] => s !== null)
    : [];
  const outLine = boundarySegment([v.v1, v.v2], v.b2, hBox);
  const outRegion = positiveRegion([v.v1, v.v2], v.b2, hBox);
  const verdicts = (i: number) => r.predictions[i] === XOR_POINTS[i].label;
  return (
    <WidgetFrame title={v.relu ? 'Two layers with ReLU between them' : 'Two linear layers collapse into one'} className="collapse">
      <div className="collapse__controls">
        <fieldset>
          <legend>Layer 1 (2 → 2)</legend>
          <ParamControls specs={COLLAPSE_PARAMS} store={store} only={LAYER1_KEYS} />
        </fieldset>
        <fieldset>
          <legend>Layer 2 (2 → 1)</legend>
          <ParamControls specs={COLLAPSE_PARAMS} store={store} only={LAYER2_KEYS} />
          <button type="button" className="kit-button" onClick={() => store.getState().replace({ ...values, ...XOR_NETWORK_WEIGHTS })}>
            Try the weights of a real XOR network
          </button>
        </fieldset>
      </div>
      <div className="collapse__switch">
        <ParamControl specs={COLLAPSE_PARAMS} store={store} name="relu" />
      </div>
      <CollapseEquation relu={v.relu} W1={[[v.w11, v.w12], [v.w21, v.w22]]} b1={[v.b11, v.b12]} W2={[v.v1, v.v2]} b2={v.b2} W={linear.W} b={linear.b} />
      <div className="collapse__result">
        <figure className="collapse__figure">
          <PlanePlot box={INPUT_BOX} regions={inputRegions} lines={inputLine ? [inputLine] : []} hinges={hinges}
            points={XOR_POINTS.map((p, i) => ({ at: [p.x, p.y], label: p.label, right: verdicts(i) }))}
            ticks={[0, 1]} axisNames={['x₁', 'x₂']} />
          <figcaption>Input square (x₁, x₂){v.relu ? '; dashed: where each hidden unit switches on' : ''}</figcaption>
        </figure>
        <figure className="collapse__figure">
          <PlanePlot box={hBox} regions={outRegion.length > 2 ? [outRegion] : []} lines={outLine ? [outLine] : []}
            points={XOR_POINTS.map((p, i) => ({ at: hidden[i], label: p.label, right: verdicts(i) }))}
            ticks={ticksFor(hBox)} axisNames={['h₁', 'h₂']} className="collapse-plot--hidden" />
          <figcaption>Hidden space (h₁, h₂): where layer 1 puts the points; layer 2 draws a straight line here</figcaption>
        </figure>
        <div>
          <div className="kit-stats">
            <Stat label="XOR points right" value={`${r.correct} of 4`} tone={r.correct === 4 ? 'ok' : r.correct === 3 ? 'warn' : 'danger'} />
          </div>
          <table className="kit-table">
            <caption className="kit-sr-only">Outputs of the stack on the XOR inputs</caption>
            <thead><tr><th scope="col">input</th><th scope="col">hidden</th><th scope="col">target</th><th scope="col">output</th><th scope="col">class</th></tr></thead>
            <tbody>
              {XOR_POINTS.map((p, i) => (
                <tr key={i}>
                  <td>({p.x}, {p.y})</td><td>{point(hidden[i])}</td><td>{p.label}</td><td>{fmt(r.outputs[i])}</td>
                  <td>{r.predictions[i]}{verdicts(i) ? ' ✓' : ' ✗'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="collapse__key">The shaded part is where the network says “1” (output &gt; 0.5), the rest “0”. Each point wears the colour of its target; a cross marks a point the network gets wrong.</p>
        </div>
      </div>
      <ReadOut><p>{v.relu ? describeRelu(withRelu) : describeCollapse(linear)}</p></ReadOut>
      <Exercise
        title="the best a straight line can do"
        solved={!v.relu && linear.correct === 3}
        hint="Leave ReLU off. Make the shaded side contain (0, 1) and (1, 0) but only one of the other two corners. Try W₁ = identity, b₁ = 0, W₂ = (1, 1) and lower b₂."
        solvedText="Three of four is the ceiling for a line. The diagonals from (0, 0) to (1, 1) and from (0, 1) to (1, 0) cross at (½, ½). A half-plane that holds both ends of a segment holds its midpoint too, so a line with (0, 1) and (1, 0) on its “1” side and (0, 0) and (1, 1) on its “0” side would put (½, ½) on both sides. Even the real XOR network's weights only manage 3 here, because without an activation they collapse too."
      >
        <p>With ReLU off, set the weights so that 3 of the 4 XOR points are right. Then try for 4.</p>
      </Exercise>
    </WidgetFrame>
  );
}
