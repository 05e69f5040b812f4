// The synthetic dispatches of the scale tests and benchmark must look, to the near-duplicate stage, like
// unrelated real articles: otherwise every new one meets candidates in a share of the store and the
// measured throughput falls as the store grows, which real news does not do.
import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/pipeline/ingest.js';
import { minhashOf, NEAR_DUPLICATE_THRESHOLD, similarity } from '../../src/read/index.js';
import { syntheticDocument, syntheticDocuments } from '../../src/scale/synthetic.js';

const docs = syntheticDocuments(240, 42);
const signatures = docs.map((d) => minhashOf(d.text));

function pairs(): { similarity: number; sharesBand: boolean }[] {
  const out = [];
  for (let i = 0; i < signatures.length; i++) {
    for (let j = i + 1; j < signatures.length; j++) {
      out.push({
        similarity: similarity(signatures[i], signatures[j]),
        sharesBand: signatures[i].bands.some((band, k) => band === signatures[j].bands[k]),
      });
    }
  }
  return out;
}

describe('synthetic dispatches', () => {
  it('are deterministic and distinct', () => {
    expect(syntheticDocument(17, 42)).toEqual(docs[17]);
    expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
    expect(docs.filter((d) => d.lang === 'fr')).toHaveLength(docs.length / 3);
  });

  it('are as unlike each other as unrelated real articles (few shared shingles, almost no LSH candidates)', () => {
    const all = pairs();
    const sorted = all.map((p) => p.similarity).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(0.03);
    expect(sorted[sorted.length - 1]).toBeLessThan(NEAR_DUPLICATE_THRESHOLD / 2);
    expect(all.filter((p) => p.sharesBand).length / all.length).toBeLessThan(0.002);
  });

  it('carry coded statements, and their background sentences code nothing', () => {
    const coded = docs.slice(0, 30).map((d) => codeDocument(d).record!);
    const events = coded.reduce((n, r) => n + r.events.length, 0);
    expect(events / coded.length).toBeGreaterThan(4);
    for (const doc of [docs[4], docs[5]]) {
      // Each paragraph is one statement followed by background sentences: keep only the latter.
      const paragraphs = doc.text.split('\n\n').slice(1, -1);
      const background = paragraphs.map((p) => p.split(/(?<=\.) /).slice(1).join(' ')).join('\n\n');
      expect(background.length).toBeGreaterThan(doc.text.length / 2);
      const record = codeDocument({ ...doc, text: background, raw: background }).record!;
      expect(record.events).toEqual([]);
      expect(record.actors).toEqual([]);
    }
  });
});
