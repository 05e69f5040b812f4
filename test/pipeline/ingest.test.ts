// The ingest pipeline: duplicates, near-duplicates (across and within batches), languages not coded.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, ingestDocuments } from '../../src/pipeline/ingest.js';
import { readString } from '../../src/read/index.js';
import { Store } from '../../src/store/store.js';
import { createTestDatabase, freshEmbeddedFolder, postgresAvailable, skipNote } from '../store/services.js';

const dir = mkdtempSync(join(tmpdir(), 'escalade-pipeline-'));
const seed = readFileSync(join('corpus', 'seeds', '002_1ba61b95bf422bc3.txt'), 'utf8');
/** The same wire story as another site would run it: a changed lede word and an extra credit line. */
const edited = `${seed.replace('Le président russe Vladimir Poutine a signé', 'Le chef du Kremlin Vladimir Poutine a signé')}\n\nAvec AFP.`;
let store: Store;

beforeAll(async () => {
  store = await Store.open({ data: await freshEmbeddedFolder(join(dir, 'store')) });
}, 120_000);
afterAll(async () => {
  await store?.close();
});

describe('ingest pipeline', () => {
  it('keeps a new document, then treats the same text as a duplicate and an edited copy as a near-duplicate', async () => {
    writeFileSync(join(dir, 'a.txt'), seed);
    writeFileSync(join(dir, 'b.txt'), seed);
    writeFileSync(join(dir, 'c.txt'), edited);
    const first = await ingest(store, [join(dir, 'a.txt')], { published: '2024-11-19' });
    expect(first).toMatchObject({ read: 1, new: 1, duplicate: 0, nearDuplicate: 0 });
    expect(first.events).toBeGreaterThan(0);
    const again = await ingest(store, [join(dir, 'b.txt'), join(dir, 'c.txt')], { published: '2024-11-19' });
    expect(again).toMatchObject({ read: 2, new: 0, duplicate: 1, nearDuplicate: 1, events: 0 });
    const copy = await store.getDocument(again.documentIds[0]);
    expect(copy).toMatchObject({ nearDuplicateOf: first.documentIds[0], coded: false });
    expect(copy!.similarity).toBeGreaterThan(0.7);
  });

  it('ends a batch once its documents hold batchChars characters, and still links a copy to an original kept in an earlier batch', async () => {
    const text = readFileSync(join('corpus', 'seeds', '003_2a5885ce06d57b4d.txt'), 'utf8');
    const original = readString(text, { source: 'site-c', published: '2022-10-01' });
    const copy = readString(`${text}\n\nAvec Reuters.`, { source: 'site-d', published: '2022-10-01' });
    const other = readString(`${text.slice(0, 400)}\n\nUne autre dépêche, sans rapport avec la première, sur la dissuasion.`, { source: 'site-e' });
    const batches: number[] = [];
    const report = await ingestDocuments(store, [original, copy, other], {
      batchChars: original.raw.length + original.text.length,
      onProgress: (r) => batches.push(r.read),
    });
    expect(batches).toEqual([1, 2, 3]);
    expect(report).toMatchObject({ read: 3, new: 2, nearDuplicate: 1 });
    expect(report.documents[1]).toMatchObject({ source: 'site-d', nearDuplicateOf: original.id });
    const together: number[] = [];
    await ingestDocuments(store, [readString(`${text}\n\nTroisième version.`, { source: 'site-f' }), readString('Un texte court sur la Russie.', { source: 'site-g' })], {
      onProgress: (r) => together.push(r.read),
    });
    expect(together).toEqual([2]);
  });

  it('finds a near-duplicate of a document earlier in the same batch, and codes only the first', async () => {
    const text = readFileSync(join('corpus', 'seeds', '004_bcc838e3e4f99c8b.txt'), 'utf8');
    const original = readString(text, { source: 'site-a', published: '2022-11-03' });
    const copy = readString(`${text}\n\nReuters a contribué à cet article.`, { source: 'site-b', published: '2022-11-03' });
    const report = await ingestDocuments(store, [original, copy, original]);
    expect(report).toMatchObject({ read: 3, new: 1, duplicate: 1, nearDuplicate: 1 });
    expect(report.documents[1]).toMatchObject({ source: 'site-b', nearDuplicateOf: original.id, events: 0 });
  });

  it('stores a document in a language it cannot code, labelled and not coded', async () => {
    const german = readString('Der russische Präsident hat am Dienstag eine neue Nukleardoktrin unterzeichnet. Die Regierung in Berlin reagierte besorgt auf die Entscheidung.', {
      source: 'de',
      published: '2024-11-19',
    });
    const report = await ingestDocuments(store, [german]);
    expect(report).toMatchObject({ new: 1, notCoded: 1, events: 0 });
    const stored = await store.getDocument(german.id);
    expect(stored).toMatchObject({ lang: 'de', coded: false });
    expect(stored!.notCodedReason).toMatch(/not supported/);
  });
});

const serverUp = await postgresAvailable();
if (!serverUp) skipNote('PostgreSQL (concurrent-writers test in test/pipeline/ingest.test.ts)');

describe.skipIf(!serverUp)('ingest by concurrent writers on a server store', () => {
  it('keeps one original when two writers take copies of the same story at the same moment', async () => {
    const database = await createTestDatabase();
    const [first, second] = [await Store.open({ databaseUrl: database.url }), await Store.open({ databaseUrl: database.url })];
    try {
      const original = readString(seed, { source: 'site-a', published: '2024-11-19' });
      const copy = readString(edited, { source: 'site-b', published: '2024-11-19' });
      // Both writers check the store before either has kept anything: each finds no original.
      const reports = await Promise.all([ingestDocuments(first, [original]), ingestDocuments(second, [copy])]);
      expect(reports.map((r) => r.new + r.nearDuplicate)).toEqual([1, 1]);
      expect(reports[0].nearDuplicate + reports[1].nearDuplicate).toBe(1);
      expect(await first.countDocuments()).toEqual({ total: 2, coded: 1, nearDuplicates: 1 });
      const kept = await Promise.all([first.getDocument(original.id), first.getDocument(copy.id)]);
      const [coded, linked] = kept[0]!.coded ? kept : [kept[1], kept[0]];
      expect(linked).toMatchObject({ coded: false, nearDuplicateOf: coded!.id });
      expect((await first.listEvents({ documentId: linked!.id })).length).toBe(0);
    } finally {
      await first.close();
      await second.close();
      await database.drop();
    }
  });
});
