// The duel itself, without React: two copies of one network (same seed: same data, weights and batch
// order), the same optimizer and peak rate, each with its own schedule over T steps.
import { NetworkRace, RACE_NETWORK, SCHEDULE_LABELS, attachSchedule, defaultScheduleOptions, type ScheduleName } from '../../lab';
import type { DuelValues } from './params';

export function makeDuel(v: Pick<DuelValues, 'a' | 'b' | 'optimizer' | 'lr' | 'total' | 'seed'>): NetworkRace {
  const options = defaultScheduleOptions(v.lr, v.total);
  const racer = (name: ScheduleName, side: string) => ({
    label: `${side}: ${SCHEDULE_LABELS[name]}`,
    optimizer: v.optimizer === 'adam' ? ('adam' as const) : ('momentum' as const),
    settings: { lr: v.lr, momentum: 0.9 },
    schedule: name === 'constant' ? undefined : (opt: Parameters<typeof attachSchedule>[1]) => attachSchedule(name, opt, options)!,
  });
  return new NetworkRace({ ...RACE_NETWORK, seed: v.seed }, [racer(v.a, 'A'), racer(v.b, 'B')]);
}
