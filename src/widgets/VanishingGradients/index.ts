import { widget } from '../kit';
import { VanishingGradientsView } from './VanishingGradients';

/** `<VanishingGradients />`: products of slopes through depth, and a real deep network's gradients. */
export const VanishingGradients = widget('VanishingGradients', VanishingGradientsView);
export { maxSlope, bestCaseProducts, layerGradientNorms, survivingFraction } from './chain';
