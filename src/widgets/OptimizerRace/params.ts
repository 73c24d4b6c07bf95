// The optimizer race's settings (URL prefix "optrace"). One learning rate for the two plain rules and one
// for the three adaptive ones: their scales differ by design (an adaptive step is about η in every
// coordinate, a plain step is η times the gradient), so one shared number could not suit both.
import { SURFACE_IDS, surfaceOf, type SurfaceId } from '../../lab';
import { choice, defineParams, type ParamValues } from '../kit';

export const OPTRACE_PREFIX = 'optrace';

export type RaceMode = 'surface' | 'network';

/** Rates that make a good race on each surface (and on the network), applied when the reader switches. */
export const RECOMMENDED: Record<SurfaceId | 'network', { lrPlain: number; lrAdaptive: number }> = {
  ravine: { lrPlain: 0.1, lrAdaptive: 0.1 },
  rosenbrock: { lrPlain: 0.001, lrAdaptive: 0.01 },
  beale: { lrPlain: 0.001, lrAdaptive: 0.01 },
  saddle: { lrPlain: 0.01, lrAdaptive: 0.05 },
  network: { lrPlain: 0.3, lrAdaptive: 0.01 },
};

const DEFAULT_SURFACE: SurfaceId = 'rosenbrock';
const START = surfaceOf(DEFAULT_SURFACE).defaultStart;

export const OPTRACE_SPECS = defineParams({
  mode: choice<RaceMode>('Race on', 'surface', [
    { value: 'surface', label: 'a 2-D loss surface' },
    { value: 'network', label: 'a small network (two spirals)' },
  ]),
  surface: choice('Surface', DEFAULT_SURFACE, SURFACE_IDS.map((id) => ({ value: id, label: surfaceOf(id).label.replace(/ \(.*\)$/, '') }))),
  lrPlain: { kind: 'number', label: 'η for SGD and momentum', default: RECOMMENDED[DEFAULT_SURFACE].lrPlain, min: 1e-4, max: 3, step: 0.1, scale: 'log' },
  lrAdaptive: { kind: 'number', label: 'η for RMSprop, Adam, AdamW', default: RECOMMENDED[DEFAULT_SURFACE].lrAdaptive, min: 1e-4, max: 1, step: 0.1, scale: 'log' },
  momentum: { kind: 'number', label: 'Momentum μ', default: 0.9, min: 0, max: 0.99, step: 0.01 },
  weightDecay: { kind: 'number', label: 'AdamW weight decay λ', default: 0.01, min: 0, max: 0.5, step: 0.01 },
  x0: { kind: 'number', label: 'Start x', default: START.x, min: -10, max: 10, step: 0.01 },
  y0: { kind: 'number', label: 'Start y', default: START.y, min: -10, max: 10, step: 0.01 },
  seed: { kind: 'number', label: 'Seed (network)', default: 1, min: 1, max: 100, step: 1, integer: true },
  speed: { kind: 'number', label: 'Steps per frame', default: 2, min: 1, max: 50, step: 1, integer: true },
});

export type OptRaceValues = ParamValues<typeof OPTRACE_SPECS>;
