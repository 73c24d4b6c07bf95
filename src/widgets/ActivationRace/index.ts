import { lazyWidget } from '../kit';

/** `<ActivationRace />`, loaded on demand in its own chunk, like the XOR lab it shares the lab with. */
export const ActivationRace = lazyWidget('Activation race', 'Activation race', () =>
  import('./ActivationRace').then((m) => m.ActivationRaceView),
);
export { RACE_SPECS, RACE_PREFIX } from './params';
