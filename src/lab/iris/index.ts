// Fisher's Iris data and the whole classification pipeline of chapter 15, one idea per module: the
// data (data.ts), the held-out split (split.ts), standardisation (scaling.ts), cross-entropy from
// one-hot rows (loss.ts), reading scores (metrics.ts), the training run (run.ts) and the
// decision-region picture (regions.ts). No React. The lab's entry re-exports all of it.
export { IRIS_FEATURES, IRIS_CLASSES, IRIS_ROWS, UCI_TRANSCRIPTION_ERRORS, loadIris, uciIris, type IrisData } from './data';
export { IRIS_TEST_SIZE, stratifiedSplit, randomSplit, type Split } from './split';
export {
  columnMeans, columnStds, fitScaler, standardise, scalersFor, SCALING_LABELS, SCALING_NAMES, type ScalingName, type Scaler,
} from './scaling';
export { oneHot, crossEntropyOneHot } from './loss';
export { confusionMatrix, argmaxRows, type Confusion } from './metrics';
export {
  IrisRun, buildIrisModel, IRIS_DEFAULTS, IRIS_DEFAULT_STEPS, IRIS_HIDDEN_MIN, IRIS_HIDDEN_MAX, IRIS_LR_MIN, IRIS_LR_MAX,
  IRIS_SEED_MAX, IRIS_DIVERGENCE_FACTOR, type IrisSettings, type IrisPoint, type IrisDivergence,
} from './run';
export { PETAL_DOMAIN, petalRegions, predictAll, petalSliceClasses } from './regions';
