// Events, not mentions: merging event mentions into real-world events (pure functions).
//
// Rule (docs/risk-model.md, "Events, not mentions"): two mentions report the same event when they
// have the same type and actor, compatible targets (equal, or one of them not stated) and dates
// within `windowDays` of each other (widened by half a month / half a year for a date known only
// to the month / year). Linking is single-linkage in date order. Mentions linked that way but with
// opposite polarities (asserted vs negated) are kept in separate clusters that point at each other
// (`contradictedBy`): contradicting reports are shown side by side, never averaged. A user's merge
// and split decisions are applied afterwards, in the order they were made.
import type { StoredEvent } from '../store/store.js';
import type { ClusterDecision, EventCluster, JudgedEvent } from './types.js';
import { daysBetween, effectiveDate } from './dates.js';

export interface ClusterOptions {
  /** Largest gap in days between two day-precision mentions of one event (default 7). */
  windowDays?: number;
}

export const DEFAULT_WINDOW_DAYS = 7;

interface Placed {
  event: StoredEvent;
  date: string | null;
  slack: number;
}

interface Group {
  target: string | null;
  lastDate: string;
  lastSlack: number;
  members: Placed[];
}

function slackOf(event: StoredEvent): number {
  const value = event.date?.value ?? null;
  if (value && /^\d{4}-\d{2}$/.test(value)) return 15;
  if (value && /^\d{4}$/.test(value)) return 183;
  return 0;
}

function keyOf(event: { type: string; actor: string }): string {
  return `${event.type}\u0000${event.actor}`;
}

function byDateThenId(a: Placed, b: Placed): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

/** Groups of mentions that report one happening, whatever their polarity. */
function linkMentions(events: StoredEvent[], windowDays: number): Placed[][] {
  const byKey = new Map<string, Placed[]>();
  for (const event of events) {
    const placed: Placed = { event, date: effectiveDate(event), slack: slackOf(event) };
    const list = byKey.get(keyOf(event));
    if (list) list.push(placed);
    else byKey.set(keyOf(event), [placed]);
  }
  const out: Placed[][] = [];
  for (const key of [...byKey.keys()].sort()) {
    const placed = byKey.get(key)!.sort(byDateThenId);
    const open: Group[] = [];
    for (const p of placed) {
      if (p.date === null) {
        out.push([p]);
        continue;
      }
      let best: Group | null = null;
      let bestGap = Infinity;
      for (const g of open) {
        const gap = Math.abs(daysBetween(g.lastDate, p.date));
        if (gap > windowDays + g.lastSlack + p.slack) continue;
        const target = p.event.target;
        if (target !== null && g.target !== null && target !== g.target) continue;
        if (gap < bestGap) {
          best = g;
          bestGap = gap;
        }
      }
      if (best) {
        best.members.push(p);
        if (best.target === null) best.target = p.event.target;
        if (p.date >= best.lastDate) {
          best.lastDate = p.date;
          best.lastSlack = p.slack;
        }
      } else {
        const g: Group = { target: p.event.target, lastDate: p.date, lastSlack: p.slack, members: [p] };
        open.push(g);
        out.push(g.members);
      }
      // Groups too old to link anything later are closed (keeps this linear in practice).
      for (let i = open.length - 1; i >= 0; i--) {
        if (daysBetween(open[i].lastDate, p.date) > windowDays + 2 * 183) open.splice(i, 1);
      }
    }
  }
  return out;
}

function makeCluster(members: Placed[], manual: boolean): EventCluster {
  const sorted = [...members].sort(byDateThenId);
  const first = sorted[0].event;
  const dates = sorted.map((m) => m.date).filter((d): d is string => d !== null);
  return {
    id: `ev-${first.id}`,
    type: first.type,
    actor: first.actor,
    target: sorted.find((m) => m.event.target !== null)?.event.target ?? null,
    polarity: first.polarity,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
    mentions: sorted.map((m) => m.event),
    contradictedBy: [],
    contradicted: false,
    manual,
  };
}

/**
 * Merges event mentions into events. Pure: same mentions and decisions, same clusters.
 * `decisions` are the user's merges and splits, applied in order after the automatic rule.
 */
export function clusterEvents(events: StoredEvent[], decisions: ClusterDecision[] = [], options: ClusterOptions = {}): EventCluster[] {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const groups = linkMentions(events, windowDays);

  // Within a group, one cluster per polarity; asserted and negated clusters contradict each other.
  type Draft = { members: Placed[]; manual: boolean; group: number };
  let drafts: Draft[] = [];
  groups.forEach((members, group) => {
    const byPolarity = new Map<string, Placed[]>();
    for (const m of members) {
      const list = byPolarity.get(m.event.polarity);
      if (list) list.push(m);
      else byPolarity.set(m.event.polarity, [m]);
    }
    for (const polarity of ['asserted', 'negated', 'hypothetical']) {
      const list = byPolarity.get(polarity);
      if (list) drafts.push({ members: list, manual: false, group });
    }
  });

  // The user's decisions, in order.
  const placedById = new Map<string, Placed>();
  for (const d of drafts) for (const m of d.members) placedById.set(m.event.id, m);
  for (const decision of decisions) {
    const ids = decision.eventIds.filter((id) => placedById.has(id));
    if (ids.length === 0) continue;
    const idSet = new Set(ids);
    if (decision.kind === 'merge') {
      const touched = drafts.filter((d) => d.members.some((m) => idSet.has(m.event.id)));
      if (touched.length < 2) continue;
      const merged: Draft = { members: touched.flatMap((d) => d.members), manual: true, group: touched[0].group };
      drafts = [...drafts.filter((d) => !touched.includes(d)), merged];
    } else {
      const next: Draft[] = [];
      for (const d of drafts) {
        const out = d.members.filter((m) => idSet.has(m.event.id));
        if (out.length === 0 || (out.length === 1 && d.members.length === 1)) {
          next.push(d);
          continue;
        }
        const rest = d.members.filter((m) => !idSet.has(m.event.id));
        if (rest.length > 0) next.push({ members: rest, manual: true, group: d.group });
        for (const m of out) next.push({ members: [m], manual: true, group: -1 });
      }
      drafts = next;
    }
  }

  const clusters = drafts.map((d) => ({ cluster: makeCluster(d.members, d.manual), group: d.group }));
  // Contradictions: asserted and negated clusters of one linked group (split-off mentions keep none).
  const byGroup = new Map<number, EventCluster[]>();
  for (const { cluster, group } of clusters) {
    if (group < 0) continue;
    const list = byGroup.get(group);
    if (list) list.push(cluster);
    else byGroup.set(group, [cluster]);
  }
  for (const list of byGroup.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || a.type !== b.type || a.actor !== b.actor) continue;
        const opposite = (a.polarity === 'asserted' && b.polarity === 'negated') || (a.polarity === 'negated' && b.polarity === 'asserted');
        if (opposite) a.contradictedBy.push(b.id);
      }
    }
  }
  const result = clusters.map(({ cluster }) => ({ ...cluster, contradicted: cluster.contradictedBy.length > 0 }));
  result.sort((a, b) => (a.firstDate ?? '9999').localeCompare(b.firstDate ?? '9999') || a.id.localeCompare(b.id));
  return result;
}

/** The mentions with their cluster id and contradictions, as the store would give them. */
export function judgedFromClusters(clusters: EventCluster[]): JudgedEvent[] {
  return clusters.flatMap((c) => c.mentions.map((m) => ({ ...m, clusterId: c.id, contradictedBy: c.contradictedBy })));
}

/**
 * Mentions grouped by event. Mentions that carry a clusterId (from the store) are grouped by it;
 * the others are clustered here with the default rule.
 */
export function groupByEvent(events: (StoredEvent | JudgedEvent)[]): EventCluster[] {
  const withCluster = events.filter((e): e is JudgedEvent & { clusterId: string } => typeof (e as JudgedEvent).clusterId === 'string');
  const without = events.filter((e) => typeof (e as JudgedEvent).clusterId !== 'string');
  const clusters = clusterEvents(without);
  const byId = new Map<string, JudgedEvent[]>();
  for (const e of withCluster) {
    const list = byId.get(e.clusterId);
    if (list) list.push(e);
    else byId.set(e.clusterId, [e]);
  }
  for (const [id, mentions] of byId) {
    const placed = mentions
      .map((event) => ({ event, date: effectiveDate(event), slack: 0 }))
      .sort(byDateThenId);
    const cluster = makeCluster(placed, false);
    const contradictedBy = [...new Set(mentions.flatMap((m) => m.contradictedBy ?? []))];
    clusters.push({ ...cluster, id, contradictedBy, contradicted: contradictedBy.length > 0 });
  }
  return clusters;
}
