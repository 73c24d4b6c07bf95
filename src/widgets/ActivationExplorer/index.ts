import { lazyWidget } from '../kit';

/** `<ActivationExplorer />`: f and f′ of nine activations, computed by the engine, with a probe (loaded on demand). */
export const ActivationExplorer = lazyWidget('Activation explorer', 'Activation explorer', () =>
  import('./ActivationExplorer').then((m) => m.ActivationExplorerView),
);
export { activationCurve, probeActivation, flatRegions, minimumOf } from './curves';
