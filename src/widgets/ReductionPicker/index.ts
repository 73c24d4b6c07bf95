import { widget } from '../kit';
import { ReductionPickerView } from './ReductionPicker';

export const ReductionPicker = widget('ReductionPicker', ReductionPickerView);
export { axisGiving, reduceMatrix } from './reduce';
