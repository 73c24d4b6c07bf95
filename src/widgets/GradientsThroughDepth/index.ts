import { lazyWidget } from '../kit';

/** `<VanishingGradients />`: products of slopes through depth, and a real deep network's gradients (loaded on demand). */
export const VanishingGradients = lazyWidget('VanishingGradients', 'Gradients through depth', () =>
  import('./VanishingGradients').then((m) => m.VanishingGradientsView),
);
export { maxSlope, bestCaseProducts, layerGradientNorms, layerSignalNorms, survivingFraction } from './chain';
