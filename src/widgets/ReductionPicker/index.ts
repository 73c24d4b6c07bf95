import { widget } from '../kit';
import { ReductionPickerView } from './ReductionPicker';

export const ReductionPicker = widget('Reduction picker', ReductionPickerView);
export { axisGiving, reduceMatrix } from './reduce';
