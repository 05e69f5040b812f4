// Near-duplicate detection: MinHash over word shingles, with LSH bands for candidate look-up.
//
// Choices:
// - Shingles are 3-word windows over lower-cased words (punctuation and typography ignored), so a
//   wire story republished with another intro line or a few changed words keeps most shingles,
//   while two different stories on the same topic share almost none.
// - 128 hash functions, 32 bands of 4 rows. A pair with Jaccard s becomes a candidate with
//   probability 1 - (1 - s^4)^32: 0.9999 at s = 0.7, 0.48 at s = 0.3, 0.03 at s = 0.1; the
//   S-curve's midpoint (1/32)^(1/4) ≈ 0.42 sits well below the threshold, so true near-duplicates
//   are almost never missed and the exact signature comparison then decides.
// - NEAR_DUPLICATE_THRESHOLD = 0.7 (estimated Jaccard of 3-shingles): changing one word in twenty
//   already removes about 15% of the shingles. On the bundled seeds, a copy with its own intro line
//   and share bar, a few words changed and the credit line dropped measured 0.81-0.99, a copy cut to
//   its first 80% of paragraphs 0.84-0.92, and the five different articles (same subject, same
//   period) 0.00-0.03 against each other (test/read/dedup.test.ts). With 128 hashes the estimate's
//   standard error is at most 0.044, so 0.7 keeps a margin on both sides.

export const NUM_HASHES = 128;
export const BANDS = 32;
export const ROWS_PER_BAND = NUM_HASHES / BANDS;
export const SHINGLE_WORDS = 3;
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

export interface MinHash {
  signature: number[];
  /** One LSH key per band (index = band number), from `bandKey`. */
  bands: number[];
}

/** Per-hash seeds, fixed so signatures stay comparable across runs and machines. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    state = fmix32((state + 0x6d2b79f5) >>> 0);
    seeds[i] = state;
  }
  return seeds;
})();

export function minhashOf(text: string): MinHash {
  const mins = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
  const width = Math.min(SHINGLE_WORDS, words.length);
  if (width > 0) {
    for (let i = 0; i + width <= words.length; i++) {
      let h = 0x811c9dc5;
      for (let w = i; w < i + width; w++) h = fnv1a(words[w], h ^ 0x20);
      for (let k = 0; k < NUM_HASHES; k++) {
        const v = fmix32((h ^ SEEDS[k]) >>> 0);
        if (v < mins[k]) mins[k] = v;
      }
    }
  }
  const signature = Array.from(mins);
  return { signature, bands: bandKeysOf(signature) };
}

/** The LSH key of every band of a signature, by band number. */
export function bandKeysOf(signature: ArrayLike<number>): number[] {
  const keys = new Array<number>(BANDS);
  for (let band = 0; band < BANDS; band++) keys[band] = bandKey(signature, band);
  return keys;
}

/**
 * A band's LSH key: a 32-bit mix of the band's number and its ROWS_PER_BAND values, signed so that the
 * store keeps it as a PostgreSQL integer (a GIN index over 32 integers per document costs half as much
 * to write as one over 32 "band:hex" strings). Equal bands give equal keys; two different bands share a
 * key with probability 2^-32, and that costs only a comparison, since every candidate's signature is
 * compared before anything is called a near-duplicate.
 */
export function bandKey(signature: ArrayLike<number>, band: number): number {
  let h = Math.imul(band + 1, 0x9e3779b1);
  for (let row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) h = Math.imul(h ^ signature[row], 0x85ebca6b) ^ (h >>> 13);
  return fmix32(h >>> 0) | 0;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal MinHash values. */
export function similarity(a: MinHash | number[], b: MinHash | number[]): number {
  const x = Array.isArray(a) ? a : a.signature;
  const y = Array.isArray(b) ? b : b.signature;
  const n = Math.min(x.length, y.length);
  if (n === 0) return 0;
  let equal = 0;
  let empty = 0;
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) {
      if (x[i] === 0xffffffff) empty++;
      else equal++;
    }
  }
  // Two texts without words are not "identical stories".
  return empty === n ? 0 : equal / n;
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a cheap, well-mixing bijection on 32-bit integers. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
