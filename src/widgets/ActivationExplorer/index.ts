import { widget } from '../kit';
import { ActivationExplorerView } from './ActivationExplorer';

/** `<ActivationExplorer />`: f and f′ of nine activations, computed by the engine, with a probe. */
export const ActivationExplorer = widget('ActivationExplorer', ActivationExplorerView);
export { activationCurve, probeActivation, flatRegions, minimumOf } from './curves';
