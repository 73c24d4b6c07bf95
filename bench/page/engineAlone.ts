// The yardstick for the page benchmark: the same training the widgets do (TrainingRun / Race from
// src/lab), in a tight loop with no rendering, in the same browser. The page's figures are compared
// with these.
import { Race, TrainingRun, DEFAULT_SETTINGS } from '../../src/lab';

function rate(run: () => void, ms: number): number {
  for (let i = 0; i < 200; i++) run(); // warm up the JIT
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < ms) {
    for (let i = 0; i < 20; i++) run();
    n += 20;
  }
  return (n / (performance.now() - start)) * 1000;
}

const lab = new TrainingRun({ ...DEFAULT_SETTINGS, dataset: 'spiral', hidden: 8, secondLayer: true });
const labStepsPerSecond = rate(() => lab.step(), 3000);
const race = new Race({ ...DEFAULT_SETTINGS, dataset: 'spiral', hidden: 8 });
const raceRoundsPerSecond = rate(() => race.round(), 3000);

const result = { labStepsPerSecond, raceRoundsPerSecond };
(window as unknown as { __engineAlone: typeof result }).__engineAlone = result;
document.getElementById('out')!.textContent = JSON.stringify(result);
