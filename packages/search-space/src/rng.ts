/**
 * sfc32: a small, fast, seedable PRNG with 128 bits of state. Same seed → same sequence on every machine;
 * the state can be saved and restored (checkpoints). `Math.random` is never used in this project.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform integer in [lo, hi], inclusive. */
  intBetween(lo: number, hi: number): number;
  /** The full state, to resume the exact sequence with `restoreRng`. */
  state(): [number, number, number, number];
}

class Sfc32 implements Rng {
  constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {}

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  intBetween(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  state(): [number, number, number, number] {
    return [this.a >>> 0, this.b >>> 0, this.c >>> 0, this.d >>> 0];
  }
}

/** A generator seeded from a 32-bit integer seed (other numbers are reduced modulo 2^32). */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const s = Math.trunc(seed) >>> 0;
  const rng = new Sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, s);
  for (let i = 0; i < 15; i++) rng.nextUint32();
  return rng;
}

/** A generator continuing exactly from a saved `state()`. */
export function restoreRng(state: readonly number[]): Rng {
  if (state.length !== 4 || state.some((v) => !Number.isInteger(v) || v < 0 || v > 0xffffffff)) {
    throw new RangeError(`RNG state must be four 32-bit unsigned integers, got ${JSON.stringify(state)}`);
  }
  return new Sfc32(state[0] | 0, state[1] | 0, state[2] | 0, state[3] | 0);
}
