// One record per activation and per optimizer: the op, the compiled path's kernel and scalar form,
// the recommended init, the optimizer defaults — all consistent with each other.
import { describe, it, expect } from 'vitest';
import {
  ACTIVATION_NAMES, ACTIVATION_REGISTRY, ACTIVATIONS, defaultInit, erf, tensor, OPTIMIZER_NAMES, OPTIMIZER_REGISTRY,
  createOptimizer, SGD, Adam, AdamW, RMSprop, Adagrad,
} from '../../src/engine';

const VALUES = [-30, -3, -1, -0.25, 0, 0.25, 1, 3, 30, NaN, Infinity, -Infinity];

describe('activation registry', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`${name}: op, kernel and scalar agree (NaN and ±∞ included)`, () => {
      const rec = ACTIVATION_REGISTRY[name];
      expect(rec.name).toBe(name);
      expect(ACTIVATIONS[name]).toBe(rec.op);
      const x = Float64Array.from(VALUES), viaKernel = new Float64Array(x.length);
      rec.kernel(x, viaKernel, x.length);
      const viaOp = rec.op(tensor(VALUES)).data;
      const scalar = new Function('v', 'erf', `return ${rec.scalar};`) as (v: number, e: typeof erf) => number;
      VALUES.forEach((v, i) => {
        expect(Object.is(viaOp[i], viaKernel[i]) || viaOp[i] === viaKernel[i], `${name}(${v}) op vs kernel`).toBe(true);
        const s = scalar(v, erf);
        expect(Object.is(s, viaKernel[i]) || s === viaKernel[i], `${name}(${v}) scalar ${s} vs kernel ${viaKernel[i]}`).toBe(true);
      });
      const inPlace = Float64Array.from(VALUES);
      rec.kernel(inPlace, inPlace, inPlace.length);
      expect(Array.from(inPlace)).toEqual(Array.from(viaKernel));
      expect(defaultInit(name)).toBe(rec.init);
    });
  }
});

describe('optimizer registry', () => {
  it('lists every optimizer with its class and PyTorch defaults', () => {
    expect(OPTIMIZER_NAMES).toEqual(['sgd', 'rmsprop', 'adagrad', 'adam', 'adamw']);
    const classes = { sgd: SGD, rmsprop: RMSprop, adagrad: Adagrad, adam: Adam, adamw: AdamW };
    for (const name of OPTIMIZER_NAMES) {
      const rec = OPTIMIZER_REGISTRY[name];
      const opt = createOptimizer(name, [tensor([1], { requiresGrad: true })]);
      expect(opt).toBeInstanceOf(classes[name]);
      expect(rec.label).toBe(opt.name);
      const { params: _p, ...group } = opt.paramGroups[0];
      expect(group).toEqual(rec.defaults);
    }
    expect(OPTIMIZER_REGISTRY.adamw.defaults.weightDecay).toBe(0.01);
    expect(OPTIMIZER_REGISTRY.sgd.defaults.lr).toBe(0.001);
  });
  it('unknown names and options throw', () => {
    expect(() => createOptimizer('lion' as never, [])).toThrow('createOptimizer: unknown optimizer "lion" (known: sgd, rmsprop, adagrad, adam, adamw)');
    expect(() => createOptimizer('adam', [], { beta1: 0.9 })).toThrow('Adam: unknown option "beta1"');
  });
});
