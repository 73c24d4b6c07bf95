import { widget } from '../kit';
import { ShapePlaygroundView } from './ShapePlayground';

export const ShapePlayground = widget('ShapePlayground', ShapePlaygroundView);
export { flatIndex, rowMajorStrides, float32Of } from './inspect';
