import { lazyWidget } from '../kit';

/** `<OptimizerRace />`, loaded on demand in its own chunk (it brings the lab and its training runs). */
export const OptimizerRace = lazyWidget('Optimizer race', 'Optimizer race', () =>
  import('./OptimizerRace').then((m) => m.OptimizerRaceView),
);
export { OPTRACE_SPECS, OPTRACE_PREFIX } from './params';
