// The workloads written with our engine, the way a widget would write them.
import {
  mlp, createRng, loadParameters, Adam, bceWithLogits, fromData, noGrad, compileMlp, Sequential, Activation, tidy,
} from '../../src/engine';
import { SIZES, type Implementation, type Points, type Weights } from './workloads';

function model(init: Weights) {
  const m = mlp({ sizes: [...SIZES], activation: 'tanh', rng: createRng(0).stream('init') });
  loadParameters(m, init);
  return m;
}

export const engine: Implementation = {
  name: 'our engine',
  trainer(points: Points, init: Weights, lr: number) {
    const net = model(init);
    const x = fromData(points.x.slice(), [points.n, 2]), y = fromData(points.y.slice(), [points.n, 1]);
    const opt = new Adam(net.parameters(), { lr });
    return {
      step() {
        // tidy recycles the step's arrays (fresh memory is slow to touch in Chromium)
        tidy(() => {
          opt.zeroGrad();
          const loss = bceWithLogits(net.forward(x), y); // sigmoid output + BCE, fused and stable
          loss.backward();
          opt.step();
        });
      },
      loss: () => noGrad(() => bceWithLogits(net.forward(x), y).item()),
    };
  },
  grid(points: Float64Array, init: Weights) {
    const net = model(init);
    const withSigmoid = new Sequential(...net.layers, new Activation('sigmoid'));
    const f = compileMlp(withSigmoid), n = points.length / 2, out = new Float64Array(n);
    return { frame: () => f.forward(points, n, out), output: () => out };
  },
};
