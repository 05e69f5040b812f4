// Events, not mentions: which real-world event each mention belongs to, and the user's decisions.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Recomputed by updateEventClusters (src/judge/store-clusters.ts); one row per event mention.
  await sql`
    create table event_clusters (
      event_id text primary key references events(id) on delete cascade,
      cluster_id text not null,
      contradicted_by jsonb not null default '[]',
      manual boolean not null default false,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index event_clusters_cluster on event_clusters (cluster_id)`.execute(db);
  // The user's merges and splits, replayed in order after every re-clustering.
  await sql`
    create table event_cluster_decisions (
      id serial primary key,
      kind text not null check (kind in ('merge', 'split')),
      event_ids jsonb not null,
      note text,
      created_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists event_cluster_decisions`.execute(db);
  await sql`drop table if exists event_clusters`.execute(db);
}
