// Moving a store between backends: embedded → export → import into a server → export again, same lines.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, type DocumentToSave } from '../../src/store/store.js';
import { exportLines, exportStore, importFile, importLines } from '../../src/store/transfer.js';
import { documentFromText, syntheticDocument } from '../../src/scale/synthetic.js';
import { createTestDatabase, freshEmbeddedFolder, postgresAvailable, skipNote, type TestDatabase } from './services.js';
import { event, record } from './records.js';

const serverUp = await postgresAvailable();
if (!serverUp) skipNote('PostgreSQL (test/store/transfer.test.ts)');

/** Tables another stage could add by a migration: one linked to events and documents, one standalone. */
async function addOtherTables(store: Store): Promise<void> {
  await sql`create table zz_transfer_decisions (
      event_id text primary key references events(id) on delete cascade,
      document_id text not null references documents(id) on delete cascade,
      decision jsonb not null,
      decided_at timestamptz not null default now())`.execute(store.db);
  await sql`create table zz_transfer_notes (
      event_id text primary key references events(id) on delete cascade,
      note text not null,
      noted_at timestamptz not null)`.execute(store.db);
  await sql`create table zz_transfer_settings (id integer generated always as identity primary key, key text unique not null, value jsonb)`.execute(store.db);
}

async function collect(store: Store): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of exportLines(store, 7)) lines.push(line);
  return lines;
}

describe.skipIf(!serverUp)('export and import', () => {
  let dir: string;
  let embedded: Store;
  let database: TestDatabase;
  let server: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'escalade-transfer-'));
    embedded = await Store.open({ data: await freshEmbeddedFolder(join(dir, 'store')) });
    database = await createTestDatabase();
    server = await Store.open({ databaseUrl: database.url });
    await addOtherTables(embedded);
    await addOtherTables(server);

    // 30 documents, coded with events and quotes, plus near-duplicates, a not-coded one, odd characters.
    const docs = Array.from({ length: 30 }, (_, i) => syntheticDocument(i, 7));
    const items: DocumentToSave[] = docs.map((doc, i) => ({
      doc,
      record: record(doc, [event(doc, { confidence: 0.1 + i / 100 }), event(doc, { type: 'WARNING', attributes: { probability: { low: 0.05, high: 0.1 } } })]),
      minhash: { signature: [i, i + 1, i + 2], bands: [i, 100 + (i % 5)] },
    }));
    const odd = documentFromText('Tab\there, “quotes”, emoji 🚀, NUL-free, backslash \\ and a line\nbreak.', { source: 'test://odd', lang: 'de' });
    items.push({ doc: { ...odd, langScore: 0.42, publishedFrom: 'flag' }, record: null, notCodedReason: 'language "de" is not supported' });
    // A near-duplicate whose id sorts before its original's, so order matters on import.
    const copies = docs.slice(0, 4).map((d, i) => documentFromText(`${d.text} [copy ${i}]`, { source: `test://copy/${i}`, lang: d.lang }));
    await embedded.saveDocuments(items);
    await embedded.saveDocuments(
      copies.map((doc, i) => ({ doc, record: null, notCodedReason: `near-duplicate of ${docs[i].id}`, nearDuplicateOf: docs[i].id, similarity: 0.9, minhash: { signature: [i], bands: [i] } })),
    );
    const [first] = await embedded.listEvents({ documentId: docs[0].id });
    await sql`insert into zz_transfer_decisions (event_id, document_id, decision) values (${first.id}, ${docs[0].id}, ${JSON.stringify({ met: ['c1'], score: 0.5 })})`.execute(embedded.db);
    await sql`insert into zz_transfer_notes (event_id, note, noted_at) values (${first.id}, 'linked through events', '2024-05-01T12:34:56.789123Z')`.execute(embedded.db);
    await sql`insert into zz_transfer_settings (key, value) values ('threshold', '{"value": 0.8}'), ('mode', '"strict"')`.execute(embedded.db);
  });

  afterAll(async () => {
    await embedded?.close();
    await server?.close();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips embedded → server without loss, and a second import changes nothing', async () => {
    const file = join(dir, 'export.jsonl');
    const { documents } = await exportStore(embedded, file);
    const first = readFileSync(file, 'utf8').trim().split('\n');
    expect(documents).toBe(first.length - 1);
    const parsed = first.map((l) => JSON.parse(l));
    expect(parsed.filter((l) => l.document)).toHaveLength(35);
    expect(parsed.filter((l) => l.table === 'zz_transfer_settings')).toHaveLength(2);
    expect(parsed[0]).toMatchObject({ format: 'escalade-export', version: 1 });
    expect(parsed[0].migrations).toContain('001_initial');
    const withDecision = parsed.find((l) => l.zz_transfer_decisions);
    expect(withDecision.zz_transfer_decisions[0].decision).toEqual({ met: ['c1'], score: 0.5 });
    expect(withDecision.actors).toHaveLength(1);
    expect(withDecision.zz_transfer_notes).toEqual([{ event_id: expect.any(String), note: 'linked through events', noted_at: '2024-05-01T12:34:56.789123Z' }]);
    expect(withDecision.document_minhash[0].signature).toBe('\\x000000000000000100000002'); // 32-bit words, big-endian

    const report = await importFile(server, file, { batchSize: 8 });
    expect(report).toMatchObject({ documents: 35, skipped: 0, danglingLinks: 0 });
    expect(report.rows).toMatchObject({ documents: 35, events: 60, quotes: 30, actors: 30, document_minhash: 34, zz_transfer_decisions: 1, zz_transfer_notes: 1, zz_transfer_settings: 2 });

    const again = await collect(server);
    expect([...again].sort()).toEqual([...first].sort());
    expect(again).toEqual(first); // same order too: the export is deterministic

    const second = await importLines(server, first);
    expect(second).toMatchObject({ documents: 0, skipped: 35 });
    expect(await collect(server)).toEqual(first);
    expect(await server.countDocuments()).toEqual(await embedded.countDocuments());
    // The identity column continues after the imported ids.
    await sql`insert into zz_transfer_settings (key) values ('new')`.execute(server.db);
    const ids = await sql<{ id: number }>`select id from zz_transfer_settings order by id`.execute(server.db);
    expect(ids.rows.map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('refuses an export made before a row-format migration, saying how to bring it over', async () => {
    const [header, ...rest] = await collect(embedded);
    const old = JSON.parse(header);
    old.migrations = old.migrations.filter((name: string) => name < '004');
    const before = await server.countDocuments();
    await expect(importLines(server, [JSON.stringify(old), ...rest])).rejects.toThrow(/predates migration 004_minhash_lookup.*export again/);
    expect(await server.countDocuments()).toEqual(before);
  });

  it('links a near-duplicate that arrives before its original', async () => {
    const lines = await collect(embedded);
    const copy = lines.findIndex((l) => JSON.parse(l).document?.near_duplicate_of);
    const original = JSON.parse(lines[copy]).document.near_duplicate_of as string;
    const originalLine = lines.find((l) => JSON.parse(l).document?.id === original)!;
    const second = await createTestDatabase();
    const target = await Store.open({ databaseUrl: second.url });
    try {
      await addOtherTables(target);
      const report = await importLines(target, [lines[0], lines[copy], originalLine], { batchSize: 1 });
      expect(report).toMatchObject({ documents: 2, danglingLinks: 0 });
      expect((await target.getDocument(JSON.parse(lines[copy]).document.id))?.nearDuplicateOf).toBe(original);
    } finally {
      await target.close();
      await second.drop();
    }
  });
});
