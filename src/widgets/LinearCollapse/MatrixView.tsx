// Small matrices drawn with HTML and CSS brackets (live numbers, no math library at run time),
// each with a caption under it: the equation W₂(W₁x + b₁) + b₂ = Wx + b with the current values, or,
// with ReLU between the layers, W₂ ReLU(W₁x + b₁) + b₂, which does not multiply out.
import { fixed as fmt } from '../kit';

function Matrix(props: { rows: number[][]; name: string }) {
  return (
    <span className="mat">
      <span className="mat__body">
        {props.rows.map((row, i) => (
          <span key={i} className="mat__row">
            {row.map((v, j) => <span key={j} className="mat__cell">{fmt(v)}</span>)}
          </span>
        ))}
      </span>
      <span className="mat__name">{props.name}</span>
    </span>
  );
}

export function CollapseEquation(props: {
  relu: boolean; W1: number[][]; b1: number[]; W2: number[]; b2: number; W: [number, number]; b: number;
}) {
  const { W1, b1, W2, b2, W, b } = props;
  return (
    <div className="collapse-eq" aria-label={props.relu ? 'The network with ReLU between its layers' : 'The stack and the single layer it equals'}>
      <span className="collapse-eq__line">
        <Matrix rows={[W2]} name="W₂" />
        <span className="collapse-eq__op">{props.relu ? 'ReLU(' : '('}</span>
        <Matrix rows={W1} name="W₁" />
        <span className="collapse-eq__op"><i>x</i> +</span>
        <Matrix rows={b1.map((v) => [v])} name="b₁" />
        <span className="collapse-eq__op">) +</span>
        <Matrix rows={[[b2]]} name="b₂" />
      </span>
      {props.relu ? (
        <p className="collapse-eq__note">
          No single layer equals this: which entries of W₁x + b₁ ReLU sets to 0 depends on x, so the product W₂W₁ is not the same for every input.
        </p>
      ) : (
        <span className="collapse-eq__line">
          <span className="collapse-eq__op">=</span>
          <Matrix rows={[W]} name="W = W₂W₁" />
          <span className="collapse-eq__op"><i>x</i> +</span>
          <Matrix rows={[[b]]} name="b = W₂b₁ + b₂" />
        </span>
      )}
    </div>
  );
}
