// The widget kit: what every widget in the book is built from. See README.md beside this file.
// This entry has no side effects and pulls in no chart library: components import their own styles,
// and the Recharts LossChart loads on demand the first time one renders.

export * from './params';
export * from './paramStore';
export * from './urlState';
export { useParams, type UseParams } from './useParams';
export { ParamControl, ParamControls } from './Controls';
export { useAnimationFrame, useOnScreen, useNearViewport, useReducedMotion, prefersReducedMotion, timeSlice } from './motion';
export { useTrainingLoop, type TrainingLoop, type TrainingLoopOptions } from './useTrainingLoop';
export { useHeatmapRun, type HeatmapRun, type HeatmapRunOptions } from './useHeatmapRun';
export { RunOutcomeCells, type RunOutcome } from './RunOutcomeCells';
export { ResultsTable } from './ResultsTable';
export { DivergenceNotice, ShadeKey, ViewOption } from './HeatmapLab';
export { FrameBudget, type FrameBudgetOptions } from './frameBudget';
export { GridSweep, type GridSweepOptions } from './gridSweep';
export { UrlNotices } from './UrlNotices';
export { WidgetFrame, WidgetBoundary, Notice, widget } from './WidgetFrame';
export { Heatmap, gridInputs, type Domain, type LabeledPoint, type HeatmapHandle } from './Heatmap';
export { ReadOut, Stat } from './ReadOut';
export { PlayControls } from './PlayControls';
export { LossChart } from './LazyLossChart';
export type { LossSeries, LossChartProps } from './LossChart';
export { decimate } from './decimate';
export { readColor, cssVar, parseCssColor, useThemeVersion, type Rgb } from './themeColors';
export { Exercise, type ExerciseState } from './Exercise';
export {
  PROGRESS_STORAGE_KEY, useProgress, readProgress, resetProgress, markExerciseSeen, markExerciseSolved, chapterCounts,
  progressText, chapterSlugFromPath, parseProgress, type Progress, type ChapterProgress,
} from './progress';
export { ProgressMark } from './ProgressMark';
export { AnswerExercise, isCloseEnough } from './AnswerExercise';
export { ChoiceExercise, checkChoices, type ChoiceExerciseProps, type ChoiceOption, type ChoiceValue } from './ChoiceExercise';
export { lazyWidget } from './lazyWidget';
export { useHydrated } from './hydration';
export { useWidth } from './useWidth';
export { LiveLossChart, chartScales, type LiveSeries, type LiveChartHandle, type ChartHistory } from './LiveLossChart';
export { ACTIVATION_PRESENTATION, YOURS_LABEL, activationLabel, activationOptions, fixed, type ActivationPresentation } from './activations';
export { ContourPlot, type ContourPathSeries, type PlotMarker, type PlotDomain } from './ContourPlot';
export { sampleGrid, logLevels, logShade, contourPath } from './contours';
export { TensorGrid, formatCell, type TensorLikeView } from './TensorGrid';
export { CurveChart, type CurveSeries, type CurveMarker, type CurveBand } from './CurveChart';
