// What every optimizer shares: parameter groups (each with its own lr and options), per-parameter
// state buffers, a step counter, zeroGrad(), and the checks that reject options we do not understand.
import { Tensor } from '../tensor';

// #region param-group
/** A set of parameters sharing one learning rate and one set of options (PyTorch's param_groups). */
export interface ParamGroup {
  params: Tensor[];
  lr: number;
  [option: string]: unknown;
}
// #endregion

/** What a caller may pass for a group: its parameters and any options that differ from the defaults. */
export interface ParamGroupInput {
  params: Iterable<Tensor>;
  lr?: number;
  [option: string]: unknown;
}

/** Per-parameter buffers (e.g. Adam's m and v); `step` counts the updates this parameter received. */
export type OptimizerState = Record<string, Float64Array>;

function isGroupList(params: Iterable<Tensor> | ParamGroupInput[]): params is ParamGroupInput[] {
  if (!Array.isArray(params) || params.length === 0) return false;
  const first: unknown = params[0];
  return !(first instanceof Tensor) && typeof first === 'object' && first !== null && 'params' in first;
}

export abstract class Optimizer {
  readonly paramGroups: ParamGroup[];
  /** Number of step() calls so far (once per step, not once per parameter). */
  stepCount = 0;
  private readonly state = new Map<Tensor, OptimizerState>();

  /**
   * `defaults` lists every option this optimizer understands with its default value; any other key in
   * `options` or in a group is an error naming the optimizer and the option.
   */
  protected constructor(
    readonly name: string,
    params: Iterable<Tensor> | ParamGroupInput[],
    defaults: Record<string, unknown>,
    options: Record<string, unknown>,
  ) {
    const known = new Set(Object.keys(defaults));
    const check = (given: Record<string, unknown>, where: string) => {
      for (const key of Object.keys(given)) {
        if ((key === 'params' && where !== 'options') || given[key] === undefined) continue; // undefined = not given
        if (!known.has(key)) {
          throw new Error(`${name}: unknown option "${key}"${where === 'options' ? '' : ` in ${where}`} (known: ${[...known].join(', ')})`);
        }
      }
    };
    check(options, 'options');
    const base: Record<string, unknown> = { ...defaults };
    for (const [k, v] of Object.entries(options)) if (v !== undefined) base[k] = v;
    const inputs: ParamGroupInput[] = isGroupList(params) ? params : [{ params }];
    const seen = new Set<Tensor>();
    this.paramGroups = inputs.map((input, gi) => {
      check(input, `parameter group ${gi}`);
      const group = { ...base } as ParamGroup;
      for (const [k, v] of Object.entries(input)) if (k !== 'params' && v !== undefined) group[k] = v;
      for (const [k, v] of Object.entries(group)) if (Array.isArray(v)) group[k] = v.slice(); // own copy (betas)
      group.params = Array.from(input.params);
      group.params.forEach((p, i) => {
        if (!(p instanceof Tensor)) throw new Error(`${name}: parameter ${i} of group ${gi} is not a Tensor`);
        if (seen.has(p)) throw new Error(`${name}: a parameter of shape [${p.shape.join(',')}] appears in more than one group`);
        seen.add(p);
      });
      this.validate(group, gi);
      return group;
    });
  }

  /** Range checks for one group's options; the base class checks lr. */
  protected validate(group: ParamGroup, index: number): void {
    if (typeof group.lr !== 'number' || !(group.lr >= 0)) {
      throw new Error(`${this.name}: learning rate must be a number ≥ 0, got ${String(group.lr)} (group ${index})`);
    }
  }

  /** Throws unless group[key] is a number in [lo, hi) (hi = Infinity means no upper bound). */
  protected requireRange(group: ParamGroup, key: string, lo: number, hi = Infinity, index = 0): void {
    const v = group[key];
    if (typeof v !== 'number' || !(v >= lo && (v < hi || (hi === Infinity && v === Infinity)))) {
      throw new Error(`${this.name}: ${key} must be in [${lo}, ${hi === Infinity ? '∞' : hi}), got ${String(v)} (group ${index})`);
    }
  }

  /** Every parameter of every group. */
  get params(): Tensor[] {
    return this.paramGroups.flatMap((g) => g.params);
  }

  /** The learning rate of group 0; setting it sets every group's. */
  get lr(): number {
    return this.paramGroups[0].lr;
  }

  set lr(value: number) {
    for (const g of this.paramGroups) g.lr = value;
  }

  /** The buffers this optimizer keeps for `p` ({} before its first update). Read-only for widgets. */
  stateOf(p: Tensor): Readonly<OptimizerState> {
    return this.state.get(p) ?? {};
  }

  // #region optimizer-step
  /** One update of every parameter that requires grad and has a gradient; frozen ones are skipped. */
  step(): void {
    this.stepCount++;
    for (const group of this.paramGroups) {
      for (const p of group.params) {
        if (!p.requiresGrad || p.grad === null) continue;
        let s = this.state.get(p);
        if (s === undefined) this.state.set(p, (s = { step: new Float64Array(1) }));
        s.step[0]++;
        this.update(p.data, p.grad.data, s, group, s.step[0]);
      }
    }
  }

  /** Updates the values w in place from the gradient g; `t` is this parameter's update count (1, 2, …). */
  protected abstract update(w: Float64Array, g: Float64Array, state: OptimizerState, group: ParamGroup, t: number): void;

  /** Forgets the accumulated gradients (call before each backward). */
  zeroGrad(): void {
    for (const group of this.paramGroups) {
      for (const p of group.params) if (p.grad) p.grad.data.fill(0);
    }
  }
  // #endregion
}

/** The named buffer of `state`, created (filled with `fill`) on first use. */
export function buffer(state: OptimizerState, key: string, n: number, fill = 0): Float64Array {
  let b = state[key];
  if (b === undefined) {
    b = state[key] = new Float64Array(n);
    if (fill !== 0) b.fill(fill);
  }
  return b;
}
