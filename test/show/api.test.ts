// The HTTP API through fastify's inject: every endpoint, bad input, tokens, limits, headers.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/show/server/server.js';
import { insertSynthetic, openTempStore, TOKEN, type TempStore } from './fixture.js';

let temp: TempStore;
let app: FastifyInstance;
let open: FastifyInstance;
let noToken: FastifyInstance;
const auth = { authorization: `Bearer ${TOKEN}` };

function problem(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number): { detail: string; title: string; type: string; status: number } {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as { detail: string; title: string; type: string; status: number };
  expect(body.status).toBe(status);
  expect(body.type).toBe('about:blank');
  expect(typeof body.title).toBe('string');
  expect(body.detail.length).toBeGreaterThan(5);
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  return body;
}

beforeAll(async () => {
  temp = await openTempStore();
  await insertSynthetic(temp.store, 60);
  app = await buildServer(temp.store, { token: TOKEN, protectReads: false, allowPrivateUrls: false });
  app.get('/api/test-crash', async () => {
    throw new Error('secret internal detail at /work/main/src/x.ts:12');
  });
  open = await buildServer(temp.store, { token: TOKEN, protectReads: true });
  delete process.env.ESCALADE_TOKEN;
  noToken = await buildServer(temp.store, { token: undefined });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await open?.close();
  await noToken?.close();
  await temp?.close();
});

describe('system', () => {
  it('answers health with counts and stages, and security headers', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/health' });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { status: string; documents: { total: number }; stages: Record<string, unknown> };
    expect(body.status).toBe('ok');
    expect(body.documents.total).toBe(60);
    expect(Object.keys(body.stages)).toContain('judge');
    const stages = body.stages as Record<string, { ok: boolean; doctrines?: number; rungs?: number; scenarios?: number; parameters?: string }>;
    expect(stages.judge).toMatchObject({ ok: true, rungs: 9 });
    expect(stages.judge.doctrines).toBeGreaterThan(0);
    expect(stages.estimate.ok).toBe(true);
    expect(['fitted', 'defaults']).toContain(stages.estimate.parameters);
    expect(stages.simulate.scenarios).toBeGreaterThan(0);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(String(r.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('serves an OpenAPI description listing every endpoint', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(r.statusCode).toBe(200);
    const doc = r.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/documents', '/api/documents/{id}', '/api/events', '/api/events/{id}', '/api/events/clusters', '/api/events/merge', '/api/quotes', '/api/actors', '/api/doctrines', '/api/ladder', '/api/risk', '/api/risk/series', '/api/risk/explain', '/api/simulations', '/api/simulations/{id}', '/api/simulations/{id}/result', '/api/scenarios', '/api/ingest', '/api/alerts', '/api/health']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(doc.paths['/api/ingest'].post).toHaveProperty('requestBody');
  });

  it('turns unknown paths and internal errors into problem details without stack traces', async () => {
    problem(await app.inject({ method: 'GET', url: '/api/nothing-here' }), 404);
    const crash = problem(await app.inject({ method: 'GET', url: '/api/test-crash' }), 500);
    expect(crash.detail).not.toContain('secret');
  });

  it('serves the dashboard (or its placeholder) with a strict CSP on client routes', async () => {
    for (const url of ['/', '/events', '/documents/abc']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(String(r.headers['content-type'])).toMatch(/text\/html/);
      const csp = String(r.headers['content-security-policy']);
      for (const part of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(part);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
    problem(await app.inject({ method: 'GET', url: '/missing.js' }), 404);
  });
});

describe('documents', () => {
  it('lists, pages and searches documents', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/documents?limit=5&offset=2' });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { items: { id: string; text?: string; excerpt: string }[] };
    expect(body.items).toHaveLength(5);
    expect(body.items[0]).not.toHaveProperty('text');
    const s = await app.inject({ method: 'GET', url: '/api/documents?search=spokesman&limit=3' });
    expect(s.statusCode).toBe(200);
    expect((s.json() as { items: unknown[] }).items.length).toBe(3);
  });

  it('gives a document with its text and the spans to highlight', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/documents?limit=1' })).json() as { items: { id: string }[] };
    const id = list.items[0].id;
    const r = await app.inject({ method: 'GET', url: `/api/documents/${id.slice(0, 12)}` });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { document: { text: string; removedBoilerplate: string[] }; highlights: { kind: string; start: number; end: number }[]; events: { evidence: { start: number; end: number; text: string } }[] };
    expect(body.document.removedBoilerplate).toEqual(['Subscribe to our newsletter']);
    const kinds = new Set(body.highlights.map((h) => h.kind));
    expect(kinds).toEqual(new Set(['evidence', 'actor', 'quote']));
    const e = body.events[0].evidence;
    expect(body.document.text.slice(e.start, e.end)).toBe(e.text);
    const record = await app.inject({ method: 'GET', url: `/api/documents/${id}/record` });
    expect(record.statusCode).toBe(200);
  });

  it('rejects bad ids and unknown documents', async () => {
    expect(problem(await app.inject({ method: 'GET', url: '/api/documents/not-hex!' }), 400).detail).toContain('id');
    expect(problem(await app.inject({ method: 'GET', url: `/api/documents/${'0'.repeat(64)}` }), 404).detail).toContain('no document');
    expect(problem(await app.inject({ method: 'GET', url: '/api/documents?limit=abc' }), 400).detail).toContain('limit');
    expect(problem(await app.inject({ method: 'GET', url: '/api/documents?since=2024-13-45' }), 400).detail).toContain('since');
  });
});

describe('events, quotes, actors', () => {
  it('filters and pages events, newest first', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/events?actor=RUS&limit=7' });
    expect(r.statusCode).toBe(200);
    const body = r.json() as { items: { actor: string; date: { value: string } }[]; total: number };
    expect(body.items).toHaveLength(7);
    expect(body.items.every((e) => e.actor === 'RUS')).toBe(true);
    expect(body.total).toBeGreaterThan(7);
    const dates = body.items.map((e) => e.date.value);
    expect([...dates].sort().reverse()).toEqual(dates);
    const next = (await app.inject({ method: 'GET', url: '/api/events?actor=RUS&limit=7&offset=7' })).json() as { items: { id: string }[] };
    expect(next.items[0]).toBeDefined();
    const typed = (await app.inject({ method: 'GET', url: '/api/events?type=WARNING,MISSILE_TEST&since=2022-06-01&until=2023-01' })).json() as { items: { type: string; date: { value: string } }[] };
    expect(typed.items.every((e) => ['WARNING', 'MISSILE_TEST'].includes(e.type) && e.date.value >= '2022-06-01' && e.date.value <= '2023-01-31')).toBe(true);
  });

  it('rejects wrong filter types with the field named', async () => {
    expect(problem(await app.inject({ method: 'GET', url: '/api/events?type=BOMB' }), 400).detail).toContain('type');
    expect(problem(await app.inject({ method: 'GET', url: '/api/events?limit=100000' }), 400).detail).toContain('limit');
    expect(problem(await app.inject({ method: 'GET', url: '/api/events?polarity=maybe' }), 400).detail).toContain('polarity');
    expect(problem(await app.inject({ method: 'GET', url: '/api/events?offset=-1' }), 400).detail).toContain('offset');
  });

  it('gives one event by id, 404 for an unknown one', async () => {
    const first = ((await app.inject({ method: 'GET', url: '/api/events?limit=1' })).json() as { items: { id: string }[] }).items[0];
    const r = await app.inject({ method: 'GET', url: `/api/events/${first.id}` });
    expect(r.statusCode).toBe(200);
    problem(await app.inject({ method: 'GET', url: '/api/events/0000000000000000-9' }), 404);
    problem(await app.inject({ method: 'GET', url: '/api/events/xyz' }), 400);
  });

  it('lists quotes and actors', async () => {
    const q = await app.inject({ method: 'GET', url: '/api/quotes?search=respond&limit=4' });
    expect(q.statusCode).toBe(200);
    expect((q.json() as { items: { text: string }[] }).items[0].text).toContain('respond');
    const a = await app.inject({ method: 'GET', url: '/api/actors' });
    expect((a.json() as { items: { id: string }[] }).items.map((x) => x.id)).toContain('RUS');
    const o = await app.inject({ method: 'GET', url: '/api/overview' });
    expect(o.statusCode).toBe(200);
    expect((o.json() as { latestEvents: unknown[] }).latestEvents.length).toBeGreaterThan(0);
  });

  it('merges and splits events through the judge', async () => {
    const ids = ((await app.inject({ method: 'GET', url: '/api/events?actor=USA&limit=2' })).json() as { items: { id: string }[] }).items.map((e) => e.id);
    problem(await app.inject({ method: 'POST', url: '/api/events/merge', payload: { eventIds: ids } }), 401);
    problem(await app.inject({ method: 'POST', url: '/api/events/merge', headers: auth, payload: { eventIds: [ids[0]] } }), 400);
    const merged = await app.inject({ method: 'POST', url: '/api/events/merge', headers: auth, payload: { eventIds: ids, note: 'same event' } });
    expect(merged.statusCode).toBe(201);
    const split = await app.inject({ method: 'POST', url: '/api/events/split', headers: auth, payload: { eventIds: [ids[0]] } });
    expect(split.statusCode).toBe(201);
    problem(await app.inject({ method: 'POST', url: '/api/events/split', headers: auth, payload: { eventIds: ['ffffffffffffffff-99'] } }), 404);
    const clusters = await app.inject({ method: 'GET', url: '/api/events/clusters?actor=USA&limit=5' });
    expect(clusters.statusCode).toBe(200);
  });
});

describe('judge and estimate', () => {
  it('answers doctrines and ladder', async () => {
    const d = await app.inject({ method: 'GET', url: '/api/doctrines?at=2024-12-01' });
    const l = await app.inject({ method: 'GET', url: '/api/ladder?at=2024-12-01' });
    expect(l.statusCode).toBe(200);
    expect((l.json() as { rungs: unknown[] }).rungs).toHaveLength(9);
    expect(d.statusCode).toBe(200);
    expect(Array.isArray((d.json() as { doctrines: unknown }).doctrines)).toBe(true);
    expect((l.json() as { state: { actors: unknown[] } }).state.actors.length).toBeGreaterThan(0);
    const one = await app.inject({ method: 'GET', url: '/api/doctrines?actor=RUS&at=2024-12-01' });
    expect(one.statusCode).toBe(200);
    const reports = (one.json() as { actor: string; doctrines: { actor: string; conditions: { status: string }[] }[] }).doctrines;
    expect(reports.map((r) => r.actor)).toEqual(['RUS']);
    expect(reports[0].conditions.length).toBeGreaterThan(0);
    for (const c of reports[0].conditions) expect(['met', 'approached', 'not_met']).toContain(c.status);
    problem(await app.inject({ method: 'GET', url: '/api/doctrines?at=yesterday' }), 400);
  });

  it('answers risk now, series and explanation', async () => {
    const now = await app.inject({ method: 'GET', url: '/api/risk?actor=RUS&at=2024-12-01&horizon=365' });
    const series = await app.inject({ method: 'GET', url: '/api/risk/series?actor=RUS&from=2024-01-01&to=2024-12-01&step=30' });
    const explain = await app.inject({ method: 'GET', url: '/api/risk/explain?actor=RUS&at=2024-12-01' });
    expect(now.statusCode).toBe(200);
    const risk = (now.json() as { risk: { probability: number; low: number; high: number; contributions: unknown[]; contributionsTotal: number } }).risk;
    expect(risk.probability).toBeGreaterThan(0);
    expect(risk.low).toBeLessThanOrEqual(risk.probability);
    expect(risk.contributions.length).toBeLessThanOrEqual(Math.min(10, risk.contributionsTotal));
    expect(series.statusCode).toBe(200);
    const points = (series.json() as { series: { date: string; probability: number }[] }).series;
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p.probability).toBeGreaterThanOrEqual(0);
    expect(explain.statusCode).toBe(200);
    const explained = explain.json() as { total: number; contributions: unknown[]; risk: { probability: number; contributions?: unknown } };
    expect(Array.isArray(explained.contributions)).toBe(true);
    expect(explained.total).toBe(risk.contributionsTotal);
    expect(explained.risk.probability).toBe(risk.probability);
    expect(explained.risk.contributions).toBeUndefined();
    expect(problem(await app.inject({ method: 'GET', url: '/api/risk' }), 400).detail).toContain('actor');
    expect(problem(await app.inject({ method: 'GET', url: '/api/risk?actor=RUS&horizon=0' }), 400).detail).toContain('horizon');
    problem(await app.inject({ method: 'GET', url: '/api/risk/series?actor=RUS&from=2024-01-01&to=2024-12-01&step=0' }), 400);
  });
});

describe('tokens', () => {
  it('refuses writes without a configured token, with a clear message', async () => {
    const r = problem(await noToken.inject({ method: 'POST', url: '/api/ingest', payload: { text: 'hello' } }), 403);
    expect(r.detail).toContain('ESCALADE_TOKEN');
    problem(await noToken.inject({ method: 'POST', url: '/api/simulations', headers: auth, payload: { scenario: 'x' } }), 403);
  });

  it('needs the bearer token for writes; a wrong one is refused', async () => {
    expect(problem(await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: 'hello' } }), 401).detail).toContain('Bearer');
    problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Bearer wrong' }, payload: { text: 'hello' } }), 403);
    problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: { authorization: 'Basic abc' }, payload: { text: 'hello' } }), 401);
  });

  it('protects reads with --protect-reads, health stays open', async () => {
    problem(await open.inject({ method: 'GET', url: '/api/events' }), 401);
    expect((await open.inject({ method: 'GET', url: '/api/events', headers: auth })).statusCode).toBe(200);
    expect((await open.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('ingest', () => {
  it('validates the body: one of text, html or url; types; size; content type', async () => {
    expect(problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: {} }), 400).detail).toContain('exactly one');
    problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'a', url: 'https://example.org/' } }), 400);
    expect(problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 42 } }), 400).detail).toContain('text');
    problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'a', extra: true } }), 400);
    problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { url: 'ftp://example.org/x' } }), 400);
    const huge = JSON.stringify({ text: 'x'.repeat(3 * 1024 * 1024) });
    expect(problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/json' }, payload: huge }), 413).detail).toContain('2 MB');
    problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'text/xml' }, payload: '<a/>' }), 415);
    problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"text": ' }), 400);
  });

  it('refuses loopback and private URLs (no SSRF)', async () => {
    for (const url of ['http://127.0.0.1:9/x', 'http://localhost/', 'http://10.0.0.1/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data']) {
      const body = problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { url } }), 400);
      expect(body.detail).toContain('refused');
    }
  });

  it('reads a private URL only with --allow-private-urls', async () => {
    const article = `<!doctype html><html><head><title>Menace</title><meta property="article:published_time" content="2024-06-01"></head><body><article><h1>Menace</h1>${'<p>Le 1er juin 2024, Vladimir Poutine a averti que la Russie pourrait utiliser l’arme nucléaire si son territoire était menacé, a rapporté l’agence RIA Novosti.</p>'.repeat(3)}</article></body></html>`;
    const site = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(article);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/article`;
    const trusting = await buildServer(temp.store, { token: TOKEN, allowPrivateUrls: true });
    try {
      problem(await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { url } }), 400);
      const r = await trusting.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { url } });
      expect(r.statusCode).toBe(201);
      expect((r.json() as { record: { document: { source: string } } }).record.document.source).toBe(url);
    } finally {
      await trusting.close();
      site.closeAllConnections();
      await new Promise((resolve) => site.close(resolve));
    }
  });

  it('ingests a text and answers with the coded record; again is a duplicate', async () => {
    const text = 'Le 3 mars 2024, le président russe Vladimir Poutine a menacé d’utiliser l’arme nucléaire contre les pays de l’OTAN. « Nous avons aussi des armes », a-t-il déclaré.';
    const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text, published: '2024-03-03', title: 'Menace' } });
    expect(r.statusCode).toBe(201);
    const body = r.json() as { status: string; documentId: string; record: { document: { id: string }; events: unknown[] } };
    expect(body.status).toBe('new');
    expect(body.record.document.id).toBe(body.documentId);
    const again = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text, published: '2024-03-03', title: 'Menace' } });
    expect(again.statusCode).toBe(200);
    expect((again.json() as { status: string }).status).toBe('duplicate');
  });
});

describe('simulations', () => {
  it('validates the request', async () => {
    problem(await app.inject({ method: 'POST', url: '/api/simulations', headers: auth, payload: { scenario: 'x', runs: 'many' } }), 400);
    problem(await app.inject({ method: 'POST', url: '/api/simulations', headers: auth, payload: { scenario: '../etc/passwd' } }), 400);
    problem(await app.inject({ method: 'POST', url: '/api/simulations', headers: auth, payload: { scenario: 'x', runs: 10_000_000 } }), 400);
    problem(await app.inject({ method: 'GET', url: '/api/simulations/not-a-uuid' }), 400);
    problem(await app.inject({ method: 'GET', url: '/api/simulations/6f1c1f43-0f0e-4a43-9d61-3f4b1b2f0c11' }), 404);
    problem(await app.inject({ method: 'GET', url: '/api/simulations/6f1c1f43-0f0e-4a43-9d61-3f4b1b2f0c11/result' }), 404);
  });

  it('lists scenarios, runs one, reports progress and the result', async () => {
    const list = (await app.inject({ method: 'GET', url: '/api/scenarios' })).json() as { items: { name: string }[] };
    expect(list.items.length).toBeGreaterThan(0);
    const name = list.items[0].name;
    const one = await app.inject({ method: 'GET', url: `/api/scenarios/${name}` });
    expect(one.statusCode).toBe(200);
    problem(await app.inject({ method: 'GET', url: '/api/scenarios/no-such-scenario' }), 404);
    problem(await app.inject({ method: 'POST', url: '/api/simulations', headers: auth, payload: { scenario: 'no-such-scenario' } }), 404);
    problem(await app.inject({ method: 'POST', url: '/api/simulations', headers: auth, payload: { scenario: { name: 'bad' } } }), 422);
    const started = await app.inject({ method: 'POST', url: '/api/simulations', headers: auth, payload: { scenario: name, runs: 300, horizonDays: 60, seed: 7 } });
    expect(started.statusCode).toBe(202);
    const job = started.json() as { id: string; status: string };
    expect(started.headers.location).toBe(`/api/simulations/${job.id}`);
    let state = job;
    while (state.status === 'running') {
      await new Promise((r) => setTimeout(r, 100));
      state = (await app.inject({ method: 'GET', url: `/api/simulations/${job.id}` })).json() as { id: string; status: string };
    }
    expect(state.status).toBe('done');
    const result = await app.inject({ method: 'GET', url: `/api/simulations/${job.id}/result` });
    expect(result.statusCode).toBe(200);
    const body = result.json() as { result: { pUse: { p: number }; survival: unknown[]; runs: number } };
    expect(body.result.runs).toBe(300);
    expect(body.result.survival.length).toBeGreaterThan(0);
  });
});

describe('alerts', () => {
  it('lists alerts (empty store)', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/alerts' });
    expect(r.statusCode).toBe(200);
    expect((r.json() as { items: unknown[] }).items).toEqual([]);
  });
});
