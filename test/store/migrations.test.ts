// Migration 004 rewrites stored MinHash signatures from jsonb numbers to bytes: existing rows must keep
// their values exactly (including words above 2^31), and near-duplicate lookups must still find them.
// Migration 006 turns text band keys into the integer keys ingest now computes, and back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, sql, type MigrationProvider } from 'kysely';
import { BANDS, bandKey, minhashOf } from '../../src/read/dedup.js';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations/index.js';
import { Store } from '../../src/store/store.js';
import { createTestDatabase, postgresAvailable, skipNote, type TestDatabase } from './services.js';

const serverUp = await postgresAvailable();
if (!serverUp) skipNote('PostgreSQL (server half of test/store/migrations.test.ts)');

const SIGNATURE = [0, 1, 2_147_483_648, 4_294_967_295, 305_419_896];
const provider: MigrationProvider = { getMigrations: async () => migrations };

async function storeAt003(store: Store): Promise<void> {
  const { error } = await new Migrator({ db: store.db, provider }).migrateTo('003_alerts');
  if (error) throw error;
  await sql`insert into documents (id, source, lang, raw, text) values ('d1', 'test://d1', 'en', 'x', 'x')`.execute(store.db);
  await sql`insert into document_minhash (document_id, signature, bands) values ('d1', ${JSON.stringify(SIGNATURE)}::jsonb, ${['0:aa', '1:bb']}::text[])`.execute(store.db);
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const backends: { name: string; skip: boolean; open: () => Promise<Store> }[] = [
  {
    name: 'embedded',
    skip: false,
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'escalade-migrate-'));
      const store = await Store.open({ data: join(dir, 'store'), migrate: false });
      cleanups.push(async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      });
      return store;
    },
  },
  {
    name: 'server',
    skip: !serverUp,
    open: async () => {
      const database: TestDatabase = await createTestDatabase();
      const store = await Store.open({ databaseUrl: database.url, migrate: false });
      cleanups.push(async () => {
        await store.close();
        await database.drop();
      });
      return store;
    },
  },
];

describe.each(backends)('migration 004_minhash_lookup on the $name store', ({ skip, open }) => {
  it.skipIf(skip)('converts jsonb signatures to big-endian words and back down again', async () => {
    const store = await open();
    await storeAt003(store);
    expect((await new Migrator({ db: store.db, provider }).migrateTo('005_candidate_functions')).error).toBeUndefined();

    const [row] = (await sql<{ hex: string }>`select encode(signature, 'hex') as hex from document_minhash`.execute(store.db)).rows;
    expect(row.hex).toBe('00000000' + '00000001' + '80000000' + 'ffffffff' + '12345678');
    const lookup = async (keys: string[]) => (await sql<{ document_id: string }>`select document_id from near_duplicate_candidates(${keys}::text[])`.execute(store.db)).rows;
    expect(await lookup(['1:bb', '9:zz'])).toEqual([{ document_id: 'd1' }]);
    expect(await lookup(['9:zz'])).toEqual([]);
    const [index] = (await sql<{ options: string[] | null }>`select reloptions as options from pg_class where relname = 'document_minhash_bands'`.execute(store.db)).rows;
    expect(index.options).toContain('fastupdate=off');

    const { error } = await new Migrator({ db: store.db, provider }).migrateTo('003_alerts');
    expect(error).toBeUndefined();
    const [back] = (await sql<{ signature: number[] }>`select signature from document_minhash`.execute(store.db)).rows;
    expect(back.signature).toEqual(SIGNATURE);
  });
});

/** As ingest wrote it before 006: text keys "band:hex" (the band's words in hex), none for a near-duplicate. */
async function storeAt005(store: Store, signature: number[]): Promise<string[]> {
  const { error } = await new Migrator({ db: store.db, provider }).migrateTo('005_candidate_functions');
  if (error) throw error;
  const hex = signature.map((word) => word.toString(16).padStart(8, '0'));
  const textKeys = Array.from({ length: BANDS }, (_, band) => `${band}:${hex.slice(band * 4, band * 4 + 4).join('')}`);
  const bytes = Buffer.from(hex.join(''), 'hex');
  await sql`insert into documents (id, source, lang, raw, text) values ('a', 'test://a', 'en', 'x', 'x'), ('b', 'test://b', 'en', 'y', 'y')`.execute(store.db);
  await sql`insert into document_minhash (document_id, signature, bands) values ('a', ${bytes}, ${textKeys}::text[]), ('b', ${bytes}, '{}')`.execute(store.db);
  return textKeys;
}

describe.each(backends)('migration 006_integer_band_keys on the $name store', ({ skip, open }) => {
  it.skipIf(skip)("recomputes each original's keys from its signature, as ingest does, and restores the text keys going down", async () => {
    const store = await open();
    const { signature, bands } = minhashOf('The same wire story, reprinted on another site with a new first line.');
    const textKeys = await storeAt005(store, signature);
    expect(await store.migrate()).toEqual(['006_integer_band_keys']);

    const rows = (await sql<{ document_id: string; bands: number[] }>`select document_id, bands from document_minhash order by document_id`.execute(store.db)).rows;
    expect(rows).toEqual([{ document_id: 'a', bands }, { document_id: 'b', bands: [] }]);
    expect(bands[7]).toBe(bandKey(signature, 7));
    expect(await store.nearDuplicateCandidates([bands[7]])).toEqual([{ id: 'a', signature }]);
    expect(await store.nearDuplicateCandidates([bands[7] ^ 1])).toEqual([]);
    const [index] = (await sql<{ options: string[] | null }>`select reloptions as options from pg_class where relname = 'document_minhash_bands'`.execute(store.db)).rows;
    expect(index.options).toContain('fastupdate=off');

    const { error } = await new Migrator({ db: store.db, provider }).migrateTo('005_candidate_functions');
    expect(error).toBeUndefined();
    const back = (await sql<{ bands: string[] }>`select bands from document_minhash order by document_id`.execute(store.db)).rows;
    expect(back).toEqual([{ bands: textKeys }, { bands: [] }]);
    const again = (await sql<{ document_id: string }>`select document_id from near_duplicate_candidates(${[textKeys[3]]}::text[])`.execute(store.db)).rows;
    expect(again).toEqual([{ document_id: 'a' }]);
  });
});
