import { widget } from '../kit';
import { DropoutMaskViewerView } from './DropoutMaskViewer';

/** `<DropoutMaskViewer />`: one layer through the engine's Dropout, mask by mask. */
export const DropoutMaskViewer = widget('DropoutMaskViewer', DropoutMaskViewerView);
export { survivorScale, MaskSequence, UNITS } from './masks';
