import { widget } from '../kit';
import { LinearCollapseView } from './LinearCollapse';

/** `<LinearCollapse />`: two linear layers, the one layer they equal, and its straight XOR boundary. */
export const LinearCollapse = widget('Two linear layers collapse into one', LinearCollapseView);
export { analyse, collapse, layersOf, stackForward, collapsedForward } from './collapse';
