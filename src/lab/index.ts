// The training layer the chapter widgets run on: data sets, runs, races, grid evaluation. No React.
export * from './datasets';
export * from './settings';
export * from './grid';
export { buildModel, swapActivation, makeOptimizer } from './model';
export { TrainingRun, BATCH_SIZE, HISTORY_CAPACITY, type Divergence, type SettingsChange } from './trainingRun';
export { BoundedHistory, type DrawableHistory } from './history';
export { Race, RACE_ACTIVATIONS, type RaceSettings } from './race';
export { Lockstep, type Stepper } from './lockstep';
export { layoutGraph, nodeName, type GraphLayout, type PlacedNode, type PlacedEdge } from './graphLayout';
export { FitRun, noisyReadings, sixReadings, type TemperatureData, type FitOptions } from './temperature';
export * from './surfaces';
export * from './optimizerPath';
export {
  parseExpression, activationFromExpression, ExpressionError, pointAt, functionNames,
  MAX_FORMULA_LENGTH, MAX_PARAMETERS, type ParsedExpression, type Expr,
} from './expression';
export { NetworkRace, Racer, RACE_NETWORK, type NetworkSpec, type RacerSpec } from './networkRace';
export { traceMoments, gradients, uncorrectedRatio, DEFAULT_MOMENTS, type MomentSettings, type MomentRow } from './biasCorrection';
export * from './schedules';
export {
  readerActivation, setReaderActivation, subscribeReaderActivation, judgeFormula, curveOf, firstNonFinite,
  CHECK_RANGE, READER_PREFIX, PARAMETER_SLOTS, bindParameters, adoptReaderActivationFrom, slopeAt, readerActivationOrDefault, DEFAULT_FORMULA, type ReaderActivation, type Verdict, type Curve,
} from './readerActivation';
export { SurfaceRace, type PathRacer } from './surfaceRace';
export { makeSplitMoons, TRAIN_POINTS, VALIDATION_POINTS, MOON_NOISE, type SplitDataset } from './splitData';
export {
  OverfitRun, buildOverfitModel, makeOverfitOptimizer, OVERFIT_DEFAULTS, OVERFIT_HIDDEN, PATIENCE, DROPOUT_MAX, DECAY_MAX,
  OVERFIT_LR_MIN, OVERFIT_LR_MAX, sgdDecayFactor, type OverfitSettings, type DecayMode, type EarlyStop, type OverfitDivergence, type OverfitChange,
} from './overfitRun';
export {
  EDITABLE_OPS, isEditableOp, regionOf, opFromCode, checkOp, describeCheck, CHECK_TOLERANCE,
  type EditableOp, type Op, type CheckResult,
} from './opEditing';
export { idleWeightAfter, DECAY_EXAMPLE, type DecayRun } from './weightDecay';
export { FormulaActivation, withFormula, forwardNet } from './formulaActivation';
export {
  installEditedOp, resetEditedOp, editedOps, editOf, subscribeEditedOps, type InstalledEdit,
} from './engineEdits';
export {
  IrisRun, loadIris, uciIris, columnMeans, columnStds, stratifiedSplit, randomSplit, fitScaler, standardise, scalersFor,
  oneHot, crossEntropyOneHot, confusionMatrix, argmaxRows, buildIrisModel, UCI_TRANSCRIPTION_ERRORS,
  IRIS_FEATURES, IRIS_CLASSES, IRIS_ROWS, IRIS_TEST_SIZE, IRIS_DEFAULTS, IRIS_DEFAULT_STEPS, IRIS_HIDDEN_MIN, IRIS_HIDDEN_MAX,
  IRIS_LR_MIN, IRIS_LR_MAX, IRIS_SEED_MAX, IRIS_DIVERGENCE_FACTOR, SCALING_LABELS, SCALING_NAMES,
  PETAL_DOMAIN, petalRegions, predictAll, petalSliceClasses,
  type IrisData, type IrisSettings, type IrisPoint, type IrisDivergence, type ScalingName, type Scaler, type Split, type Confusion,
} from './iris';
export {
  NormRun, NORM_DEFAULTS, NORM_WIDTH, NORM_DEPTH_MIN, NORM_DEPTH_MAX, GAIN_MIN, GAIN_MAX, HIST_BINS, HIST_RANGE,
  histogram, meanStd, fractionBeyond, layerNormOf, type NormSettings, type NormKind, type NetState,
} from './normRun';
export { lineFitCurvature, standardised, stepFactor, type Curvature } from './stability';
