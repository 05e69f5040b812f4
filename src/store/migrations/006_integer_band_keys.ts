// LSH band keys become 32-bit integers (bandKey in ../../read/dedup.ts) instead of "band:hex" text. Every
// document writes 32 keys into the band index, which has no pending list (migration 004), so each key
// is an index insertion: integers halve that cost. The integer keys are computed in JavaScript (the same
// function ingest uses) from the stored signatures; near-duplicates keep no keys.
import { sql, type Kysely } from 'kysely';
import { BANDS, bandKeysOf } from '../../read/dedup.js';
import { signatureFromBytes } from '../signature.js';

const CHUNK = 2_000;

export async function up(db: Kysely<unknown>): Promise<void> {
  await dropLookups(db);
  await sql`alter table document_minhash add column band_keys integer[] not null default '{}'`.execute(db);
  let after = '';
  for (;;) {
    const rows = (
      await sql<{ document_id: string; signature: Uint8Array }>`
        select document_id, signature from document_minhash
        where bands <> '{}' and document_id > ${after} order by document_id limit ${CHUNK}`.execute(db)
    ).rows;
    if (rows.length === 0) break;
    const keys = rows.map((row) => `{${bandKeysOf(signatureFromBytes(row.signature)).join(',')}}`);
    await sql`
      update document_minhash m set band_keys = k.keys::integer[]
      from unnest(${rows.map((r) => r.document_id)}::text[], ${keys}::text[]) as k(id, keys)
      where m.document_id = k.id`.execute(db);
    after = rows[rows.length - 1].document_id;
  }
  await sql`alter table document_minhash drop column bands`.execute(db);
  await sql`alter table document_minhash rename column band_keys to bands`.execute(db);
  await sql`create index document_minhash_bands on document_minhash using gin (bands) with (fastupdate = off)`.execute(db);
  await createLookups(db, sql`integer[]`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropLookups(db);
  await sql`alter table document_minhash add column band_text text[] not null default '{}'`.execute(db);
  // The old keys: the band's number, a colon, and its words in hex (the signature's bytes are big-endian).
  await sql`
    update document_minhash set band_text = (
      select array_agg(band || ':' || encode(substring(signature from band * 16 + 1 for 16), 'hex') order by band)
      from generate_series(0, ${BANDS - 1}::int) as bands(band))
    where bands <> '{}'`.execute(db);
  await sql`alter table document_minhash drop column bands`.execute(db);
  await sql`alter table document_minhash rename column band_text to bands`.execute(db);
  await sql`create index document_minhash_bands on document_minhash using gin (bands) with (fastupdate = off)`.execute(db);
  await createLookups(db, sql`text[]`);
}

async function dropLookups(db: Kysely<unknown>): Promise<void> {
  await sql`drop function near_duplicate_candidate_ids`.execute(db);
  await sql`drop function near_duplicate_candidates`.execute(db);
}

/** The lookup functions of migration 005, for the key type of the moment. */
async function createLookups(db: Kysely<unknown>, keyType: ReturnType<typeof sql>): Promise<void> {
  await sql`
    create function near_duplicate_candidates(keys ${keyType}) returns table (document_id text, signature bytea)
    language sql stable set enable_seqscan = off
    as $$ select document_id, signature from document_minhash where bands && keys $$`.execute(db);
  await sql`
    create function near_duplicate_candidate_ids(keys ${keyType}) returns table (document_id text)
    language sql stable set enable_seqscan = off
    as $$ select document_id from document_minhash where bands && keys $$`.execute(db);
}
