// Seeded draws for the uncertainty interval (pure-rand xoroshiro128+).
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export type Draw = () => number;

/** A reproducible stream of uniform numbers in [0, 1). */
export function uniformStream(seed: number): Draw {
  const rng = xoroshiro128plus(seed | 0);
  return () => uniformFloat64(rng);
}

/** A triangular draw on [low, high] with its mode at `mode` (the documented default). */
export function triangular(draw: Draw, low: number, mode: number, high: number): number {
  if (high <= low) return mode;
  const u = draw();
  const c = (mode - low) / (high - low);
  return u < c ? low + Math.sqrt(u * (high - low) * (mode - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
