// One small seeded generator (sfc32) with independent named streams: 'data', 'init', 'batches',
// 'dropout'… A run is reproducible from its seed, and changing how many numbers one stream draws
// (say, a bigger data set) does not change the others (so two runs can share initial weights).

/** Mixes a seed and a name into 32-bit words (a string hash in the style of cyrb128). */
function hashSeed(seed: number, name: string): [number, number, number, number] {
  let h1 = 1779033703 ^ seed, h2 = 3144134277 ^ seed, h3 = 1013904242 ^ seed, h4 = 2773480762 ^ seed;
  const text = `${seed}:${name}`;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | null = null;

  /** Prefer `createRng(seed)`; `name` distinguishes streams made from the same seed. */
  constructor(readonly seed: number, readonly name = '') {
    [this.a, this.b, this.c, this.d] = hashSeed(seed, name);
    for (let i = 0; i < 12; i++) this.nextUint32(); // warm up
  }

  /** An independent generator for one purpose; the same (seed, path) always gives the same stream. */
  stream(name: string): Rng {
    return new Rng(this.seed, this.name ? `${this.name}/${name}` : name);
  }

  nextUint32(): number {
    // sfc32 (Chris Doty-Humphrey's small fast counting generator).
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Standard normal (Box–Muller, the second value kept for the next call). */
  normal(mean = 0, std = 1): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return mean + std * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return mean + std * r * Math.cos(2 * Math.PI * v);
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(array: T[]): T[];
  shuffle<A extends { length: number; [i: number]: number }>(array: A): A;
  shuffle<T>(array: T[]): T[] {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = array[i];
      array[i] = array[j];
      array[j] = tmp;
    }
    return array;
  }
}

export function createRng(seed: number): Rng {
  return new Rng(seed >>> 0 === seed ? seed : Math.floor(Math.abs(seed)) >>> 0);
}
