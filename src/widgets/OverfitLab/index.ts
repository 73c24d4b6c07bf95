import { lazyWidget } from '../kit';

/** `<OverfitLab />`, loaded on demand in its own chunk (with the lab) to keep chapter 13 inside its bundle budget. */
export const OverfitLab = lazyWidget('Overfit lab', 'Overfit lab', () => import('./OverfitLab').then((m) => m.OverfitLabView));
export { OVERFIT_SPECS, OVERFIT_PREFIX } from './params';
