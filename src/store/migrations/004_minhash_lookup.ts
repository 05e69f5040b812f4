// Near-duplicate lookups read the signature of every candidate sharing a band key with a batch, so:
// - signatures become 4-byte big-endian words in bytea instead of a jsonb array of numerics, cheaper to
//   write, send and decode;
// - the band index loses its pending list (fastupdate): every lookup scanned the whole list, entry by
//   entry against each of the batch's keys, which grew with the store until the list was flushed.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table document_minhash add column signature_bytes bytea`.execute(db);
  await sql`
    update document_minhash set signature_bytes = (
      select decode(string_agg(lpad(to_hex(word::bigint), 8, '0'), '' order by position), 'hex')
      from jsonb_array_elements_text(signature) with ordinality as words(word, position)
    )`.execute(db);
  await sql`alter table document_minhash drop column signature`.execute(db);
  await sql`alter table document_minhash rename column signature_bytes to signature`.execute(db);
  await sql`alter table document_minhash alter column signature set not null`.execute(db);
  await sql`alter index document_minhash_bands set (fastupdate = off)`.execute(db);
  await sql`select gin_clean_pending_list('document_minhash_bands'::regclass)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table document_minhash add column signature_json jsonb`.execute(db);
  await sql`
    update document_minhash set signature_json = (
      select jsonb_agg(('x' || encode(substring(signature from offset_ for 4), 'hex'))::bit(32)::bigint order by offset_)
      from generate_series(1, length(signature), 4) as offsets(offset_)
    )`.execute(db);
  await sql`alter table document_minhash drop column signature`.execute(db);
  await sql`alter table document_minhash rename column signature_json to signature`.execute(db);
  await sql`alter table document_minhash alter column signature set not null`.execute(db);
  await sql`alter index document_minhash_bands set (fastupdate = on)`.execute(db);
}
