// The HTTP server: JSON API under /api and the dashboard (dist/web) from one process.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Store } from '../../store/store.js';
import { Api } from './api.js';
import type { ServerContext, ServerOptions } from './context.js';
import { DataView } from './data.js';
import { handleError, sendProblem } from './problem.js';
import { addSecurityHeaders } from './security.js';
import { SimulationJobs } from './simulations.js';
import { registerAnalysisRoutes } from './routes/analysis.js';
import { registerDocumentRoutes } from './routes/documents.js';
import { registerEventRoutes } from './routes/events.js';
import { registerIngestRoutes } from './routes/ingest.js';
import { registerSimulationRoutes } from './routes/simulations.js';
import { registerSystemRoutes } from './routes/system.js';

export type { ServerOptions } from './context.js';

export const DEFAULT_WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'web');
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Escalade</title></head>
<body><h1>Escalade</h1><p>The dashboard is not built. Run <code>npm run build:web</code>, then reload. The API is at <a href="/api/docs">/api/docs</a>.</p></body></html>`;

export async function buildServer(store: Store, options: ServerOptions = {}): Promise<FastifyInstance> {
  const resolved: ServerOptions = {
    ...options,
    token: options.token ?? (process.env.ESCALADE_TOKEN || undefined),
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    return503OnClosing: true,
    routerOptions: { maxParamLength: 200 },
  });
  addSecurityHeaders(app);
  app.setErrorHandler(handleError);

  const ctx: ServerContext = {
    store,
    data: new DataView(store),
    jobs: new SimulationJobs(options.maxRunningSimulations ?? 2),
    options: resolved,
  };
  app.addHook('onClose', async () => ctx.jobs.cancelAll());

  const api = new Api(
    app,
    { token: resolved.token, protectReads: resolved.protectReads === true },
    {
      version: () => ctx.data.currentVersion(),
      get: (key) => ctx.data.getResponse(key),
      set: (key, body) => ctx.data.setResponse(key, body),
    },
  );
  registerSystemRoutes(api, ctx);
  registerDocumentRoutes(api, ctx);
  registerEventRoutes(api, ctx);
  registerAnalysisRoutes(api, ctx);
  registerSimulationRoutes(api, ctx);
  registerIngestRoutes(api, ctx);

  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const hasDashboard = existsSync(resolve(webRoot, 'index.html'));
  if (hasDashboard) {
    await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: ['index.html'], wildcard: false, maxAge: '1h', immutable: false });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api') {
      return sendProblem(reply, 404, `no endpoint ${request.method} ${path}; see /api/docs`);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendProblem(reply, 405, `${request.method} is not allowed here`);
    if (/\.[a-z0-9]+$/i.test(path)) return sendProblem(reply, 404, `no file ${path}`);
    // Client-side routes of the single-page app.
    if (hasDashboard) return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
  });
  return app;
}
