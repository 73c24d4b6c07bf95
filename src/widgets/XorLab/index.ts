import { lazyWidget } from '../kit';

/** `<XorLab />`, loaded on demand in its own chunk (with the lab) so chapter 12 stays inside its bundle budget. */
export const XorLab = lazyWidget('XOR lab', 'XOR lab', () => import('./XorLab').then((m) => m.XorLabView));
export { XOR_SPECS, XOR_PREFIX } from './params';
