import { widget } from '../kit';
import { DropoutMaskViewerView } from './DropoutMaskViewer';

/** `<DropoutMaskViewer />`: one layer through the engine's Dropout, mask by mask. */
export const DropoutMaskViewer = widget('Dropout mask viewer', DropoutMaskViewerView);
export { survivorScale, MaskSequence, UNITS } from './masks';
