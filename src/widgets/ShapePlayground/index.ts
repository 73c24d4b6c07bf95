import { widget } from '../kit';
import { ShapePlaygroundView } from './ShapePlayground';
import { AnswerExercise as AnswerExerciseView } from './AnswerExercise';

export const ShapePlayground = widget('ShapePlayground', ShapePlaygroundView);
export const AnswerExercise = widget('AnswerExercise', AnswerExerciseView);
export { flatIndex, rowMajorStrides, float32Of } from './inspect';
