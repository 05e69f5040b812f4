// Documents, their near-duplicate signatures, and what the extractor coded in them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table documents (
      id text primary key,
      source text not null,
      title text,
      lang text not null,
      lang_score real,
      published text,
      published_from text,
      raw text not null,
      text text not null,
      removed_boilerplate jsonb not null default '[]',
      near_duplicate_of text references documents(id),
      similarity real,
      coded boolean not null default false,
      not_coded_reason text,
      ingested_at timestamptz not null default now(),
      tsv tsvector generated always as (
        case when lang = 'fr' then to_tsvector('french', coalesce(title, '') || ' ' || text)
             else to_tsvector('english', coalesce(title, '') || ' ' || text) end
      ) stored
    )`.execute(db);
  await sql`create index documents_tsv on documents using gin (tsv)`.execute(db);
  await sql`create index documents_published on documents (published)`.execute(db);
  await sql`create index documents_lang on documents (lang)`.execute(db);

  // MinHash signature and its LSH band keys ("band:hash"): documents sharing a key are near-duplicate
  // candidates. One array per document with a GIN index is far cheaper to write than a row per band.
  await sql`create table document_minhash (
      document_id text primary key references documents(id) on delete cascade,
      signature jsonb not null,
      bands text[] not null default '{}'
    )`.execute(db);
  await sql`create index document_minhash_bands on document_minhash using gin (bands)`.execute(db);

  await sql`
    create table actors (
      document_id text not null references documents(id) on delete cascade,
      seq integer not null,
      actor_id text,
      name text not null,
      kind text not null,
      state text,
      mentions jsonb not null,
      primary key (document_id, seq)
    )`.execute(db);
  await sql`create index actors_actor on actors (actor_id)`.execute(db);

  await sql`
    create table quotes (
      document_id text not null references documents(id) on delete cascade,
      seq integer not null,
      speaker_id text,
      speaker_name text not null,
      text text not null,
      direct boolean not null,
      cue text,
      start_offset integer not null,
      end_offset integer not null,
      primary key (document_id, seq)
    )`.execute(db);
  await sql`create index quotes_speaker on quotes (speaker_id)`.execute(db);

  await sql`
    create table events (
      id text primary key,
      document_id text not null references documents(id) on delete cascade,
      seq integer not null,
      type text not null,
      actor text not null,
      target text,
      polarity text not null,
      attributed_to text,
      date_value text,
      date_precision text not null,
      date_text text not null,
      evidence_text text not null,
      evidence_start integer not null,
      evidence_end integer not null,
      attributes jsonb not null default '{}',
      confidence real not null,
      unique (document_id, seq)
    )`.execute(db);
  await sql`create index events_type on events (type)`.execute(db);
  await sql`create index events_actor on events (actor)`.execute(db);
  await sql`create index events_date on events (date_value)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['events', 'quotes', 'actors', 'document_minhash', 'documents']) {
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
  }
}
