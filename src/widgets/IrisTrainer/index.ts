import { lazyWidget } from '../kit';

/** `<IrisTrainer />`, loaded on demand in its own chunk (with the lab and the Iris data). */
export const IrisTrainer = lazyWidget('Iris trainer', 'Iris trainer', () => import('./IrisTrainer').then((m) => m.IrisTrainerView));
export { IRIS_SPECS, IRIS_PREFIX } from './params';
