// The gradients-through-depth widget's parameters, declared once.
import { activationLabel, choice, defineParams } from '../kit';

export const DEPTH_PARAMS = defineParams({
  depth: { kind: 'number', label: 'Depth (layers)', default: 10, min: 1, max: 30, step: 1, integer: true },
  init: choice('Initialisation', 'xavier', [
    { value: 'xavier', label: 'Xavier (Glorot uniform)' },
    { value: 'he', label: 'He (Kaiming normal)' },
  ] as const, 'How the deep network’s weights are drawn.'),
  seed: { kind: 'number', label: 'Seed', default: 1, min: 1, max: 99, step: 1, integer: true },
});

/** The activations compared, in the order of the legend. */
export const CHAIN_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'gelu'] as const;
export type ChainActivation = (typeof CHAIN_ACTIVATIONS)[number];
export const CHAIN_LABELS = Object.fromEntries(CHAIN_ACTIVATIONS.map((a) => [a, activationLabel(a)])) as Record<ChainActivation, string>;
