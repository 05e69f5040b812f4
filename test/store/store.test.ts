// The store's contract, run on both backends: embedded PGlite and a PostgreSQL server.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, type DocumentToSave } from '../../src/store/store.js';
import { documentFromText } from '../../src/scale/synthetic.js';
import { event, record } from './records.js';
import { createTestDatabase, freshEmbeddedFolder, postgresAvailable, skipNote, type TestDatabase } from './services.js';

const serverUp = await postgresAvailable();
if (!serverUp) skipNote('PostgreSQL (server-store half of test/store/store.test.ts)');

const french = documentFromText('Les missiles russes ont été lancés vers la frontière. Poutine menace d’une riposte nucléaire massive.', {
  source: 'test://fr',
  lang: 'fr',
  title: 'Menace nucléaire',
  published: '2024-03-05',
});
const english = documentFromText('The United States deployed new warheads in Europe, officials said, as NATO held an exercise.', {
  source: 'test://en',
  lang: 'en',
  title: 'Warheads deployed',
  published: '2024-06-20',
});
const german = documentFromText('Die Raketen wurden gestern abgefeuert.', { source: 'test://de', lang: 'de', published: '2024-07-01' });

const bands = [11, 22, -33, 2_147_483_647];

const backends: { name: string; skip: boolean; open: () => Promise<{ store: Store; cleanup: () => Promise<void>; data?: string }> }[] = [
  {
    name: 'embedded',
    skip: false,
    open: async () => {
      const data = await freshEmbeddedFolder(join(mkdtempSync(join(tmpdir(), 'escalade-store-')), 'store'));
      const store = await Store.open({ data });
      return { store, data, cleanup: async () => rmSync(dirname(data), { recursive: true, force: true }) };
    },
  },
  {
    name: 'server',
    skip: !serverUp,
    open: async () => {
      const database: TestDatabase = await createTestDatabase();
      const store = await Store.open({ databaseUrl: database.url });
      return { store, cleanup: () => database.drop() };
    },
  },
];

describe.each(backends)('store on $name', ({ name, skip, open }) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let data: string | undefined;

  beforeAll(async () => {
    if (skip) return;
    ({ store, cleanup, data } = await open());
    await store.saveDocuments([
      {
        doc: french,
        record: record(french, [event(french, {}), event(french, { type: 'MISSILE_TEST', polarity: 'negated', attributedTo: null, target: null })]),
        minhash: { signature: [1, 2, 3, 4], bands },
      },
      { doc: english, record: record(english, [event(english, { type: 'NUCLEAR_DEPLOYMENT', actor: 'USA', target: null })], 'joe-biden') },
      { doc: german, record: null, notCodedReason: 'language "de" is not supported' },
    ]);
  });

  afterAll(async () => {
    if (skip) return;
    await store?.close();
    await cleanup?.();
  });

  it.skipIf(skip)('saves documents and reads them back by id, prefix and filters', async () => {
    expect(store.kind).toBe(name);
    const doc = await store.getDocument(french.id.slice(0, 10));
    expect(doc).toMatchObject({ id: french.id, lang: 'fr', title: 'Menace nucléaire', coded: true, text: french.text, nearDuplicateOf: null });
    expect(await store.hasDocument(english.id)).toBe(true);
    expect((await store.listDocuments({ lang: 'en' })).map((d) => d.id)).toEqual([english.id]);
    expect((await store.listDocuments({ since: '2024-06-01' })).map((d) => d.id).sort()).toEqual([english.id, german.id].sort());
    expect((await store.listDocuments({ until: '2024-03' })).map((d) => d.id)).toEqual([french.id]);
    expect(await store.countDocuments()).toEqual({ total: 3, coded: 2, nearDuplicates: 0 });
    const notCoded = await store.getDocument(german.id);
    expect(notCoded).toMatchObject({ coded: false, notCodedReason: 'language "de" is not supported' });
  });

  it.skipIf(skip)('skips known ids when saved again', async () => {
    await store.saveDocuments([{ doc: english, record: record(english, []) }]);
    expect((await store.countDocuments()).total).toBe(3);
    expect(await store.listEvents({ documentId: english.id })).toHaveLength(1);
  });

  it.skipIf(skip)('searches French and English text with stemming', async () => {
    expect((await store.listDocuments({ search: 'missile' })).map((d) => d.id)).toEqual([french.id]); // missiles → missil
    expect((await store.listDocuments({ search: 'menacer' })).map((d) => d.id)).toEqual([french.id]);
    expect((await store.listDocuments({ search: 'deploying warhead' })).map((d) => d.id)).toEqual([english.id]);
    expect(await store.listDocuments({ search: 'hypersonique' })).toEqual([]);
  });

  it.skipIf(skip)('filters events and quotes', async () => {
    expect(await store.listEvents()).toHaveLength(3);
    expect((await store.listEvents({ type: 'NUCLEAR_DEPLOYMENT' })).map((e) => e.actor)).toEqual(['USA']);
    expect(await store.listEvents({ actor: 'RUS', polarity: 'negated' })).toMatchObject([{ type: 'MISSILE_TEST', documentId: french.id, target: null }]);
    expect((await store.listEvents({ since: '2024-06-01' })).map((e) => e.documentId)).toEqual([english.id]);
    const [threat] = await store.listEvents({ type: 'NUCLEAR_THREAT' });
    expect(threat).toMatchObject({ attributes: { weaponClass: 'nuclear' }, date: { value: '2024-03-05', precision: 'day' }, source: 'test://fr' });
    expect(threat.confidence).toBeCloseTo(0.75);
    expect((await store.listQuotes({ speaker: 'joe-biden' })).map((q) => q.documentId)).toEqual([english.id]);
    expect(await store.listQuotes({ search: 'IMPOSSIBLE' })).toHaveLength(2);
    const rebuilt = await store.getRecord(french.id);
    expect(rebuilt?.events).toHaveLength(2);
    expect(rebuilt?.actors[0]).toMatchObject({ id: 'RUS', kind: 'state' });
  });

  it.skipIf(skip)('rolls back the whole batch when one row is bad', async () => {
    const good = documentFromText(`A good document ${name}.`, { source: 'test://good', lang: 'en' });
    const bad = documentFromText(`A bad document ${name}.`, { source: 'test://bad', lang: 'en' });
    const broken = event(bad, { actor: null as unknown as string }); // violates "actor not null"
    const batch: DocumentToSave[] = [
      { doc: good, record: record(good, [event(good, {})]) },
      { doc: bad, record: record(bad, [broken]) },
    ];
    await expect(store.saveDocuments(batch)).rejects.toThrow();
    expect(await store.hasDocument(good.id)).toBe(false);
    expect(await store.hasDocument(bad.id)).toBe(false);
    expect(await store.listEvents({ documentId: good.id })).toEqual([]);
    expect((await store.countDocuments()).total).toBe(3);
  });

  it.skipIf(skip)('finds near-duplicate candidates by shared band, never near-duplicates themselves', async () => {
    const copy = documentFromText(`${french.text} (copie)`, { source: 'test://copy', lang: 'fr' });
    await store.saveDocuments([
      { doc: copy, record: null, nearDuplicateOf: french.id, similarity: 0.93, minhash: { signature: [1, 2, 3, 5], bands } },
    ]);
    // One shared key is enough (keys carry their band number: see bandKey in test/read/dedup.test.ts).
    const candidates = await store.nearDuplicateCandidates([-1, 22, -2, -3]);
    expect(candidates).toEqual([{ id: french.id, signature: [1, 2, 3, 4] }]);
    // Within a transaction, documents already compared are left out.
    expect(await store.transaction((tx) => tx.nearDuplicateCandidates([-1, 22, -2, -3], new Set([french.id])))).toEqual([]);
    expect(await store.transaction((tx) => tx.nearDuplicateCandidates([-1, 22, -2, -3], new Set(['other'])))).toEqual(candidates);
    expect(await store.nearDuplicateCandidates([2_147_483_647])).toEqual(candidates);
    expect(await store.nearDuplicateCandidates([-1, -2, -3, 0])).toEqual([]);
    expect(await store.getDocument(copy.id)).toMatchObject({ nearDuplicateOf: french.id, coded: false });
    expect((await store.countDocuments()).nearDuplicates).toBe(1);
  });

  it.skipIf(skip)('turns a saved original into a near-duplicate in one transaction: its coded rows and band keys go', async () => {
    const late = documentFromText(`${english.text} (late copy)`, { source: 'test://late', lang: 'en' });
    await store.saveDocuments([{ doc: late, record: record(late, [event(late, { type: 'NUCLEAR_DEPLOYMENT', actor: 'USA', target: null })]), minhash: { signature: [7, 7, 7, 7], bands: [70, 71, 72, 73] } }]);
    expect(await store.listEvents({ documentId: late.id })).toHaveLength(1);
    await store.transaction((tx) => tx.markNearDuplicate(late.id, english.id, 0.88, `near-duplicate of ${english.id}`));
    expect(await store.getDocument(late.id)).toMatchObject({ coded: false, nearDuplicateOf: english.id, similarity: expect.closeTo(0.88, 5), notCodedReason: `near-duplicate of ${english.id}` });
    expect(await store.listEvents({ documentId: late.id })).toEqual([]);
    expect(await store.listQuotes({ documentId: late.id })).toEqual([]);
    expect(await store.nearDuplicateCandidates([70, 71, 72, 73])).toEqual([]);
  });

  it.skipIf(skip || name !== 'embedded')('refuses a second process on the same embedded data folder', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'open-store.ts'), data!], {
      cwd: join(import.meta.dirname, '..', '..'),
    });
    expect(stdout).toMatch(/^refused: .*in use by process \d+/);
  });

  it.skipIf(skip)('keeps every character of a document as given: backslashes, tabs, line breaks, \\N, quotes, emoji', async () => {
    const awkward = 'Ligne 1\\N\tcolonne\r\nC:\\chemin\\.\n\\.\n« guillemets » "quotes" \'apostrophe\' 🚀 \u00a0fin';
    const doc = {
      ...documentFromText(`${awkward} ${name}`, { source: 'C:\\in\tbox\\N', lang: 'fr', title: '\\N' }),
      raw: `<p>${awkward}</p>\\`,
      removedBoilerplate: ['Partager\tFacebook', '\\N', 'a\\nb', ''],
      langScore: 0.123,
      published: '2024-02-29T10:00:00Z',
    };
    await store.saveDocuments([{ doc, record: null, notCodedReason: 'tab\there', minhash: { signature: [0, 1, 2 ** 32 - 1, 7], bands: [-5, 0, 5] } }]);
    const back = await store.getDocument(doc.id);
    expect(back).toMatchObject({
      text: doc.text,
      raw: doc.raw,
      title: '\\N',
      source: doc.source,
      removedBoilerplate: doc.removedBoilerplate,
      langScore: 0.123,
      published: doc.published,
      notCodedReason: 'tab\there',
      coded: false,
    });
    expect(await store.nearDuplicateCandidates([-5])).toEqual([{ id: doc.id, signature: [0, 1, 2 ** 32 - 1, 7] }]);
    expect((await store.listDocuments({ search: 'guillemets' })).map((d) => d.id)).toEqual([doc.id]);
  });
});
