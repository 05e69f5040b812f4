// Random streams: each run's xoroshiro128plus generator is derived from (seed, run index) alone,
// so any split of the runs into chunks and workers draws exactly the same numbers.
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

export type Rng = JumpableRandomGenerator;

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers with full avalanche. */
export function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * The generator of run `run` under `seed`. Word 0 of the state is a bijection of the run index for a
 * given seed, so two runs never share a state; the four words are independent hashes.
 */
export function runRng(seed: number, run: number): Rng {
  const s = fmix32(seed ^ 0x5bd1e995);
  const w0 = fmix32(s ^ fmix32(run));
  const w1 = fmix32(w0 ^ fmix32(run + 0x9e3779b9));
  const w2 = fmix32(w1 ^ fmix32(s + 0x7f4a7c15));
  let w3 = fmix32(w2 ^ fmix32(run ^ 0x2545f491));
  if ((w0 | w1 | w2 | w3) === 0) w3 = 1;
  return xoroshiro128plusFromState([w0, w1, w2, w3]);
}

/** 2^-32: maps an unsigned 32-bit draw to [0, 1). */
export const U32 = 2.3283064365386963e-10;
