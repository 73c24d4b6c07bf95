import { lazyWidget } from '../kit';

/** `<SchedulePlotter />`: η over a run for each schedule, with its formula and knobs (loaded on demand). */
export const SchedulePlotter = lazyWidget('Schedule plotter', 'Schedule plotter', () =>
  import('./SchedulePlotter').then((m) => m.SchedulePlotterView),
);
