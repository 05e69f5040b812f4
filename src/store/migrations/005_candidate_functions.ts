// Near-duplicate candidate lookups as SQL functions that turn sequential scans off for their own query
// (a function's SET clause): one statement per lookup, where `set local` needed a transaction of its own
// (begin, set, select, reset, commit). Why the index path: see candidatesIn in ../store.ts.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function near_duplicate_candidates(keys text[]) returns table (document_id text, signature bytea)
    language sql stable set enable_seqscan = off
    as $$ select document_id, signature from document_minhash where bands && keys $$`.execute(db);
  await sql`
    create function near_duplicate_candidate_ids(keys text[]) returns table (document_id text)
    language sql stable set enable_seqscan = off
    as $$ select document_id from document_minhash where bands && keys $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function near_duplicate_candidate_ids(text[])`.execute(db);
  await sql`drop function near_duplicate_candidates(text[])`.execute(db);
}
