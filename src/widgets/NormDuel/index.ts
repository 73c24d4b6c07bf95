import { lazyWidget } from '../kit';

/** `<NormDuel />`: plain vs normalized deep net from the same weights, loaded on demand. */
export const NormDuel = lazyWidget('Normalization duel', 'Normalization duel', () => import('./NormDuel').then((m) => m.NormDuelView));
export { NORM_SPECS, NORM_PREFIX } from './params';
