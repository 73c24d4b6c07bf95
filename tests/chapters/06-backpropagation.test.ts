// Chapter 6's facts: backpropagation step by step, the breadth-first bug, and the gradient check's
// error terms, recomputed with the engine; numbers the text states are checked against its words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tensor } from '../../src/engine';
import { BackwardStepper, GRAPH_EXAMPLES, breadthFirstOrder, inputGradAfter } from '../../src/widgets/GraphInspector/backwardStepper';
import { CHECKED_OPS, checkGradient, relativeError } from '../../src/widgets/GradientCheck/checkGradient';

const text = readFileSync(join(import.meta.dirname, '../../chapters/06-backpropagation.mdx'), 'utf8').replace(/\s+/g, ' ');
const example = (id: string) => GRAPH_EXAMPLES.find((e) => e.id === id)!;

describe('chapter 6: backpropagation step by step', () => {
  it('x = 2, y = x², z = 3y gives dz/dx = 12', () => {
    const { root, inputs } = example('square').build();
    new BackwardStepper(root).runToEnd();
    expect(inputs[0].grad!.item()).toBe(12);
  });

  it('a = x + 1, b = 2a, out = a + b gives x.grad = 3 (both paths delivered before x is used)', () => {
    const { root, inputs } = example('unequal').build();
    const stepper = new BackwardStepper(root);
    const first = stepper.step()!;
    expect(first.node.label).toBe('out');
    // a receives its gradient in two deliveries: 1 directly from out, then 2 more through b.
    stepper.runToEnd();
    const deliveriesToA = stepper.history.flatMap((e) => e.deliveries).filter((d) => d.parent.label === 'a');
    expect(deliveriesToA.map((d) => d.after[0])).toEqual([1, 3]);
    expect(inputs[0].grad!.item()).toBe(3);
    expect(stepper.done).toBe(true);
  });

  it('stepping gives exactly what the engine’s backward() gives', () => {
    for (const ex of GRAPH_EXAMPLES) {
      const stepped = ex.build();
      new BackwardStepper(stepped.root).runToEnd();
      const direct = ex.build();
      direct.root.backward();
      stepped.inputs.forEach((t, i) => expect(t.grad!.item()).toBeCloseTo(direct.inputs[i].grad!.item(), 12));
    }
  });

  it('the neuron example: d loss/dw = 2(ŷ − y)·x and d loss/db = 2(ŷ − y)', () => {
    const { root, inputs } = example('neuron').build();
    new BackwardStepper(root).runToEnd();
    const err = 1.5 * 0.8 + 0.1 - 2;
    expect(inputs[0].grad!.item()).toBeCloseTo(2 * err * 1.5, 12);
    expect(inputs[1].grad!.item()).toBeCloseTo(2 * err, 12);
  });
});

describe('chapter 6: numbers and claims in the text', () => {
  it('the neuron exercise: ∂loss/∂w = −2.1', () => {
    const { root, inputs } = example('neuron').build();
    root.backward();
    expect(inputs[0].grad!.item()).toBeCloseTo(-2.1, 12);
  });

  it('a breadth-first sweep with the same backward rules loses gradient: x.grad comes out 1, not 3', () => {
    const { root, inputs } = example('unequal').build();
    root.grad = tensor(1);
    const queue = [root];
    const seen = new Set(queue);
    while (queue.length) {
      const node = queue.shift()!;
      if (node.backwardFn && node.grad) node.backwardFn(node.grad.data);
      for (const p of node.parents) if (!seen.has(p)) { seen.add(p); queue.push(p); }
    }
    expect(inputs[0].grad!.item()).toBe(1);
  });
});

describe('chapter 6: the gradient check widget’s arithmetic', () => {
  it.each(CHECKED_OPS.map((op) => [op.id, op] as const))('%s: analytic and finite-difference gradients agree', (_id, op) => {
    for (const seed of [1, 2, 3]) {
      const result = checkGradient(op, seed);
      expect(result.rows.length).toBe(op.shapes.reduce((s, shape) => s + shape.reduce((a, b) => a * b, 1), 0));
      expect(result.maxRelativeError).toBeLessThan(1e-6);
    }
  });

  it('would notice a wrong gradient', () => {
    // A deliberately wrong "analytic" value is far from the numeric one.
    const { rows } = checkGradient(CHECKED_OPS.find((o) => o.id === 'exp')!, 4);
    expect(relativeError(rows[0].analytic * 1.01, rows[0].numeric)).toBeGreaterThan(1e-3);
  });
});

describe('chapter 6: the breadth-first bug (F22) and the computed exercise answers', () => {
  it('the widget toggle walks the buggy order: out, a, b, x — and x ends with 1 instead of 3', () => {
    const { root } = example('unequal').build();
    expect(breadthFirstOrder(root).map((n) => n.label ?? (n.op ? n.op : String(n.data[0])))).toEqual(['out', 'a', 'b', 'x', '1', '2']);
    expect(inputGradAfter('unequal', 'breadth-first')).toBe(1);
    expect(inputGradAfter('unequal', 'topological')).toBe(3);
    expect(text).toContain("expected={inputGradAfter('unequal', 'breadth-first')}");
    expect(text).toContain('x ends with 1 instead of 3');
  });

  it('on a plain chain breadth-first order is right, which is why the bug hides', () => {
    expect(inputGradAfter('square', 'breadth-first')).toBe(inputGradAfter('square', 'topological'));
    expect(text).toContain('on a plain chain, where no two paths meet, breadth-first order gives the right answer');
  });

  it('the neuron exercise: ∂loss/∂w = −2.1, computed from the engine in the chapter', () => {
    expect(inputGradAfter('neuron', 'topological')).toBeCloseTo(-2.1, 12);
    expect(text).toContain("expected={inputGradAfter('neuron', 'topological')}");
    expect(text).toContain('2 · (−0.7) · 1.5 = −2.1');
  });
});

describe('chapter 6: the two error terms of the gradient check (6.3)', () => {
  const curved = CHECKED_OPS.filter((o) => !['add', 'mul', 'matmul', 'mean'].includes(o.id));
  const steps = [1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8];

  it('at ε = 10⁻⁶ every operation agrees to a relative error below 10⁻⁸ (about eight digits, not twelve)', () => {
    for (const op of CHECKED_OPS) for (let seed = 1; seed <= 20; seed++) {
      for (const row of checkGradient(op, seed, 1e-6).rows) {
        if (Math.abs(row.analytic) > 0.01) expect(row.relativeError, `${op.id} seed ${seed}`).toBeLessThan(1e-8);
      }
    }
    // a tiny gradient keeps fewer digits: pow, seed 8
    const pow = checkGradient(CHECKED_OPS.find((o) => o.id === 'pow')!, 8, 1e-6);
    const tiny = pow.rows.reduce((a, b) => (Math.abs(b.analytic) < Math.abs(a.analytic) ? b : a));
    expect(tiny.analytic.toExponential(1)).toBe('-3.7e-6');
    expect(tiny.relativeError.toExponential(0)).toBe('2e-6');
    expect(text).toContain('about $-3.7 \\cdot 10^{-6}$, agrees only to a relative error of about $2 \\cdot 10^{-6}$');
    // …and rounding, not the ε² term, is what limits it: some operation is worse than 10⁻¹² there
    expect(Math.max(...CHECKED_OPS.map((op) => checkGradient(op, 1, 1e-6).maxRelativeError))).toBeGreaterThan(1e-10);
    expect(text).toContain('(above $0.01$) the relative error stays below $10^{-8}$ for every operation in the widget below');
    expect(text).toContain('about eight significant digits, not the twelve that $\\varepsilon^2 = 10^{-12}$ alone would suggest');
  });

  it('curved operations agree best for steps of 10⁻⁶ to 10⁻⁵, where the two terms balance; linear ones at the largest step', () => {
    for (const op of CHECKED_OPS) for (const seed of [1, 2, 3]) {
      const errors = steps.map((e) => checkGradient(op, seed, e).maxRelativeError);
      const best = steps[errors.indexOf(Math.min(...errors))];
      if (curved.includes(op)) expect([1e-5, 1e-6], `${op.id} seed ${seed}`).toContain(best);
      else expect(best, `${op.id} seed ${seed}`).toBe(1e-2);
    }
    expect(Math.cbrt(1e-16).toFixed(7)).toBe('0.0000046'); // (10⁻¹⁶)^(1/3) ≈ 5·10⁻⁶
    expect(text).toContain('$\\varepsilon \\approx (10^{-16})^{1/3} \\approx 5 \\cdot 10^{-6}$');
    expect(text).toContain('indeed agree best for steps of $10^{-6}$ to $10^{-5}$');
    expect(text).toContain('For `add`, `mul`, `mean` and `matmul`, which are linear in each input element');
  });

  it('above the balance point the error falls a hundredfold per tenfold smaller step (the ε² term)', () => {
    const tanh = CHECKED_OPS.find((o) => o.id === 'tanh')!;
    const ratio = checkGradient(tanh, 1, 1e-2).maxRelativeError / checkGradient(tanh, 1, 1e-3).maxRelativeError;
    expect(ratio).toBeGreaterThan(80);
    expect(ratio).toBeLessThan(120);
  });

  it('at ε = 10⁻¹² rounding swamps the answer (the exercise threshold 10⁻⁴ is crossed); matmul has no ε² term', () => {
    for (const id of ['exp', 'softmax', 'matmul']) expect(checkGradient(CHECKED_OPS.find((o) => o.id === id)!, 1, 1e-12).maxRelativeError).toBeGreaterThan(1e-4);
    const matmul = CHECKED_OPS.find((o) => o.id === 'matmul')!;
    expect(checkGradient(matmul, 1, 1e-1).maxRelativeError).toBeLessThan(checkGradient(matmul, 1, 1e-6).maxRelativeError);
    expect(text).toContain('the $\\varepsilon^2$ term is exactly zero, so only rounding remains and larger steps are better');
  });
});

describe('chapter 6: gradients have the shape of what they belong to', () => {
  it('for C = AB with A [2,3] and B [3,4]: A.grad is [2,3] = G Bᵀ, B.grad is [3,4] = Aᵀ G', () => {
    const a = tensor([[1, 2, 3], [4, 5, 6]], { requiresGrad: true });
    const b = tensor([[1, 0, -1, 2], [0.5, 1, 0, -2], [3, 1, 1, 1]], { requiresGrad: true });
    const g = tensor([[1, 2, 3, 4], [5, 6, 7, 8]]);
    a.matmul(b).backward(g);
    expect(a.grad!.shape).toEqual([2, 3]);
    expect(b.grad!.shape).toEqual([3, 4]);
    expect(Array.from(a.grad!.data)).toEqual(Array.from(g.matmul(b.T).data));
    expect(Array.from(b.grad!.data)).toEqual(Array.from(a.T.matmul(g).data));
    expect(text).toContain('$[m, n] \\cdot [n, k] = [m, k]$, exactly $A$\'s shape');
  });
});
