// Nine weights of a 2 → 2 → 1 stack of linear layers, declared once. Layer 1: W₁ (2×2), b₁ (2);
// layer 2: W₂ (1×2), b₂. The defaults draw a boundary that gets 2 of the 4 XOR points right. A switch
// puts ReLU between the layers: the same weights, now a network that no longer collapses.
import { defineParams, type NumberParam } from '../kit';

const weight = (label: string, def: number): NumberParam => ({ kind: 'number', label, default: def, min: -3, max: 3, step: 0.1 });

export const COLLAPSE_PARAMS = defineParams({
  w11: weight('W₁ row 1, col 1', 1),
  w12: weight('W₁ row 1, col 2', 1),
  w21: weight('W₁ row 2, col 1', 1),
  w22: weight('W₁ row 2, col 2', -1),
  b11: weight('b₁ entry 1', 0),
  b12: weight('b₁ entry 2', 0),
  v1: weight('W₂ entry 1', 0.5),
  v2: weight('W₂ entry 2', 0.5),
  b2: weight('b₂', 0),
  relu: { kind: 'boolean', label: 'ReLU between the layers', default: false },
});

export const LAYER1_KEYS = ['w11', 'w12', 'w21', 'w22', 'b11', 'b12'] as const;
export const LAYER2_KEYS = ['v1', 'v2', 'b2'] as const;
