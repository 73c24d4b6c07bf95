import { lazyWidget } from '../kit';

/** `<NormHistograms />`: per-layer histograms of a deep net, plain vs normalized, loaded on demand. */
export const NormHistograms = lazyWidget('Activation histograms per layer', 'Activation histograms per layer', () => import('./NormHistograms').then((m) => m.NormHistogramsView));
