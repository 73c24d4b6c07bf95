// The parameter roster's model without React: ŷ = a·x² + b·x + c fitted by the engine's SGD to nine
// exact points of y = 0.5x² − x + 2. Each parameter is a scalar tensor; freezing one sets its
// requiresGrad to false, so backward leaves it out and the optimizer's step() skips it.
import { SGD, mseLoss, tensor, type Tensor } from '../../engine';

export const ROSTER_NAMES = ['a', 'b', 'c'] as const;
export type RosterName = (typeof ROSTER_NAMES)[number];
export const ROSTER_ROLES: Record<RosterName, string> = { a: 'weight of x²', b: 'weight of x', c: 'bias' };
/** The curve the data comes from: a = 0.5, b = −1, c = 2. */
export const TRUE_VALUES: Record<RosterName, number> = { a: 0.5, b: -1, c: 2 };

export const XS = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2];
export const YS = XS.map((x) => TRUE_VALUES.a * x * x + TRUE_VALUES.b * x + TRUE_VALUES.c);

export interface RosterRow {
  name: RosterName;
  value: number;
  /** The gradient from the last backward, or null if the parameter is frozen (not computed). */
  grad: number | null;
  /** How much the last step moved it. */
  change: number;
  frozen: boolean;
}

export class RosterRun {
  readonly params: Record<RosterName, Tensor>;
  readonly optimizer: SGD;
  steps = 0;
  loss: number;
  private lastChange: Record<RosterName, number> = { a: 0, b: 0, c: 0 };
  private readonly x = tensor(XS);
  private readonly x2 = tensor(XS.map((v) => v * v));
  private readonly y = tensor(YS);

  constructor(lr: number, frozen: readonly RosterName[] = []) {
    this.params = { a: tensor(0, { requiresGrad: true }), b: tensor(0, { requiresGrad: true }), c: tensor(0, { requiresGrad: true }) };
    this.optimizer = new SGD(ROSTER_NAMES.map((n) => this.params[n]), { lr });
    for (const n of frozen) this.setFrozen(n, true);
    this.loss = this.currentLoss();
  }

  setFrozen(name: RosterName, frozen: boolean): void {
    const p = this.params[name];
    p.requiresGrad = !frozen;
    if (frozen) p.grad = null; // a frozen parameter has no gradient: autograd no longer computes one
  }

  isFrozen(name: RosterName): boolean {
    return !this.params[name].requiresGrad;
  }

  /** True when at least one parameter can still learn. */
  get canLearn(): boolean {
    return ROSTER_NAMES.some((n) => !this.isFrozen(n));
  }

  // #region roster-step
  /** One training step, exactly the loop of chapter 7 with an optimizer object doing the update. */
  step(): void {
    if (!this.canLearn) return;
    const { a, b, c } = this.params;
    const before = ROSTER_NAMES.map((n) => this.params[n].item());
    this.optimizer.zeroGrad();
    const pred = this.x2.mul(a).add(this.x.mul(b)).add(c);
    const loss = mseLoss(pred, this.y);
    loss.backward(); // fills .grad only of parameters that require it
    this.optimizer.step(); // moves every parameter that requires grad and has one
    this.steps++;
    ROSTER_NAMES.forEach((n, i) => { this.lastChange[n] = this.params[n].item() - before[i]; });
    this.loss = this.currentLoss();
  }
  // #endregion

  rows(): RosterRow[] {
    return ROSTER_NAMES.map((name) => {
      const p = this.params[name];
      return { name, value: p.item(), grad: this.isFrozen(name) || !p.grad ? null : p.grad.item(), change: this.lastChange[name], frozen: this.isFrozen(name) };
    });
  }

  private currentLoss(): number {
    const { a, b, c } = this.params;
    let s = 0;
    XS.forEach((x, i) => { s += (a.item() * x * x + b.item() * x + c.item() - YS[i]) ** 2; });
    return s / XS.length;
  }
}

/** Trains a fresh roster for `steps` steps with the given parameters frozen from the start. */
export function trainRoster(lr: number, frozen: readonly RosterName[], steps: number): RosterRun {
  const run = new RosterRun(lr, frozen);
  for (let k = 0; k < steps; k++) run.step();
  return run;
}

/** Trains `before` steps, freezes `name`, trains `after` more; its value at the freeze and at the end. */
export function freezeMidway(name: RosterName, before: number, after: number, lr = 0.05): { atFreeze: number; atEnd: number } {
  const run = trainRoster(lr, [], before);
  const atFreeze = run.params[name].item();
  run.setFrozen(name, true);
  for (let k = 0; k < after; k++) run.step();
  return { atFreeze, atEnd: run.params[name].item() };
}
