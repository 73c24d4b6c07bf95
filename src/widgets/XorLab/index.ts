import { widget } from '../kit';
import { XorLabView } from './XorLab';

export const XorLab = widget('XOR lab', XorLabView);
export { XOR_SPECS, XOR_PREFIX } from './params';
