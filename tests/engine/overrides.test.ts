import { afterEach, describe, expect, it } from 'vitest';
import {
  Tensor, compileMlp, createRng, mlp, overrideActivation, isActivationOverridden, activationOp, relu, fromData, ones, type ActivationName,
} from '../../src/engine';

afterEach(() => overrideActivation('relu', null));

/** relu with its forward doubled and its backward of slope 3: easy to recognise. */
const odd = (x: Tensor) => relu(x).mul(2).add(x.mul(0)).add(relu(x));

describe('overrideActivation', () => {
  it('replaces the op every Activation layer runs, from the next forward pass, and restores it', () => {
    const model = mlp({ sizes: [2, 4, 1], activation: 'relu', rng: createRng(2), init: 'he' });
    const x = fromData([0.3, -0.7, 1.2, 0.5], [2, 2]);
    const before = Array.from(model.forward(x).data);
    overrideActivation('relu', odd);
    expect(isActivationOverridden('relu')).toBe(true);
    expect(activationOp('relu')).toBe(odd);
    const during = Array.from(model.forward(x).data);
    expect(during).not.toEqual(before);
    overrideActivation('relu', null);
    expect(isActivationOverridden('relu')).toBe(false);
    expect(Array.from(model.forward(x).data)).toEqual(before);
  });

  it('the compiled forward pass follows an override instead of using its own kernel', () => {
    const model = mlp({ sizes: [2, 8, 8, 1], activation: 'relu', rng: createRng(5), init: 'he' });
    const net = compileMlp(model); // compiled before the override, as the labs do
    const inputs = Float64Array.from({ length: 40 }, (_, i) => Math.cos(i));
    const book = new Float64Array(20), edited = new Float64Array(20);
    net.forward(inputs, 20, book);
    overrideActivation('relu', odd);
    net.forward(inputs, 20, edited);
    const expected = model.forward(fromData(inputs, [20, 2])).data;
    for (let i = 0; i < 20; i++) expect(edited[i]).toBeCloseTo(expected[i], 12);
    expect(Array.from(edited)).not.toEqual(Array.from(book));
  });

  it('backward runs through the override', () => {
    overrideActivation('relu', odd);
    const x = new Tensor(Float64Array.from([-1, 2]), [2], { requiresGrad: true });
    activationOp('relu')(x).backward(ones([2]));
    expect(Array.from(x.grad!.data)).toEqual([0, 3]);
  });

  it('refuses a name that is not an activation', () => {
    expect(() => overrideActivation('swish' as ActivationName, odd)).toThrow('overrideActivation: unknown activation "swish"');
  });
});
