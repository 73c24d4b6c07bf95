// The workloads with TensorFlow.js 4.22 on its CPU backend (float32), for comparison only.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients'; // the union package normally does this
import { type Implementation, type Points, type Weights } from './workloads';

export async function readyTfjs(): Promise<void> {
  await tf.setBackend('cpu');
  await tf.ready();
}

/** Variables W [out, in], b [out] per layer, from the shared initial weights. */
function variables(init: Weights): tf.Variable[] {
  const shapes = [[8, 2], [8], [8, 8], [8], [1, 8], [1]];
  return init.map((w, i) => tf.variable(tf.tensor(Array.from(w), shapes[i]), true));
}

function logits(x: tf.Tensor2D, vs: tf.Variable[]): tf.Tensor {
  const [W1, b1, W2, b2, W3, b3] = vs;
  const h1 = tf.tanh(tf.add(tf.matMul(x, W1, false, true), b1));
  const h2 = tf.tanh(tf.add(tf.matMul(h1, W2, false, true), b2));
  return tf.add(tf.matMul(h2, W3, false, true), b3);
}

const created: tf.Variable[] = [];

export const tfjs: Implementation = {
  name: 'TensorFlow.js CPU',
  trainer(points: Points, init: Weights, lr: number) {
    const vs = variables(init);
    created.push(...vs);
    const x = tf.tensor2d(Array.from(points.x), [points.n, 2]), y = tf.tensor2d(Array.from(points.y), [points.n, 1]);
    const opt = tf.train.adam(lr, 0.9, 0.999, 1e-8);
    const lossFn = () => tf.losses.sigmoidCrossEntropy(y, logits(x, vs)) as tf.Scalar;
    return {
      step() {
        opt.minimize(lossFn, false, vs);
      },
      loss() {
        const l = tf.tidy(lossFn);
        const v = l.dataSync()[0];
        l.dispose();
        return v;
      },
    };
  },
  grid(points: Float64Array, init: Weights) {
    const vs = variables(init);
    created.push(...vs);
    const x = tf.tensor2d(Array.from(points), [points.length / 2, 2]);
    let out: ArrayLike<number> = new Float32Array(points.length / 2);
    return {
      frame() {
        const p = tf.tidy(() => tf.sigmoid(logits(x, vs)));
        out = p.dataSync(); // read back, as painting would
        p.dispose();
      },
      output: () => out,
    };
  },
  dispose() {
    for (const v of created.splice(0)) v.dispose();
  },
};
