import { widget } from '../kit';
import { GraphInspectorView } from './GraphInspector';

export const GraphInspector = widget('Graph inspector', GraphInspectorView);
export { inputGradAfter, operationNodeCount, breadthFirstOrder, type BackwardOrder } from './backwardStepper';
