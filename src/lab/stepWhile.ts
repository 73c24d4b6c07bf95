// The loop behind every run's steps(count): train up to `count` steps, stopping early once the run
// may not go on (divergence, early stopping).

/** Calls `step` up to `count` times while `mayGo()` holds (checked before each step); returns how many ran. */
export function stepWhile(count: number, step: () => void, mayGo: () => boolean): number {
  let done = 0;
  while (done < count && mayGo()) {
    step();
    done++;
  }
  return done;
}
