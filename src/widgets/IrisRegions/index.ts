import { lazyWidget } from '../kit';

/** `<IrisRegions />`, loaded on demand in its own chunk (with the lab and the Iris data). */
export const IrisRegions = lazyWidget('Iris decision regions', 'Iris decision regions', () => import('./IrisRegions').then((m) => m.IrisRegionsView));
export { REGIONS_SPECS, REGIONS_PREFIX } from './params';
