import { widget } from '../kit';
import { CelsiusDialView } from './CelsiusDial';

export const CelsiusDial = widget('CelsiusDial', CelsiusDialView);
export { TensorGrid, formatCell } from './TensorGrid';
