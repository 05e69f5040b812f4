// Health, alerts, and the OpenAPI description.
import { z } from 'zod';
import { loadFitted } from '../../../estimate/index.js';
import { loadDoctrines } from '../../../judge/index.js';
import { loadLadder } from '../../../knowledge/ladder.js';
import { listScenarios } from '../../../simulate/index.js';
import type { Api } from '../api.js';
import type { ServerContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { limit, offset } from '../schemas.js';
import { listAlerts } from '../../watch/state.js';

/** What a stage runs on, or why its data does not load (its endpoints then fail with the same reason). */
function stageData<T extends object>(facts: () => T): ({ ok: true } & T) | { ok: false; error: string } {
  try {
    return { ok: true, ...facts() };
  } catch (error) {
    return { ok: false, error: (error as Error).message.split('\n')[0].slice(0, 300) };
  }
}

export function registerSystemRoutes(api: Api, ctx: ServerContext): void {
  api.route({
    method: 'GET',
    url: '/api/health',
    tag: 'system',
    summary: 'Liveness, store, counts and the data the judge, estimate and simulate stages run on',
    access: 'public',
    handler: async () => {
      const counts = await ctx.store.countDocuments();
      return {
        status: 'ok',
        store: { kind: ctx.store.kind },
        documents: counts,
        writes: ctx.options.token ? 'token' : 'disabled',
        reads: ctx.options.protectReads ? 'token' : 'open',
        stages: {
          judge: stageData(() => ({ doctrines: loadDoctrines().length, rungs: loadLadder().rungs.length })),
          estimate: stageData(() => ({ parameters: loadFitted() ? 'fitted' : 'defaults' })),
          simulate: stageData(() => ({ scenarios: listScenarios().length })),
        },
      };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/alerts',
    tag: 'watch',
    summary: 'Alerts fired by watch mode, newest first',
    access: 'read',
    query: z.object({ limit: limit(500, 50), offset }),
    handler: async ({ query }) => {
      try {
        return { items: await listAlerts(ctx.store, query), limit: query.limit, offset: query.offset };
      } catch (error) {
        if (/alerts/.test((error as Error).message)) throw new HttpProblem(503, 'the store has no alerts table yet (migration 003_alerts)');
        throw error;
      }
    },
  });

  api.route({
    method: 'GET',
    url: '/api/docs',
    tag: 'system',
    summary: 'This OpenAPI 3.1 description (JSON)',
    access: 'public',
    handler: async () => api.openApi(),
  });
}
