// Public entry point of the engine. Everything widgets, the lab and the chapters use comes from here.
export { Tensor, asTensor, type NestedArray, type TensorLike, type TensorOptions } from './tensor';
export { tensor, fromData, zeros, ones, full, arange, linspace, randn, rand } from './create';
export { formatShape, sizeOf } from './shape';
export { tidy, inTidy } from './storage';
export { broadcastShapes } from './broadcast';
export { hasNonFinite, isFiniteTensor } from './finite';
export { backward, noGrad, isGradEnabled, topologicalOrder } from './autograd';
export { createRng, Rng } from './random';
export { normalCdf, normalPdf } from './math';
export { sin, cos, erf, minimum, maximum } from './ops/special';

export { add, sub, mul, div, pow } from './ops/arithmetic';
export { neg, exp, log, sqrt, abs } from './ops/unary';
export { matmul } from './ops/matmul';
export { linear } from './ops/linear';
export { sum, mean, max, argmax } from './ops/reduce';
export { reshape, flatten, transpose, permute, unsqueeze, squeeze } from './ops/shape';
export { slice, index, concat, type SliceRange } from './ops/select';
export { where, maskedFill, clamp, tril } from './ops/where';
export { relu, leakyRelu, sigmoid, tanh, gelu, elu, softplus, silu, type GeluMode } from './ops/activations';
export { softmax, logSoftmax } from './ops/softmax';
export {
  ACTIVATION_REGISTRY, type ActivationRecord, ACTIVATIONS, ACTIVATION_NAMES, isActivationName, overrideActivation, isActivationOverridden, activationOp, type ActivationName,
} from './activationRegistry';

export { Module, Parameter, type StateDict } from './nn/module';
export { LayerNorm, BatchNorm1d, type LayerNormOptions, type BatchNormLayerOptions } from './nn/normalization';
export { Embedding } from './nn/embedding';
export { layerNorm, batchNorm, type BatchNormOptions } from './ops/normalization';
export { tensorStats, forwardWithActivations, gradStats, type TensorStats, type GradStat } from './stats';
export { Linear, initWeights, type InitName, type LinearOptions } from './nn/linear';
export {
  Sequential, Activation, Identity, ReLU, LeakyReLU, Sigmoid, Tanh, GELU, ELU, Softplus, SiLU, Dropout,
} from './nn/layers';
export { mlp, defaultInit, type MlpOptions } from './nn/mlp';
export { snapshotParameters, loadParameters, copyParameters } from './nn/params';

export { mseLoss, bceWithLogits, bceLoss, crossEntropy, type Reduction, type LossOptions, type CrossEntropyOptions } from './losses';

export { Optimizer, type ParamGroup, type ParamGroupInput, type OptimizerState } from './optim/optimizer';
export { SGD, SGD_DEFAULTS, type SgdOptions } from './optim/sgd';
export { RMSprop, RMSPROP_DEFAULTS, type RmspropOptions } from './optim/rmsprop';
export { Adagrad, ADAGRAD_DEFAULTS, type AdagradOptions } from './optim/adagrad';
export { Adam, AdamW, ADAM_DEFAULTS, ADAMW_DEFAULTS, type AdamOptions } from './optim/adam';
export {
  OPTIMIZER_REGISTRY, OPTIMIZER_NAMES, createOptimizer, isOptimizerName, type OptimizerName, type OptimizerRecord,
} from './optim/registry';
export { clipGradNorm, clipGradValue } from './optim/clip';
export {
  LRScheduler, StepLR, ExponentialLR, CosineAnnealingLR, LinearLR, OneCycleLR, SequentialLR, type OneCycleOptions,
} from './optim/schedulers';

export { TensorDataset, DataLoader, type Dataset, type DataLoaderOptions } from './data';
export { compileMlp, type CompiledMlp } from './inference';
export { OP_BUILDING_BLOCKS } from './opBuildingBlocks';
