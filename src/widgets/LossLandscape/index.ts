import { widget } from '../kit';
import { LossLandscapeView } from './LossLandscape';

export const LossLandscape = widget('Loss landscape', LossLandscapeView);
export { dataset, lossAt } from './landscape';
export { lineFitCurvature, standardised, stepFactor, type Curvature } from '../../lab';
