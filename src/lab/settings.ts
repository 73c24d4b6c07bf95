// What a training run is made of. The widgets declare their controls from these names and ranges,
// so a run's settings and the controls that change them cannot disagree.
import { OPTIMIZER_REGISTRY, type ActivationName, type OptimizerName as EngineOptimizerName } from '../engine';
import type { DatasetName } from './datasets';

/** A choice in the lab's Optimizer menu: an optimizer of the engine's registry, the options it is built
 *  with besides the learning rate, and its label (the registry's class name unless the options change it). */
export interface LabOptimizer {
  optimizer: EngineOptimizerName;
  options?: Record<string, unknown>;
  label: string;
}

export const LAB_OPTIMIZERS = {
  sgd: { optimizer: 'sgd', label: OPTIMIZER_REGISTRY.sgd.label },
  momentum: { optimizer: 'sgd', options: { momentum: 0.9 }, label: 'SGD with momentum' },
  adam: { optimizer: 'adam', label: OPTIMIZER_REGISTRY.adam.label },
} as const satisfies Record<string, LabOptimizer>;

export type OptimizerName = keyof typeof LAB_OPTIMIZERS;

export const OPTIMIZER_LABELS = Object.fromEntries(
  Object.entries(LAB_OPTIMIZERS).map(([name, o]) => [name, o.label]),
) as Record<OptimizerName, string>;

export const ACTIVATION_LABELS: Record<ActivationName, string> = {
  none: 'none (identity)',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  gelu: 'GELU',
  elu: 'ELU',
  softplus: 'softplus',
  silu: 'SiLU',
};

/** 'yours': the formula the reader typed in chapter 12's formula box (src/lab/readerActivation.ts). */
export const YOURS = 'yours' as const;
export type LabActivation = ActivationName | typeof YOURS;

/** What a run minimises: binary cross-entropy on the scores (chapter 4), or the squared error of the
 *  sigmoid's probability (it gives weaker gradients, see chapter 12). */
export type LossName = 'bce' | 'mse';
export const LOSS_LABELS: Record<LossName, string> = {
  bce: 'binary cross-entropy',
  mse: 'squared error of σ(score)',
};

export interface RunSettings {
  activation: LabActivation;
  /** 'bce' when absent. */
  loss?: LossName;
  /** Units per hidden layer, 1–16. */
  hidden: number;
  /** A second hidden layer of the same width. */
  secondLayer: boolean;
  lr: number;
  optimizer: OptimizerName;
  seed: number;
  dataset: DatasetName;
}

export const HIDDEN_MIN = 1;
export const HIDDEN_MAX = 16;
export const LR_MIN = 1e-4;
export const LR_MAX = 10;
export const SEED_MAX = 100;

export const DEFAULT_SETTINGS: RunSettings = {
  activation: 'relu',
  hidden: 4,
  secondLayer: false,
  lr: 0.03,
  optimizer: 'adam',
  seed: 1,
  dataset: 'xor',
};

/** Settings that define the network and its data: changing one starts a new run. */
export const STRUCTURAL_KEYS = ['hidden', 'secondLayer', 'seed', 'dataset', 'loss'] as const satisfies readonly (keyof RunSettings)[];

/** What new settings ask of a run that starts again when any `structural` setting changes and otherwise
 *  only takes a new learning rate: 'rebuilt', 'lr', or null when nothing it reads changed. */
export function rebuildOrRate<S extends { lr: number }>(prev: S, next: S, structural: readonly (keyof S)[]): 'rebuilt' | 'lr' | null {
  if (structural.some((k) => prev[k] !== next[k])) return 'rebuilt';
  return prev.lr !== next.lr ? 'lr' : null;
}

/** A loss that jumps above this many times its starting value (about ln 2 ≈ 0.69, a blind guess)
 *  means the steps are overshooting: the run is treated as diverged, like a NaN or ∞ loss. */
export const DIVERGENCE_FACTOR = 10;
