// The optimizer registry: name → constructor and PyTorch's default options, so a lab can list the
// optimizers, show their defaults and build one by name without a switch of its own.
import type { Tensor } from '../tensor';
import type { Optimizer, ParamGroupInput } from './optimizer';
import { SGD, SGD_DEFAULTS, type SgdOptions } from './sgd';
import { RMSprop, RMSPROP_DEFAULTS, type RmspropOptions } from './rmsprop';
import { Adagrad, ADAGRAD_DEFAULTS, type AdagradOptions } from './adagrad';
import { Adam, AdamW, ADAM_DEFAULTS, ADAMW_DEFAULTS, type AdamOptions } from './adam';

export const OPTIMIZER_NAMES = ['sgd', 'rmsprop', 'adagrad', 'adam', 'adamw'] as const;
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number];

type Params = Iterable<Tensor> | ParamGroupInput[];

export interface OptimizerRecord<O extends object = object> {
  readonly name: OptimizerName;
  /** The class name, as PyTorch spells it: 'SGD', 'RMSprop', 'Adagrad', 'Adam', 'AdamW'. */
  readonly label: string;
  /** Every option the optimizer understands, with its default. */
  readonly defaults: Readonly<Required<O>>;
  /** new X(params, options); unknown options throw, as with the class itself. */
  create(params: Params, options?: O): Optimizer;
}

const record = <O extends object>(name: OptimizerName, label: string, defaults: Readonly<Required<O>>, create: (p: Params, o?: O) => Optimizer): OptimizerRecord<O> =>
  ({ name, label, defaults, create });

export const OPTIMIZER_REGISTRY: Readonly<{
  sgd: OptimizerRecord<SgdOptions>;
  rmsprop: OptimizerRecord<RmspropOptions>;
  adagrad: OptimizerRecord<AdagradOptions>;
  adam: OptimizerRecord<AdamOptions>;
  adamw: OptimizerRecord<AdamOptions>;
}> = {
  sgd: record('sgd', 'SGD', SGD_DEFAULTS, (p, o) => new SGD(p, o)),
  rmsprop: record('rmsprop', 'RMSprop', RMSPROP_DEFAULTS, (p, o) => new RMSprop(p, o)),
  adagrad: record('adagrad', 'Adagrad', ADAGRAD_DEFAULTS, (p, o) => new Adagrad(p, o)),
  adam: record('adam', 'Adam', ADAM_DEFAULTS, (p, o) => new Adam(p, o)),
  adamw: record('adamw', 'AdamW', ADAMW_DEFAULTS, (p, o) => new AdamW(p, o)),
};

export function isOptimizerName(name: string): name is OptimizerName {
  return (OPTIMIZER_NAMES as readonly string[]).includes(name);
}

/** Builds the named optimizer; an unknown name throws listing the known ones. */
export function createOptimizer(name: OptimizerName, params: Params, options: Record<string, unknown> = {}): Optimizer {
  if (!isOptimizerName(name)) throw new Error(`createOptimizer: unknown optimizer "${String(name)}" (known: ${OPTIMIZER_NAMES.join(', ')})`);
  return (OPTIMIZER_REGISTRY[name] as OptimizerRecord<Record<string, unknown>>).create(params, options);
}
