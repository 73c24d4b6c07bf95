// The five racers and their settings, from the widget's values. Both races (surface and network) use
// the same list, so what the reader sees in the table is exactly what each racer runs.
import type { PathRacer } from '../../lab';
import type { OptRaceValues } from './params';

export const RACER_LABELS = ['SGD', 'Momentum', 'RMSprop', 'Adam', 'AdamW'] as const;

export function racersOf(v: OptRaceValues): PathRacer[] {
  return [
    { label: 'SGD', optimizer: 'sgd', settings: { lr: v.lrPlain } },
    { label: 'Momentum', optimizer: 'momentum', settings: { lr: v.lrPlain, momentum: v.momentum } },
    { label: 'RMSprop', optimizer: 'rmsprop', settings: { lr: v.lrAdaptive } },
    { label: 'Adam', optimizer: 'adam', settings: { lr: v.lrAdaptive } },
    { label: 'AdamW', optimizer: 'adamw', settings: { lr: v.lrAdaptive, weightDecay: v.weightDecay } },
  ];
}

/** What each racer runs, in words (the table's "settings" column). */
export function describe(r: PathRacer): string {
  const s = r.settings;
  const parts = [`η ${s.lr}`];
  if (r.optimizer === 'momentum') parts.push(`μ ${s.momentum}`);
  if (r.optimizer === 'adamw') parts.push(`λ ${s.weightDecay}`);
  return parts.join(', ');
}
