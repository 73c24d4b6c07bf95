import { lazyWidget } from '../kit';

/** `<BiasCorrectionLens />`: Adam's m, v, m̂, v̂ and step sizes for the first 20 steps (loaded on demand). */
export const BiasCorrectionLens = lazyWidget('Bias-correction lens', 'Bias-correction lens', () =>
  import('./BiasCorrectionLens').then((m) => m.BiasCorrectionLensView),
);
