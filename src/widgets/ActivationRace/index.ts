import { widget } from '../kit';
import { ActivationRaceView } from './ActivationRace';

export const ActivationRace = widget('Activation race', ActivationRaceView);
export { RACE_SPECS, RACE_PREFIX } from './params';
