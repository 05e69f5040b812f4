// Keeps the store's event_clusters table up to date, and records the user's merges and splits.
import { sql, type Kysely } from 'kysely';
import { EscaladeError } from '../errors.js';
import type { EventFilter, Store, StoredEvent } from '../store/store.js';
import type { Database } from '../store/schema.js';
import { clusterEvents } from './cluster.js';
import type { ClusterDecision, EventCluster, JudgedEvent } from './types.js';

type ClusterTables = {
  event_clusters: {
    event_id: string;
    cluster_id: string;
    contradicted_by: unknown;
    manual: boolean;
  };
  event_cluster_decisions: {
    id: number;
    kind: string;
    event_ids: unknown;
    note: string | null;
    created_at: unknown;
  };
};

type ClusterDb = Kysely<Database & ClusterTables>;

function clusterDb(store: Store): ClusterDb {
  return store.db.withTables<ClusterTables>();
}

function parseIds(value: unknown): string[] {
  const v = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(v) ? v.map(String) : [];
}

export type StoredDecision = ClusterDecision & { id: number; note: string | null };

export async function listClusterDecisions(store: Store): Promise<StoredDecision[]> {
  const rows = await clusterDb(store).selectFrom('event_cluster_decisions').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind as 'merge' | 'split', eventIds: parseIds(r.event_ids), note: r.note }));
}

async function keysOf(db: ClusterDb, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('events').select(['type', 'actor']).where('id', 'in', ids).distinct().execute();
  return new Set(rows.map((r) => `${r.type}\u0000${r.actor}`));
}

/** Re-clusters the mentions of the given (type, actor) keys, with every decision touching them. */
async function reclusterKeys(store: Store, keys: Set<string>): Promise<number> {
  const db = clusterDb(store);
  const decisions = await listClusterDecisions(store);
  // Decisions can tie keys together (a merge across types): close the key set over them.
  const decisionKeys = await Promise.all(decisions.map((d) => keysOf(db, d.eventIds)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const dk of decisionKeys) {
      if ([...dk].some((k) => keys.has(k)) && [...dk].some((k) => !keys.has(k))) {
        dk.forEach((k) => keys.add(k));
        grew = true;
      }
    }
  }
  const events: StoredEvent[] = [];
  for (const key of [...keys].sort()) {
    const [type, actor] = key.split('\u0000');
    events.push(...(await store.listEvents({ type, actor, limit: 10_000_000 })));
  }
  const relevant = decisions.filter((_, i) => [...decisionKeys[i]].some((k) => keys.has(k)));
  const clusters = clusterEvents(events, relevant);
  await writeClusters(db, clusters);
  return clusters.length;
}

async function writeClusters(db: ClusterDb, clusters: EventCluster[]): Promise<void> {
  const rows = clusters.flatMap((c) =>
    c.mentions.map((m) => ({ event_id: m.id, cluster_id: c.id, contradicted_by: JSON.stringify(c.contradictedBy), manual: c.manual })),
  );
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await trx
        .insertInto('event_clusters')
        .values(chunk as never)
        .onConflict((oc) =>
          oc.column('event_id').doUpdateSet({
            cluster_id: sql`excluded.cluster_id`,
            contradicted_by: sql`excluded.contradicted_by`,
            manual: sql`excluded.manual`,
          } as never),
        )
        .execute();
    }
  });
}

/**
 * Clusters the mentions not yet clustered. Incremental: only the (type, actor) keys that received
 * new mentions are recomputed (with the user's decisions); the ingest pipeline calls it after
 * each committed batch.
 */
export async function updateEventClusters(store: Store): Promise<void> {
  const db = clusterDb(store);
  const fresh = await db
    .selectFrom('events as e')
    .leftJoin('event_clusters as c', 'c.event_id', 'e.id')
    .select(['e.type as type', 'e.actor as actor'])
    .where('c.event_id', 'is', null)
    .distinct()
    .execute();
  if (fresh.length === 0) return;
  await reclusterKeys(store, new Set(fresh.map((r) => `${r.type}\u0000${r.actor}`)));
}

/** Re-clusters every mention (after changing the rule). */
export async function rebuildEventClusters(store: Store): Promise<number> {
  const db = clusterDb(store);
  const keys = await db.selectFrom('events').select(['type', 'actor']).distinct().execute();
  return reclusterKeys(store, new Set(keys.map((r) => `${r.type}\u0000${r.actor}`)));
}

/** Cluster ids given by the user are turned into the ids of their mentions. */
export async function resolveEventIds(store: Store, ids: string[]): Promise<string[]> {
  const db = clusterDb(store);
  const out: string[] = [];
  for (const id of ids) {
    const asEvent = await db.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst();
    if (asEvent) {
      out.push(asEvent.id);
      continue;
    }
    const members = await db.selectFrom('event_clusters').select('event_id').where('cluster_id', '=', id).orderBy('event_id').execute();
    if (members.length === 0) throw new EscaladeError(`no event or event cluster with id ${id}`);
    out.push(...members.map((m) => m.event_id));
  }
  return [...new Set(out)];
}

/** Records a merge or split (kept across re-clustering) and applies it. */
export async function recordClusterDecision(store: Store, decision: ClusterDecision, note: string | null = null): Promise<StoredDecision> {
  const db = clusterDb(store);
  if (decision.eventIds.length === 0) throw new EscaladeError('no event ids given');
  if (decision.kind === 'merge' && decision.eventIds.length < 2) throw new EscaladeError('merge needs at least two events');
  const row = await db
    .insertInto('event_cluster_decisions')
    .values({ kind: decision.kind, event_ids: JSON.stringify(decision.eventIds), note } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  await updateEventClusters(store);
  await reclusterKeys(store, await keysOf(db, decision.eventIds));
  return { ...decision, id: row.id, note };
}

/** The store's event mentions with their cluster (for the judge and the estimate). */
export async function loadJudgedEvents(store: Store, filter: EventFilter = {}): Promise<JudgedEvent[]> {
  const events = await store.listEvents({ limit: 10_000_000, ...filter });
  const rows = await clusterDb(store).selectFrom('event_clusters').select(['event_id', 'cluster_id', 'contradicted_by']).execute();
  const byEvent = new Map(rows.map((r) => [r.event_id, r]));
  return events.map((e) => {
    const row = byEvent.get(e.id);
    return row ? { ...e, clusterId: row.cluster_id, contradictedBy: parseIds(row.contradicted_by) } : e;
  });
}

/** The clusters as stored (for `escalade events --clusters` style listings and the API). */
export async function loadEventClusters(store: Store, filter: EventFilter = {}): Promise<{ clusterId: string; events: JudgedEvent[] }[]> {
  const events = await loadJudgedEvents(store, filter);
  const byCluster = new Map<string, JudgedEvent[]>();
  for (const e of events) {
    const id = e.clusterId ?? `ev-${e.id}`;
    const list = byCluster.get(id);
    if (list) list.push(e);
    else byCluster.set(id, [e]);
  }
  return [...byCluster].map(([clusterId, list]) => ({ clusterId, events: list }));
}
