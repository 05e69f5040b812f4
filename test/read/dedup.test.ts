import { describe, expect, it } from 'vitest';
import { BANDS, bandKey, NUM_HASHES, ROWS_PER_BAND } from '../../src/read/dedup.js';
import { minhashOf, NEAR_DUPLICATE_THRESHOLD, readString, similarity } from '../../src/read/index.js';
import { seeds } from './helpers.js';

const all = seeds().map((s) => readString(s.text, { source: s.name, format: 'text' }));

/** A second site's copy of a wire story: its own intro line and share bar, a few words changed, the credit line dropped. */
function lightlyEdited(text: string): string {
  const paragraphs = text.split('\n\n');
  const edited = paragraphs
    .slice(0, -1)
    .map((p, i) => (i % 4 === 1 ? p.replace(/\bPoutine\b/, 'Vladimir Poutine').replace(/ a déclaré/, ' a affirmé') : p));
  return ['Publié par la rédaction le 10 décembre', ...edited, 'Partager sur Facebook'].join('\n\n');
}

describe('near-duplicates (MinHash + LSH)', () => {
  it('gives signatures of 128 values in 32 bands', () => {
    const m = minhashOf(all[0].text);
    expect(m.signature).toHaveLength(NUM_HASHES);
    expect(m.bands).toHaveLength(BANDS);
    expect(new Set(m.bands).size).toBeGreaterThan(1);
    for (const key of m.bands) expect(key === (key | 0), 'a signed 32-bit integer, as the store keeps it').toBe(true);
  });

  it('keys a band by its number and its values: equal values in another band give another key', () => {
    const signature = Array.from({ length: NUM_HASHES }, (_, i) => (i % ROWS_PER_BAND) * 0x11111111);
    // Every band holds the same four values here, so only the band number tells the keys apart.
    const keys = Array.from({ length: BANDS }, (_, band) => bandKey(signature, band));
    expect(new Set(keys).size).toBe(BANDS);
    const edited = [...signature];
    edited[5] ^= 1; // a value of band 1
    expect(bandKey(edited, 1)).not.toBe(keys[1]);
    expect(bandKey(edited, 0)).toBe(keys[0]);
    expect(minhashOf('a b c d e f').bands[3]).toBe(bandKey(minhashOf('a b c d e f').signature, 3));
  });

  it('is deterministic; an exact duplicate has similarity 1 and the same id', () => {
    const again = readString(seeds()[0].text, { source: 'elsewhere.txt', format: 'text' });
    expect(again.id).toBe(all[0].id);
    expect(similarity(minhashOf(all[0].text), minhashOf(again.text))).toBe(1);
  });

  it('puts a lightly edited copy above the threshold and sharing an LSH band', () => {
    for (const doc of all) {
      const copy = readString(lightlyEdited(doc.text), { source: 'copy.txt', format: 'text' });
      expect(copy.id).not.toBe(doc.id);
      const a = minhashOf(doc.text);
      const b = minhashOf(copy.text);
      const s = similarity(a, b);
      expect(s, doc.source).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
      expect(a.bands.some((band, i) => band === b.bands[i])).toBe(true);
    }
  });

  it('keeps different articles on the same subject well below the threshold', () => {
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        expect(similarity(minhashOf(all[i].text), minhashOf(all[j].text))).toBeLessThan(0.2);
      }
    }
  });

  it('ignores case and punctuation, and gives 0 for texts without words', () => {
    expect(similarity(minhashOf('La Russie, dit-il, menace.'), minhashOf('la russie dit il menace'))).toBe(1);
    expect(similarity(minhashOf('...'), minhashOf('!!!'))).toBe(0);
    expect(similarity(minhashOf('Un deux'), minhashOf('Un deux'))).toBe(1);
  });
});
