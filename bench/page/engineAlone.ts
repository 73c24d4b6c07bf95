// Yardsticks for the page benchmark, run in the same browser as the page:
//  - default: the same training the widgets do (TrainingRun / Race from src/lab) in a tight loop with
//    no rendering; the page's steps/s are compared with these;
//  - `?control`: a page that only burns 10 ms per animation frame (the widgets' training budget).
//    On a shared machine, long tasks seen there come from other processes, not from the book.
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

function engineAlone() {
  const lab = new TrainingRun({ ...DEFAULT_SETTINGS, dataset: 'spiral', hidden: 8, secondLayer: true });
  const labStepsPerSecond = rate(() => lab.step(), 3000);
  const race = new Race({ ...DEFAULT_SETTINGS, dataset: 'spiral', hidden: 8 });
  const raceRoundsPerSecond = rate(() => race.round(), 3000);
  return { labStepsPerSecond, raceRoundsPerSecond };
}

async function control(ms: number) {
  const durations: number[] = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) durations.push(e.duration); }).observe({ type: 'longtask' });
  const worstGap = await new Promise<number>((resolve) => {
    let last = performance.now(), gap = 0;
    const end = last + ms;
    const tick = (now: number) => {
      gap = Math.max(gap, now - last);
      last = now;
      const until = performance.now() + 10;
      while (performance.now() < until) { /* the frame's work */ }
      if (now < end) requestAnimationFrame(tick);
      else resolve(gap);
    };
    requestAnimationFrame(tick);
  });
  await new Promise((r) => setTimeout(r, 100));
  return { longestTaskMs: durations.length ? Math.max(...durations) : null, longTasks: durations.length, longestFrameGapMs: worstGap };
}

const result = new URLSearchParams(location.search).has('control') ? await control(6000) : engineAlone();
(window as unknown as { __result: typeof result }).__result = result;
document.getElementById('out')!.textContent = JSON.stringify(result);
