// Events, quotes and actors.
import { z } from 'zod';
import { clusterEvents, listClusterDecisions, recordClusterDecision, resolveEventIds } from '../../../judge/index.js';
import type { StoredEvent } from '../../../store/store.js';
import type { Api } from '../api.js';
import type { ServerContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { actorId, eventType, isoDate, limit, offset, polarity, searchText } from '../schemas.js';

const eventQuery = z.object({
  type: z.union([eventType, z.string().regex(/^[A-Z_]+(,[A-Z_]+)+$/, 'expected an event type or a comma-separated list')]).optional(),
  actor: actorId.optional(),
  target: actorId.optional(),
  polarity: polarity.optional(),
  since: isoDate.optional(),
  until: isoDate.optional(),
  document: z.string().regex(/^[0-9a-f]{4,64}$/, 'expected a document id (hex)').optional(),
  search: searchText.optional(),
  order: z.enum(['asc', 'desc']).default('desc'),
  limit: limit(500, 50),
  offset,
});
type EventQuery = z.output<typeof eventQuery>;

/** The cache key of a query's filters (the whole match is cached; paging is cut from it). */
function filterKey(q: EventQuery): string {
  return JSON.stringify({ ...q, limit: 0, offset: 0, order: 'asc' });
}

export function effectiveDate(e: StoredEvent): string {
  return e.date.value ?? e.published ?? '';
}

export function filterEvents(events: StoredEvent[], q: Partial<EventQuery>): StoredEvent[] {
  const types = q.type ? new Set(q.type.split(',')) : null;
  const needle = q.search?.toLowerCase();
  const until = q.until ? `${q.until}\uffff` : null;
  return events.filter((e) => {
    if (types && !types.has(e.type)) return false;
    if (q.actor && e.actor !== q.actor) return false;
    if (q.target && e.target !== q.target) return false;
    if (q.polarity && e.polarity !== q.polarity) return false;
    if (q.document && !e.documentId.startsWith(q.document)) return false;
    const date = effectiveDate(e);
    if (q.since && date < q.since) return false;
    if (until && date > until) return false;
    if (needle && !e.evidence.text.toLowerCase().includes(needle)) return false;
    return true;
  });
}

function page<T>(items: T[], q: { order: 'asc' | 'desc'; limit: number; offset: number }) {
  const total = items.length;
  let slice: T[];
  if (q.order === 'desc') {
    const end = Math.max(0, total - q.offset);
    slice = items.slice(Math.max(0, end - q.limit), end).reverse();
  } else {
    slice = items.slice(q.offset, q.offset + q.limit);
  }
  return { items: slice, total, limit: q.limit, offset: q.offset };
}

export function registerEventRoutes(api: Api, ctx: ServerContext): void {
  api.route({
    method: 'GET',
    url: '/api/events',
    cache: true,
    tag: 'events',
    summary: 'Coded events with filters and pagination (newest first by default)',
    access: 'read',
    query: eventQuery,
    handler: async ({ query }) => {
      const all = await ctx.data.events();
      const matching = await ctx.data.cached(`events:${filterKey(query)}`, () => filterEvents(all, query));
      return page(matching, query);
    },
  });

  api.route({
    method: 'GET',
    url: '/api/events/clusters',
    cache: true,
    tag: 'events',
    summary: 'Event mentions grouped into real-world events by the judge (with the merges and splits recorded)',
    access: 'read',
    query: eventQuery,
    handler: async ({ query }) => {
      const all = await ctx.data.events();
      const clusters = await ctx.data.cached(`clusters:${filterKey(query)}`, async () =>
        clusterEvents(filterEvents(all, query), await listClusterDecisions(ctx.store)),
      );
      return page(clusters, query);
    },
  });

  for (const kind of ['merge', 'split'] as const) {
    api.route({
      method: 'POST',
      url: `/api/events/${kind}`,
      tag: 'events',
      summary:
        kind === 'merge'
          ? 'Merge event mentions (or clusters) into one real-world event; kept across re-clustering'
          : 'Split event mentions out of the real-world event they were grouped into',
      access: 'write',
      status: 201,
      body: z
        .object({
          eventIds: z
            .array(z.string().regex(/^[0-9A-Za-z_-]{4,80}$/, 'expected event or cluster ids'))
            .min(kind === 'merge' ? 2 : 1, kind === 'merge' ? 'merge needs at least two ids' : 'give at least one id')
            .max(500),
          note: z.string().max(500).optional(),
        })
        .strict(),
      handler: async ({ body }) => {
        let ids: string[];
        try {
          ids = await resolveEventIds(ctx.store, body.eventIds);
        } catch (error) {
          throw new HttpProblem(404, (error as Error).message);
        }
        const decision = await recordClusterDecision(ctx.store, { kind, eventIds: ids }, body.note ?? null);
        ctx.data.invalidate(true);
        return { decision };
      },
    });
  }

  api.route({
    method: 'GET',
    url: '/api/events/:id',
    tag: 'events',
    summary: 'One event mention by id',
    access: 'read',
    params: z.object({ id: z.string().regex(/^[0-9a-f]{4,16}-\d{1,6}$/, 'expected an event id such as 0123abcd4567ef89-0') }),
    handler: async ({ params }) => {
      const event = (await ctx.data.events()).find((e) => e.id === params.id);
      if (!event) throw new HttpProblem(404, `no event with id ${params.id}`);
      return event;
    },
  });

  api.route({
    method: 'GET',
    url: '/api/quotes',
    tag: 'quotes',
    summary: 'Quotes, with their speaker and document',
    access: 'read',
    query: z.object({
      speaker: z.string().min(1).max(100).optional(),
      document: z.string().regex(/^[0-9a-f]{4,64}$/, 'expected a document id (hex)').optional(),
      search: searchText.optional(),
      limit: limit(500, 50),
      offset,
    }),
    handler: async ({ query }) => {
      let documentId = query.document;
      if (documentId && documentId.length < 64) documentId = (await ctx.store.getDocument(documentId))?.id ?? documentId;
      const items = await ctx.store.listQuotes({ speaker: query.speaker, documentId, search: query.search, limit: query.limit, offset: query.offset });
      return { items, limit: query.limit, offset: query.offset };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/actors',
    cache: true,
    tag: 'actors',
    summary: 'Actors seen in events, with counts and last event date',
    access: 'read',
    handler: async () => {
      const all = await ctx.data.events();
      return ctx.data.cached('actors', () => {
        const byActor = new Map<string, { id: string; events: number; asserted: number; last: string; types: Record<string, number> }>();
        for (const e of all) {
          const row = byActor.get(e.actor) ?? { id: e.actor, events: 0, asserted: 0, last: '', types: {} };
          row.events++;
          if (e.polarity === 'asserted') row.asserted++;
          const date = effectiveDate(e);
          if (date > row.last) row.last = date;
          row.types[e.type] = (row.types[e.type] ?? 0) + 1;
          byActor.set(e.actor, row);
        }
        return { items: [...byActor.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)) };
      });
    },
  });
}
