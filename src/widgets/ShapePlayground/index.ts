import { widget } from '../kit';
import { ShapePlaygroundView } from './ShapePlayground';

export const ShapePlayground = widget('Shape playground', ShapePlaygroundView);
export { flatIndex, rowMajorStrides, float32Of } from './inspect';
