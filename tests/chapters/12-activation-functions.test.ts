// Every number chapter 12 states, recomputed with the engine. Each test also checks that the chapter
// still says it, so the text and the engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Adam, createRng, fromData, gelu, linspace, mlp, mseLoss, relu, sigmoid, softmax, sum, tanh, tensor, type ActivationName } from '../../src/engine';
import { activationCurve, minimumOf, probeActivation } from '../../src/widgets/ActivationExplorer/curves';
import { layerGradientNorms, maxSlope, survivingFraction } from '../../src/widgets/VanishingGradients/chain';
import { analyse, collapse, layersOf, stackForward, xorInputs } from '../../src/widgets/LinearCollapse/collapse';
import { EXP_OVERFLOW, naiveSoftmax } from '../../src/widgets/SoftmaxExplorer/softmaxMath';
import { DEFAULT_SETTINGS, TrainingRun } from '../../src/lab';

const text = readFileSync(join(import.meta.dirname, '../../chapters/12-activation-functions.mdx'), 'utf8');
const says = (s: string) => expect(text, `chapter 12 should say ${s}`).toContain(s);

/** Min and max of f over a wide grid, and its values far out on both sides. */
function rangeOf(name: ActivationName) {
  const c = activationCurve(name, -40, 40, 8001);
  return { min: Math.min(...c.f), max: Math.max(...c.f), left: c.f[0], right: c.f[c.f.length - 1] };
}

describe('12.1 linear stacks collapse', () => {
  const xorWeights = { w11: 1, w12: 1, w21: 1, w22: 1, b11: 0, b12: -1, v1: 1, v2: -2, b2: 0 };
  it('the XOR network without its activation is y = 2 − x₁ − x₂ and gets (0, 0) wrong (3 of 4)', () => {
    const r = analyse(xorWeights);
    expect(r.W).toEqual([-1, -1]);
    expect(r.b).toBe(2);
    expect(r.outputs).toEqual([2, 1, 1, 0]);
    expect(r.correct).toBe(3);
    says('$y = 2 - x_1 - x_2$, and get the corner $(0, 0)$ wrong');
  });

  it('the collapsed layer equals the stack on random weights and inputs', () => {
    const rng = createRng(12);
    for (let trial = 0; trial < 20; trial++) {
      const w = Object.fromEntries(Object.keys(xorWeights).map((k) => [k, rng.uniform(-3, 3)])) as typeof xorWeights;
      const layers = layersOf(w);
      const one = collapse(layers);
      const X = tensor([[rng.normal(), rng.normal(), 0.3], [rng.normal(), -1, 2]]);
      const stack = stackForward(layers, X).data;
      const single = one.W.matmul(X).add(one.b).data;
      stack.forEach((v, i) => expect(single[i]).toBeCloseTo(v, 12));
    }
    expect(stackForward(layersOf(xorWeights), xorInputs()).shape).toEqual([1, 4]);
  });

  it('no weights get more than 3 of the 4 XOR points right (a search over a grid of lines)', () => {
    let best = 0;
    for (let a = -3; a <= 3; a += 0.25) for (let c = -3; c <= 3; c += 0.25) for (let b = -3; b <= 3; b += 0.25) {
      best = Math.max(best, analyse({ w11: a, w12: c, w21: 0, w22: 0, b11: 0, b12: 0, v1: 1, v2: 0, b2: b }).correct);
    }
    expect(best).toBe(3);
    says('The best any line can do is three corners out of four');
  });
});

describe('12.2 ReLU computes XOR with the right weights', () => {
  it('h₁ = ReLU(x₁ + x₂), h₂ = ReLU(x₁ + x₂ − 1), y = h₁ − 2h₂ gives 0, 1, 1, 0', () => {
    const X = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
    const h = relu(X.matmul(tensor([[1, 1], [1, 1]])).add(tensor([0, -1])));
    expect(Array.from(h.data)).toEqual([0, 0, 1, 0, 1, 0, 2, 1]);
    const y = h.matmul(tensor([[1], [-2]]));
    expect(Array.from(y.data)).toEqual([0, 1, 1, 0]);
    says('$y = h_1 - 2 h_2$');
  });

  it('the backward pass is the mask: gradient 1 where x > 0, 0 where x ≤ 0 (0 at x = 0 itself)', () => {
    const x = tensor([-2, -0.5, 0, 0.5, 3], { requiresGrad: true });
    sum(relu(x)).backward();
    expect(Array.from(x.grad!.data)).toEqual([0, 0, 0, 1, 1]);
    says('At exactly $x = 0$ the slope is not defined; like every framework, ours picks 0');
  });
});

describe('12.3 slopes through depth', () => {
  it('sigmoid′ is at most 0.25, reached at 0; tanh′ at most 1, reached at 0; ReLU′ is 0 or 1', () => {
    expect(maxSlope('sigmoid')).toBeCloseTo(0.25, 12);
    expect(probeActivation('sigmoid', 0).df).toBe(0.25);
    expect(probeActivation('sigmoid', 0).f).toBe(0.5);
    expect(maxSlope('tanh')).toBeCloseTo(1, 12);
    expect(probeActivation('tanh', 0).df).toBe(1);
    const relus = new Set(activationCurve('relu', -5, 5, 1001).df);
    expect([...relus].sort()).toEqual([0, 1]);
    for (const d of activationCurve('sigmoid', -30, 30, 601).df) expect(d).toBeGreaterThan(0);
    for (const d of activationCurve('tanh', -15, 15, 601).df) expect(d).toBeGreaterThan(0);
    says('| Sigmoid | (0, 0.25] |');
    says('| Tanh | (0, 1] |');
    says('| ReLU | {0, 1} |');
    says('$\\sigma\'(0) = 0.5 \\times 0.5 = 0.25$');
  });

  it('0.25³ = 0.015625 ≈ 0.016 (< 2 %), 0.25¹⁰ ≈ 9.5 × 10⁻⁷', () => {
    const s = maxSlope('sigmoid');
    expect(s ** 3).toBeCloseTo(0.015625, 12);
    expect(Number((s ** 3).toFixed(3))).toBe(0.016);
    expect(s ** 3).toBeLessThan(0.02);
    expect(Number((s ** 10).toExponential(1))).toBe(9.5e-7);
    expect(s ** 10).toBeLessThan(1e-6);
    says('$0.25^3 = 0.015625 \\approx 0.016$');
    says('less than 2 % of the gradient is left');
    says('$0.25^{10} \\approx 9.5 \\times 10^{-7}$, less than a millionth');
  });

  it('a real 10-layer network (seed 1, Xavier): sigmoid’s first layer gets millions of times less gradient; tanh and ReLU stay within a small factor', () => {
    expect(survivingFraction(layerGradientNorms('sigmoid', 10, 'xavier', 1))).toBeLessThan(1e-6);
    for (const a of ['tanh', 'relu'] as const) {
      const f = survivingFraction(layerGradientNorms(a, 10, 'xavier', 1));
      expect(f).toBeGreaterThan(0.1);
      expect(f).toBeLessThan(10);
    }
    says('With sigmoid, the first layers of a 10-layer network receive gradients millions of times smaller');
    says('Tanh and ReLU keep the gradients within a small\nfactor across depth');
  });

  it("GELU's largest slope is about 1.13", () => {
    expect(Number(maxSlope('gelu').toFixed(2))).toBe(1.13);
    says("GELU's best slope is about 1.13");
    says('| about 1.13 |');
  });

  it('1 / 0.25⁵ = 1024 (the exercise)', () => {
    expect(1 / maxSlope('sigmoid') ** 5).toBeCloseTo(1024, 9);
    says('4⁵ = 1024');
  });
});

describe('12.4 the other activations', () => {
  it('tanh(x) = 2σ(2x) − 1', () => {
    const x = linspace(-4, 4, 81);
    const t = tanh(x).data, s = sigmoid(x.mul(2)).data;
    t.forEach((v, i) => expect(2 * s[i] - 1).toBeCloseTo(v, 12));
    says('$\\tanh(x) = 2\\sigma(2x) - 1$');
  });

  it("GELU's minimum is about −0.17 near x ≈ −0.75, with slope 0 there; the exact form agrees", () => {
    const m = minimumOf(activationCurve('gelu', -3, 1, 4001));
    expect(Number(m.f.toFixed(2))).toBe(-0.17);
    expect(Number(m.x.toFixed(2))).toBeCloseTo(-0.75, 1);
    expect(Math.abs(probeActivation('gelu', m.x).df)).toBeLessThan(1e-3);
    const exact = gelu(linspace(-3, 1, 4001), 'exact').data;
    expect(Number(Math.min(...exact).toFixed(2))).toBe(-0.17);
    says('its lowest value is about $-0.17$, near\n$x \\approx -0.75$');
  });

  it("SiLU's minimum is about −0.28; ELU stays above −1", () => {
    expect(Number(minimumOf(activationCurve('silu', -5, 1, 6001)).f.toFixed(2))).toBe(-0.28);
    const elu = activationCurve('elu', -30, 30, 6001).f;
    expect(Math.min(...elu)).toBeGreaterThan(-1);
    expect(elu[0]).toBeCloseTo(-1, 12);
    says('lowest value about $-0.28$');
    says('range $(-1, \\infty)$');
  });

  it("softplus′ is σ", () => {
    const c = activationCurve('softplus', -6, 6, 121);
    const s = sigmoid(linspace(-6, 6, 121)).data;
    c.df.forEach((d, i) => expect(d).toBeCloseTo(s[i], 12));
    says('whose slope is exactly\n$\\sigma(x)$');
  });

  it('e^x overflows past ≈ 709.78; naive softmax of [1000, 999, −1000] is NaN, the engine’s is fine', () => {
    expect(EXP_OVERFLOW).toBeCloseTo(709.78, 2);
    expect(Math.exp(709.7)).toBeLessThan(Infinity);
    expect(Math.exp(709.8)).toBe(Infinity);
    const logits = [1000, 999, -1000];
    expect(naiveSoftmax(logits).probs.some(Number.isNaN)).toBe(true);
    const p = Array.from(softmax(tensor(logits)).data);
    expect(p.every(Number.isFinite)).toBe(true);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const low = Array.from(softmax(tensor([-1000, -1000])).data);
    expect(low).toEqual([0.5, 0.5]);
    says('exceeds about 709.78');
    says('$[1000, 999, -1000]$');
  });
});

describe('12.5 the comparison table', () => {
  it('ReLU [0, ∞), sigmoid (0, 1), tanh (−1, 1), GELU about [−0.17, ∞), softmax in (0, 1) summing to 1', () => {
    const r = rangeOf('relu');
    expect(r.min).toBe(0);
    expect(r.right).toBe(40); // unbounded above: grows like x
    const s = sigmoid(tensor([-30, 0, 30])).data;
    expect(s[0]).toBeGreaterThan(0);
    expect(s[2]).toBeLessThan(1);
    for (const v of activationCurve('sigmoid', -30, 30, 601).f) expect(v > 0 && v < 1).toBe(true);
    for (const v of activationCurve('tanh', -15, 15, 601).f) expect(v > -1 && v < 1).toBe(true);
    const g = rangeOf('gelu');
    expect(Number(g.min.toFixed(2))).toBe(-0.17);
    expect(g.right).toBeCloseTo(40, 9);
    const p = softmax(tensor([[3, -2, 0.5, 7]])).data;
    for (const v of p) expect(v > 0 && v < 1).toBe(true);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    says('| ReLU | [0, ∞) | 1 |');
    says('| Sigmoid | (0, 1) | 0.25 |');
    says('| Tanh | (−1, 1) | 1 |');
    says('| GELU | about [−0.17, ∞) |');
    says('| Softmax | each in (0, 1), summing to 1 |');
  });
});

describe('12.6 the seed’s version: 2 → 4 → 1, MSE, Adam lr 0.1', () => {
  const X = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const Y = tensor([[0], [1], [1], [0]]);
  function train(activation: ActivationName, seed: number, steps: number) {
    const model = mlp({ sizes: [2, 4, 1], activation, rng: createRng(seed).stream('init') });
    const opt = new Adam(model.parameters(), { lr: 0.1 });
    for (let s = 0; s < steps; s++) {
      const loss = mseLoss(model.forward(X), Y);
      opt.zeroGrad();
      loss.backward();
      opt.step();
    }
    const out = model.forward(X);
    return { loss: mseLoss(out, Y).item(), out: Array.from(out.data) };
  }

  it('without an activation the loss stalls at 0.25 with every output ≈ 0.5, for every seed', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const r = train('none', seed, 1000);
      expect(r.loss).toBeGreaterThanOrEqual(0.25 - 1e-9);
      expect(r.loss).toBeCloseTo(0.25, 6);
      for (const o of r.out) expect(o).toBeCloseTo(0.5, 3);
    }
    says('the flat output $y = 0.5$ is the best a linear stack can do, and the loss\nstalls at $0.25$');
  });

});

describe('12.6 the XOR lab as it runs (src/lab: 2 → 4 → 1, BCE on the score, Adam, lr 0.03)', () => {
  it('the defaults are the ones the text names', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ activation: 'relu', hidden: 4, optimizer: 'adam', lr: 0.03, seed: 1, dataset: 'xor', secondLayer: false });
    says('(ReLU, 4 hidden units, Adam, learning rate 0.03, seed 1)');
  });

  it('without an activation the loss stops at ln 2 ≈ 0.693 for every seed', () => {
    expect(Number(Math.LN2.toFixed(3))).toBe(0.693);
    for (let seed = 1; seed <= 10; seed++) {
      const run = new TrainingRun({ ...DEFAULT_SETTINGS, activation: 'none', seed });
      run.steps(600);
      expect(run.loss).toBeGreaterThanOrEqual(Math.LN2 - 1e-6);
      expect(run.loss).toBeCloseTo(Math.LN2, 4);
      for (const p of run.predictions()) expect(p).toBeCloseTo(0.5, 3);
    }
    says('$\\ln 2 \\approx 0.693$');
  });

  it('with ReLU, 7 of the seeds 1 to 10 are right on all four points within 50 steps; the other 3 have dead units', () => {
    let solved = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const run = new TrainingRun({ ...DEFAULT_SETTINGS, seed });
      let first = -1;
      for (let s = 1; s <= 400 && first < 0; s++) {
        run.step();
        if (run.accuracy() === 1) first = s;
      }
      if (first > 0 && first <= 50) {
        solved++;
        continue;
      }
      // A dead unit: a hidden ReLU whose input is ≤ 0 at all four XOR points.
      const pre = run.model.layers[0].forward(fromData(run.data.inputs, [run.data.n, 2])).data; // [4, H]
      const H = DEFAULT_SETTINGS.hidden;
      const dead = Array.from({ length: H }, (_, u) => u).filter((u) => [0, 1, 2, 3].every((p) => pre[p * H + u] <= 0));
      expect(dead.length, `seed ${seed}`).toBeGreaterThan(0);
    }
    expect(solved).toBe(7);
    // "Try seed 4, then give it 8 hidden units or switch to GELU": both of those succeed.
    for (const change of [{ hidden: 8 }, { activation: 'gelu' as const }]) {
      const run = new TrainingRun({ ...DEFAULT_SETTINGS, seed: 4, ...change });
      run.steps(300);
      expect(run.accuracy(), JSON.stringify(change)).toBe(1);
    }
    says('Try seed 4, then give it 8 hidden units or switch to GELU.');
    says('Over the seeds 1 to 10 with the default settings, 7 runs\nare right on all four points within 50 steps. The other 3 get stuck, and each of them has dead\nunits');
  });
});
