// The reduction picker's parameters, declared once: op, axis, keepdims.
import { choice, defineParams } from '../kit';

export const REDUCTION_PARAMS = defineParams({
  op: choice('Reduction', 'sum', [
    { value: 'sum', label: 'sum' },
    { value: 'mean', label: 'mean' },
    { value: 'max', label: 'max' },
  ]),
  axis: choice('Axis', '0', [
    { value: '0', label: 'axis 0 (down the columns)' },
    { value: '1', label: 'axis 1 (along the rows)' },
    { value: 'all', label: 'no axis (everything)' },
  ]),
  keepdims: { kind: 'boolean', label: 'Keep the reduced axis (length 1)', default: false },
});
