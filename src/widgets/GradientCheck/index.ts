import { widget } from '../kit';
import { GradientCheckView } from './GradientCheck';

export const GradientCheck = widget('Gradient check', GradientCheckView);
