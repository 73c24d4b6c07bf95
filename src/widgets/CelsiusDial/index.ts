import { widget } from '../kit';
import { CelsiusDialView } from './CelsiusDial';

export const CelsiusDial = widget('Celsius dial', CelsiusDialView);
