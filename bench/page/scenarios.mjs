import { readdirSync } from 'node:fs';

// What `npm run bench:page` measures. Add your lab here: one entry in WIDGETS (every chapter's load
// is measured by itself: CHAPTERS lists chapters/NN-slug.mdx). Each widget scenario names
//   chapter   the chapter slug (the page /chapters/<slug>),
//   query     URL settings that put the widget at its heaviest (top speed, biggest network),
//   region    the accessible name of the widget's frame (its title),
//   steps     how to read its step counter: { stat: 'Step' } (a kit <Stat label>) or
//             { text: 'caption', pattern: 'After (\\d+) steps' } (a locator inside the widget + a regex),
//   unit      what a step is ('steps', 'rounds of 5 networks', …),
//   canvas    true when the widget paints canvases every frame (their repaints are counted).
// A widget must have a Play button that becomes Pause while it runs.

export const WIDGETS = [
  {
    name: 'XOR lab, spirals, 2 hidden layers of 8',
    chapter: 'activation-functions',
    query: 'xor.data=spiral&xor.hidden=8&xor.second=1&xor.speed=400',
    region: 'XOR lab',
    steps: { stat: 'Step' },
    unit: 'steps',
    canvas: true,
  },
  {
    name: 'activation race, five networks, spirals',
    chapter: 'activation-functions',
    query: 'race.data=spiral&race.hidden=8&race.speed=200',
    region: 'Activation race',
    steps: { text: 'caption', pattern: 'After (\\d+) steps' },
    unit: 'rounds',
    canvas: true,
  },
  {
    name: 'chapter 7 trainer, 200 steps per frame',
    chapter: 'first-training-loop',
    query: 'fit.stepsPerFrame=200&fit.lr=0.0001',
    region: 'Trainer: fitting Fahrenheit from Celsius',
    steps: { stat: 'step' },
    unit: 'steps',
    canvas: true,
  },
  {
    name: 'overfit lab, 2-32-32-1 with dropout 0.5 and AdamW, 100 steps per frame',
    chapter: 'regularization',
    query: 'overfit.speed=100&overfit.dropout=0.5&overfit.decay=1',
    region: 'Overfit lab',
    steps: { stat: 'Step' },
    unit: 'steps',
    canvas: true,
  },
  {
    name: 'Iris trainer, 4-32-3 full batch of 120, 50 steps per frame',
    chapter: 'mlp-for-iris',
    query: 'iris.speed=50&iris.hidden=32',
    region: 'Iris trainer',
    steps: { stat: 'Step' },
    unit: 'steps',
    canvas: true,
  },
  {
    name: 'optimizer race, five networks 2-16-16-1 on the spirals',
    chapter: 'adam-and-adamw',
    query: 'optrace.mode=network&optrace.speed=50',
    region: 'Optimizer race',
    steps: { text: 'caption', pattern: 'After (\\d+) steps' },
    unit: 'rounds',
    canvas: true,
  },
  {
    name: 'schedule duel, two networks 2-16-16-1',
    chapter: 'learning-rate-schedules',
    query: 'duel.speed=50&duel.total=3000',
    region: 'Schedule duel',
    steps: { text: 'caption', pattern: 'After (\\d+) of' },
    unit: 'rounds',
    canvas: true,
  },
];

/** Every chapter (chapters/NN-slug.mdx, in book order): each one's load is measured (text painted,
 * first widget usable, longest task, JS). */
export const CHAPTERS = readdirSync(new URL('../../chapters/', import.meta.url))
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .sort()
  .map((f) => f.slice(3, -'.mdx'.length));

/** The soak: this widget at top speed for --soak-minutes, heap after garbage collection before and after. */
export const SOAK = WIDGETS[0];

/** Device profiles. cpu: CDP Emulation.setCPUThrottlingRate (4× ≈ a little slower than a Pixel 5,
 * 11× ≈ a low-tier phone). */
export const PROFILES = {
  desktop: { cpu: 1, width: 1280, height: 900, dpr: 1, mobile: false },
  'phone-4x': { cpu: 4, width: 390, height: 844, dpr: 1, mobile: true },
  'phone-4x-dpr3': { cpu: 4, width: 390, height: 844, dpr: 3, mobile: true },
  'phone-6x': { cpu: 6, width: 390, height: 844, dpr: 1, mobile: true },
  'phone-6x-dpr3': { cpu: 6, width: 390, height: 844, dpr: 3, mobile: true },
  'phone-11x': { cpu: 11, width: 390, height: 844, dpr: 1, mobile: true },
};

/** Slow 4G for page loads: 1.6 Mbps down, 750 kbps up, 150 ms round trip. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) };
