import { lazyWidget } from '../kit';

/** `<GradientsThroughDepth />`: products of slopes through depth, and a real deep network's gradients (loaded on demand). */
export const GradientsThroughDepth = lazyWidget('Gradients through depth', 'Gradients through depth', () =>
  import('./GradientsThroughDepth').then((m) => m.GradientsThroughDepthView),
);
export { maxSlope, bestCaseProducts, layerGradientNorms, layerSignalNorms, survivingFraction } from './chain';
