// Watch mode: alerts that fired, and the state of each watched rule and feed (owned by the show stage).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table if not exists alerts (
      id serial primary key,
      rule text not null,
      message text not null,
      value jsonb,
      fired_at timestamptz not null default now(),
      delivered boolean not null default false,
      delivery_error text
    )`.execute(db);
  await sql`create index if not exists alerts_fired_at on alerts (fired_at desc)`.execute(db);
  await sql`
    create table if not exists watch_state (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists alerts`.execute(db);
  await sql`drop table if exists watch_state`.execute(db);
}
