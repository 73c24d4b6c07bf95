// The README's example is real: the code between the markers below is copied verbatim into
// src/engine/README.md (this test checks that), and it runs here.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  tensor, createRng, mlp, Adam, bceWithLogits, sigmoid, noGrad, tidy, compileMlp,
} from '../../src/engine';

const root = join(import.meta.dirname, '../..');

function example(): { accuracy: number; finalLoss: number; heat: Float64Array } {
  // README-EXAMPLE-START
  // XOR with a 2→4→1 ReLU network trained by Adam (chapter 12.6).
  const x = tensor([[0, 0], [0, 1], [1, 0], [1, 1]]);
  const y = tensor([[0], [1], [1], [0]]);

  const rng = createRng(42); // one seed, independent streams per purpose
  const model = mlp({ sizes: [2, 4, 1], activation: 'relu', rng: rng.stream('init') });
  const opt = new Adam(model.parameters(), { lr: 0.05 });

  let finalLoss = Infinity;
  for (let step = 0; step < 1000; step++) {
    finalLoss = tidy(() => {            // recycle this step's arrays when it ends
      opt.zeroGrad();
      const loss = bceWithLogits(model.forward(x), y); // sigmoid + binary cross-entropy, stable
      loss.backward();
      opt.step();
      return loss.item();
    });
  }

  const probs = noGrad(() => sigmoid(model.forward(x))); // no graph for inference
  const predicted = Array.from(probs.data, (p) => (p > 0.5 ? 1 : 0));
  const accuracy = predicted.filter((p, i) => p === y.data[i]).length / 4;
  console.log(`loss ${finalLoss.toFixed(4)}, predictions ${predicted}, accuracy ${accuracy * 100} %`);

  // Painting the decision boundary: a compiled forward pass, no tensors, no allocation per frame.
  const side = 100, grid = new Float64Array(2 * side * side), heat = new Float64Array(side * side);
  for (let i = 0; i < side * side; i++) {
    grid[2 * i] = (i % side) / (side - 1);
    grid[2 * i + 1] = Math.floor(i / side) / (side - 1);
  }
  const net = compileMlp(model);
  net.forward(grid, side * side, heat); // logits; > 0 means class 1
  // README-EXAMPLE-END
  return { accuracy, finalLoss, heat };
}

describe('README', () => {
  it('its XOR example trains to 100 % and paints a boundary that agrees with the points', () => {
    const { accuracy, finalLoss, heat } = example();
    expect(accuracy).toBe(1);
    expect(finalLoss).toBeLessThan(0.05);
    expect(heat[0]).toBeLessThan(0); // (0, 0) → class 0
    expect(heat[99]).toBeGreaterThan(0); // (1, 0) → class 1
    expect(heat[9900]).toBeGreaterThan(0); // (0, 1) → class 1
    expect(heat[9999]).toBeLessThan(0); // (1, 1) → class 0
  });

  it('shows exactly the code this test runs', () => {
    const source = readFileSync(join(root, 'tests/engine/readme.test.ts'), 'utf8');
    const body = source.split('// README-EXAMPLE-START\n')[1].split('  // README-EXAMPLE-END')[0];
    const code = body.split('\n').map((l) => l.replace(/^ {2}/, '')).join('\n').trimEnd();
    const readme = readFileSync(join(root, 'src/engine/README.md'), 'utf8');
    expect(readme).toContain(code);
  });

  it('every region the book quotes exists in the engine source', () => {
    const regions: Array<[string, string]> = [
      ['ops/activations.ts', 'relu'], ['ops/activations.ts', 'sigmoid'], ['ops/activations.ts', 'tanh'],
      ['ops/activations.ts', 'gelu'], ['ops/softmax.ts', 'softmax'], ['autograd.ts', 'topological-sort'],
      ['autograd.ts', 'backward'], ['optim/adam.ts', 'adam-step'], ['nn/linear.ts', 'linear-forward'],
      ['ops/linear.ts', 'linear-op'], ['ops/arithmetic.ts', 'add'], ['ops/arithmetic.ts', 'mul'], ['ops/reduce.ts', 'sum'],
    ];
    for (const [file, name] of regions) {
      const text = readFileSync(join(root, 'src/engine', file), 'utf8');
      expect(text, `${file} region ${name}`).toMatch(new RegExp(`^\\s*//\\s*#region\\s+${name}\\s*$`, 'm'));
    }
  });
});
