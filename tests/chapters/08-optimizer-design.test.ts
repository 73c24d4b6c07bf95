// Chapter 8: the optimizer object, groups and freezing, checked on the engine; numbers checked against the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Adam, SGD, tensor } from '../../src/engine';
import { freezeMidway, trainRoster, TRUE_VALUES } from '../../src/widgets/ParameterRoster';

const text = readFileSync(join(import.meta.dirname, '../../chapters/08-optimizer-design.mdx'), 'utf8');
const says = (s: string) => expect(text).toContain(s);

describe('chapter 8: the optimizer object', () => {
  it('quotes the real loop and the real base class', () => {
    says('```ts file=src/widgets/ParameterRoster/roster.ts region=roster-step');
    says('```ts file=src/engine/optim/optimizer.ts region=optimizer-step');
    says('```ts file=src/engine/optim/optimizer.ts region=param-group');
  });

  it('step() with lr only is w −= lr·g for every parameter; zeroGrad() fills zeros', () => {
    const a = tensor([1, 2], { requiresGrad: true }), b = tensor(3, { requiresGrad: true });
    const opt = new SGD([a, b], { lr: 0.1 });
    a.mul(a).sum().add(b.mul(4)).backward();
    opt.step();
    expect(Array.from(a.data)).toEqual([1 - 0.1 * 2, 2 - 0.1 * 4]);
    expect(b.item()).toBeCloseTo(3 - 0.4, 12);
    opt.zeroGrad();
    expect(Array.from(a.grad!.data)).toEqual([0, 0]);
    expect(opt.stepCount).toBe(1);
  });

  it('a misspelt option is an error naming the optimizer and the option', () => {
    const p = [tensor(1, { requiresGrad: true })];
    expect(() => new SGD(p, { lr: 0.1, momentun: 0.9 } as never)).toThrow(/^SGD: unknown option "momentun" \(known: lr, momentum/);
    says('throws `SGD: unknown option "momentun"`');
  });

  it('the parameter-group example in the text does what its comments say', () => {
    says(`const opt = new SGD(
  [
    { params: [a, b] },          // uses the defaults below: lr 0.05
    { params: [c], lr: 0.5 },    // its own learning rate
  ],
  { lr: 0.05 },
);
opt.paramGroups[1].lr;  // 0.5
opt.lr = 0.01;          // sets the rate of every group`);
    const [a, b, c] = [1, 2, 3].map((v) => tensor(v, { requiresGrad: true }));
    const opt = new SGD([{ params: [a, b] }, { params: [c], lr: 0.5 }], { lr: 0.05 });
    expect(opt.paramGroups[0].lr).toBe(0.05);
    expect(opt.paramGroups[1].lr).toBe(0.5);
    expect(opt.lr).toBe(0.05);
    a.add(b).add(c).backward(); // every gradient is 1
    opt.step();
    expect([a.item(), b.item(), c.item()]).toEqual([1 - 0.05, 2 - 0.05, 3 - 0.5]);
    opt.lr = 0.01;
    expect(opt.paramGroups.map((g) => g.lr)).toEqual([0.01, 0.01]);
    expect(() => new SGD([{ params: [a] }, { params: [a] }], { lr: 0.1 })).toThrow(/more than one group/);
    says('A parameter may belong to only one group; giving it\nto two is an error.');
  });

  it('a frozen parameter gets no gradient and is skipped by step(), for SGD and Adam alike', () => {
    for (const make of [(p: ReturnType<typeof tensor>[]) => new SGD(p, { lr: 0.1 }), (p: ReturnType<typeof tensor>[]) => new Adam(p, { lr: 0.1 })]) {
      const w = tensor(1, { requiresGrad: true }), f = tensor(5, { requiresGrad: false });
      const opt = make([w, f]);
      w.mul(f).mul(w).backward();
      opt.step();
      expect(f.grad).toBeNull();
      expect(f.item()).toBe(5);
      expect(w.item()).not.toBe(1);
    }
  });
});

describe('chapter 8: the roster’s numbers', () => {
  it('nothing frozen: learns a = 0.5, b = −1, c = 2', () => {
    const run = trainRoster(0.1, [], 3000);
    expect(run.params.a.item()).toBeCloseTo(0.5, 8);
    expect(run.params.b.item()).toBeCloseTo(-1, 8);
    expect(run.params.c.item()).toBeCloseTo(2, 8);
    says('$y = 0.5x^2 - x + 2$, starting from $a = b = c = 0$');
  });

  it('c frozen at 0: a ≈ 1.18, loss ≈ 1.74, b exactly −1', () => {
    const run = trainRoster(0.1, ['c'], 3000);
    expect(run.params.c.item()).toBe(0);
    expect(run.params.a.item().toFixed(2)).toBe('1.18');
    expect(run.loss.toFixed(2)).toBe('1.74');
    expect(run.params.b.item()).toBeCloseTo(-1, 10);
    says('$a$ grows to about 1.18');
    says('the loss settles near 1.74 instead of falling to zero');
    says('$b$ still ends at exactly $-1$');
  });

  it('freezing halfway keeps c at its value (first exercise), and the exercise is not solved at load', () => {
    const { atFreeze, atEnd } = freezeMidway('c', 100, 100);
    expect(Math.abs(atFreeze)).toBeGreaterThan(0.5); // it has moved well away from 0
    expect(atEnd).toBe(atFreeze);
    says("expected={(({ atFreeze, atEnd }) => (atEnd === atFreeze ? 'keeps' : 'slower'))(freezeMidway('c', 100, 100))}");
  });

  it('b frozen: a and c still reach 0.5 and 2, the loss stays at mean(x²) = 1.67 (second exercise)', () => {
    says("(trainRoster(0.1, ['b'], 600))}");
    const run = trainRoster(0.1, ['b'], 600); // the steps the chapter's exercise runs
    expect(Math.abs(run.params.a.item() - TRUE_VALUES.a)).toBeLessThan(1e-6);
    expect(Math.abs(run.params.c.item() - TRUE_VALUES.c)).toBeLessThan(1e-6);
    expect(trainRoster(0.1, ['c'], 600).params.a.item()).not.toBeCloseTo(TRUE_VALUES.a, 2); // the other answer is reachable
    expect(run.params.a.item()).toBeCloseTo(TRUE_VALUES.a, 8);
    expect(run.params.c.item()).toBeCloseTo(TRUE_VALUES.c, 8);
    expect(run.loss).toBeCloseTo(15 / 9, 8);
  });
});

describe('chapter 8: claims about PyTorch', () => {
  it('a zero gradient is still an update (momentum carries on); a missing one is skipped', () => {
    const p = tensor(1, { requiresGrad: true }), q = tensor(1, { requiresGrad: true });
    const opt = new SGD([p, q], { lr: 0.1, momentum: 0.9 });
    p.mul(q).backward();
    opt.step();
    opt.zeroGrad(); // both gradients are now 0, not null
    const before = p.item();
    opt.step();
    expect(p.item()).not.toBe(before); // the velocity keeps moving it
    q.grad = null; // as if no backward pass had reached q
    const qBefore = q.item();
    opt.step();
    expect(q.item()).toBe(qBefore);
    says('a zero gradient is still an update (momentum, in\nchapter 9, keeps carrying the parameter along), while a missing one makes `step()` pass it by');
  });

  it('opt.lr is the engine’s shortcut; the text says PyTorch keeps rates only in param_groups', () => {
    says('The `opt.lr` shortcut is ours: a PyTorch optimizer keeps its rates only in\n`optimizer.param_groups`');
    says('Writing `optimizer.lr = 0.01` in PyTorch raises no error and changes nothing');
  });

  it('a tensor left out of the optimizer is not cleared by zeroGrad(), so its gradient adds up', () => {
    const w = tensor(1, { requiresGrad: true }), out = tensor(2, { requiresGrad: true });
    const opt = new SGD([w], { lr: 0.1 });
    for (let k = 0; k < 3; k++) {
      opt.zeroGrad();
      w.mul(out).backward(); // d/d(out) = w, and w barely moves
      opt.step();
    }
    expect(out.item()).toBe(2); // kept still
    expect(out.grad!.item()).toBeCloseTo(1 + 0.8 + 0.6, 12); // w was 1, then 0.8, then 0.6: summed, never cleared
    expect(w.grad!.item()).toBe(2); // the optimizer's own parameter holds only this step's gradient
    says('because `zeroGrad()` clears only the optimizer\'s own parameters, that\ngradient keeps adding up from step to step');
  });

  it('states PyTorch’s zero_grad default with its version', () => {
    says('PyTorch\'s `zero_grad()` has, since version 2.0, set\ngradients to `None` by default instead');
  });
});
