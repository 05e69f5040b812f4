// Persisted watch state (rules' last values, feeds' last status) and the alerts that fired.
import { sql } from 'kysely';
import type { Store } from '../../store/store.js';

export interface AlertRow {
  id: number;
  rule: string;
  message: string;
  value: unknown;
  firedAt: string;
  delivered: boolean;
  deliveryError: string | null;
}

export async function getState<T>(store: Store, key: string): Promise<T | null> {
  const result = await sql<{ value: T }>`select value from watch_state where key = ${key}`.execute(store.db);
  return result.rows[0]?.value ?? null;
}

export async function setState(store: Store, key: string, value: unknown): Promise<void> {
  await sql`
    insert into watch_state (key, value, updated_at) values (${key}, ${JSON.stringify(value)}::jsonb, now())
    on conflict (key) do update set value = excluded.value, updated_at = now()`.execute(store.db);
}

export async function saveAlert(store: Store, rule: string, message: string, value: unknown): Promise<number> {
  const result = await sql<{ id: number }>`
    insert into alerts (rule, message, value) values (${rule}, ${message}, ${JSON.stringify(value ?? null)}::jsonb)
    returning id`.execute(store.db);
  return result.rows[0].id;
}

export async function markDelivered(store: Store, id: number, error: string | null): Promise<void> {
  await sql`update alerts set delivered = ${error === null}, delivery_error = ${error} where id = ${id}`.execute(store.db);
}

export async function listAlerts(store: Store, options: { limit?: number; offset?: number } = {}): Promise<AlertRow[]> {
  const result = await sql<{
    id: number;
    rule: string;
    message: string;
    value: unknown;
    fired_at: Date | string;
    delivered: boolean;
    delivery_error: string | null;
  }>`select id, rule, message, value, fired_at, delivered, delivery_error from alerts
     order by fired_at desc, id desc limit ${options.limit ?? 50} offset ${options.offset ?? 0}`.execute(store.db);
  return result.rows.map((r) => ({
    id: r.id,
    rule: r.rule,
    message: r.message,
    value: r.value,
    firedAt: new Date(r.fired_at).toISOString(),
    delivered: r.delivered,
    deliveryError: r.delivery_error,
  }));
}
