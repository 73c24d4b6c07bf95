import { lazyWidget } from '../kit';

/** `<RavineRace />`, loaded on demand in its own chunk. */
export const RavineRace = lazyWidget('Ravine race', 'Ravine race: SGD, momentum and Nesterov', () =>
  import('./RavineRace').then((m) => m.RavineRaceView),
);
export { RAVINE_SPECS, RAVINE_PREFIX } from './params';
export { RACERS, RACER_LABELS, FINISH_LOSS, MAX_STEPS, RavineRace as RavineRaceModel, raceToEnd, stabilityLimit, type Racer, type RaceSettings } from './race';
