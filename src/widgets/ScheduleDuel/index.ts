import { lazyWidget } from '../kit';

/** `<ScheduleDuel />`: two learning-rate schedules train the same network (loaded on demand). */
export const ScheduleDuel = lazyWidget('Schedule duel', 'Schedule duel', () =>
  import('./ScheduleDuel').then((m) => m.ScheduleDuelView),
);
