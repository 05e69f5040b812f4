// Small statistics helpers: Wilson score interval for a proportion.
import type { Interval, Proportion } from './types.js';

/** 95% Wilson score interval for count/of (z = 1.959964). */
export function wilson(count: number, of: number, z = 1.959964): Interval {
  if (of <= 0) return { low: 0, high: 1 };
  const p = count / of;
  const z2 = z * z;
  const denom = 1 + z2 / of;
  const centre = (p + z2 / (2 * of)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / of + z2 / (4 * of * of))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function proportion(count: number, of: number): Proportion {
  return { count, of, p: of > 0 ? count / of : 0, ci95: wilson(count, of) };
}
