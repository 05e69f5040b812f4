// Judgement and estimates: doctrine status, ladder, risk now, its series and its explanation, overview.
import { z } from 'zod';
import { estimateRisk, riskSeries, type RiskEstimate } from '../../../estimate/index.js';
import { evaluateDoctrines, ladderState } from '../../../judge/index.js';
import { loadLadder } from '../../../knowledge/ladder.js';
import type { Api } from '../api.js';
import type { ServerContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { actorId, horizonDays, isoDate } from '../schemas.js';
import { effectiveDate } from './events.js';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The estimate with only its largest contributions (they come sorted by size); `contributionsTotal` counts them all. */
function trimContributions(risk: RiskEstimate, keep: number): RiskEstimate & { contributionsTotal: number } {
  return { ...risk, contributions: risk.contributions.slice(0, keep), contributionsTotal: risk.contributions.length };
}

/** The estimate for an actor, date and horizon, computed once per store version. */
async function cachedRisk(ctx: ServerContext, actor: string, at: string, horizon: number): Promise<RiskEstimate> {
  const events = await ctx.data.events();
  return ctx.data.cached(`risk:${actor}:${at}:${horizon}`, () => estimateRisk(events, { actor, at, horizonDays: horizon }));
}

export function registerAnalysisRoutes(api: Api, ctx: ServerContext): void {
  api.route({
    method: 'GET',
    url: '/api/doctrines',
    cache: true,
    tag: 'judge',
    summary: "Status of each declared doctrine's conditions (met, approached, not met) with evidence",
    access: 'read',
    query: z.object({ actor: actorId.optional(), at: isoDate.optional() }),
    handler: async ({ query }) => {
      const events = await ctx.data.events();
      const at = query.at ?? today();
      const result = await ctx.data.cached(`doctrines:${query.actor ?? '*'}:${at}`, () => evaluateDoctrines(events, { actor: query.actor, at }));
      return { at, actor: query.actor ?? null, doctrines: result };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/ladder',
    cache: true,
    tag: 'judge',
    summary: 'The escalation ladder and where each actor stands on it',
    access: 'read',
    query: z.object({ at: isoDate.optional() }),
    handler: async ({ query }) => {
      const ladder = loadLadder();
      const at = query.at ?? today();
      const state = await ctx.data.cached(`ladder:${at}`, async () => ladderState(await ctx.data.events(), { at }));
      return { at, rungs: ladder.rungs, events: ladder.events, decay: ladder.decay, state };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/risk',
    cache: true,
    tag: 'estimate',
    summary: 'Risk of nuclear use by an actor within the horizon, as of a date',
    access: 'read',
    query: z.object({ actor: actorId, at: isoDate.optional(), horizon: horizonDays }),
    handler: async ({ query }) => {
      const at = query.at ?? today();
      const risk = await cachedRisk(ctx, query.actor, at, query.horizon);
      return { actor: query.actor, at, horizonDays: query.horizon, risk: trimContributions(risk, 10) };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/risk/series',
    cache: true,
    tag: 'estimate',
    summary: 'Risk over time with its uncertainty band',
    access: 'read',
    query: z.object({
      actor: actorId,
      from: isoDate.optional(),
      to: isoDate.optional(),
      horizon: horizonDays,
      step: z.coerce.number().int().min(1).max(366).default(7),
    }),
    handler: async ({ query }) => {
      const events = await ctx.data.events();
      const to = query.to ?? today();
      const first = events.find((e) => e.actor === query.actor);
      const from = query.from ?? (first ? effectiveDate(first).padEnd(10, '-01').slice(0, 10) : addDays(to, -365));
      if (from > to) throw new HttpProblem(400, `"from" (${from}) is after "to" (${to})`);
      const points = Math.ceil((Date.parse(to) - Date.parse(from)) / 86_400_000 / query.step);
      if (points > 5000) throw new HttpProblem(400, `the series would have ${points} points; use a larger step (at most 5000 points)`);
      const { series, moved } = await ctx.data.cached(`series:${query.actor}:${from}:${to}:${query.horizon}:${query.step}`, () => ({
        series: riskSeries(events, { actor: query.actor, from, to, horizonDays: query.horizon, stepDays: query.step }),
        // The events that moved it: the actor's asserted events in the window (the latest 200).
        moved: events
          .filter((e) => e.actor === query.actor && e.polarity === 'asserted')
          .filter((e) => effectiveDate(e) >= from && effectiveDate(e) <= `${to}\uffff`)
          .slice(-200)
          .map((e) => ({ id: e.id, date: effectiveDate(e), type: e.type, documentId: e.documentId, evidence: e.evidence.text.slice(0, 200) })),
      }));
      return { actor: query.actor, from, to, horizonDays: query.horizon, stepDays: query.step, series, events: moved };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/risk/explain',
    cache: true,
    tag: 'estimate',
    summary: "What contributes to an actor's risk estimate, event by event",
    access: 'read',
    query: z.object({ actor: actorId, at: isoDate.optional(), horizon: horizonDays, limit: z.coerce.number().int().min(1).max(5000).default(50) }),
    handler: async ({ query }) => {
      const at = query.at ?? today();
      const { contributions, ...risk } = await cachedRisk(ctx, query.actor, at, query.horizon);
      return { actor: query.actor, at, horizonDays: query.horizon, total: contributions.length, contributions: contributions.slice(0, query.limit), risk };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/overview',
    cache: true,
    tag: 'overview',
    summary: 'Counts, main actors, latest date, latest events and quotes: what the dashboard opens with',
    access: 'read',
    handler: async () => {
      const events = await ctx.data.events();
      return ctx.data.cached('overview', async () => {
        const counts = await ctx.store.countDocuments();
        const byActor = new Map<string, number>();
        for (const e of events) byActor.set(e.actor, (byActor.get(e.actor) ?? 0) + 1);
        const actors = [...byActor.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 8)
          .map(([id, n]) => ({ id, events: n }));
        const latestDate = events.length > 0 ? effectiveDate(events[events.length - 1]).slice(0, 10) : null;
        const latestDocs = await ctx.store.listDocuments({ limit: 5 });
        const quotes = (await Promise.all(latestDocs.map((d) => ctx.store.listQuotes({ documentId: d.id, limit: 4 })))).flat();
        return {
          counts: { ...counts, events: events.length },
          actors,
          latestDate,
          latestEvents: events.slice(-12).reverse(),
          latestQuotes: quotes.slice(0, 12).map((q) => ({ ...q, published: latestDocs.find((d) => d.id === q.documentId)?.published ?? null })),
        };
      });
    },
  });
}
