// API benchmark: a store of 100,000 synthetic events, then autocannon (100 connections, ~10 s per
// endpoint) against the events and risk endpoints. Prints requests/s and p50/p95/p99 latency.
// Target: p95 < 50 ms. Risk answers are cached per (actor, at, horizon, store version).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/show/server/server.js';
import { syntheticDocuments } from '../src/show/synthetic.js';
import { Store } from '../src/store/store.js';

interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  max: number;
}

interface AutocannonResult {
  requests: Histogram & { total: number; mean: number };
  latency: Histogram & { p95?: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}

const require = createRequire(import.meta.url);
const AUTOCANNON = require.resolve('autocannon/autocannon.js');

/** Runs autocannon in its own process (like wrk), so the load generator does not share the server's thread. */
function autocannon(url: string, connections: number, seconds: number): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [AUTOCANNON, '-c', String(connections), '-d', String(seconds), '-j', '--renderStatusCodes', url],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => {
        if (error) return reject(error);
        try {
          resolve(JSON.parse(stdout) as AutocannonResult);
        } catch (e) {
          reject(e);
        }
      },
    );
  });
}

const DOCUMENTS = Number(process.env.BENCH_API_DOCUMENTS ?? 10_000);
const EVENTS_PER_DOCUMENT = 10;
const DURATION = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = 100;
const BATCH = 500;

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'escalade-bench-api-'));
  const store = await Store.open({ data: dir });
  try {
    let started = Date.now();
    for (let i = 0; i < DOCUMENTS; i += BATCH) {
      const count = Math.min(BATCH, DOCUMENTS - i);
      await store.saveDocuments(syntheticDocuments(count, { eventsPerDocument: EVENTS_PER_DOCUMENT, batch: i / BATCH, stepDays: 1 }));
    }
    const counts = await store.countDocuments();
    const total = counts.total * EVENTS_PER_DOCUMENT;
    process.stdout.write(`store: ${counts.total} documents, ${total} events inserted in ${((Date.now() - started) / 1000).toFixed(1)} s (embedded PGlite)\n`);

    const app = await buildServer(store, { token: 'bench' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const targets = [
      { name: 'events (newest 50)', path: '/api/events?limit=50' },
      { name: 'events (filtered, page 3)', path: '/api/events?actor=RUS&type=WARNING,NUCLEAR_THREAT&since=2023-01-01&limit=50&offset=100' },
      { name: 'risk now', path: '/api/risk?actor=RUS&at=2024-12-01&horizon=365' },
      { name: 'risk explain', path: '/api/risk/explain?actor=RUS&at=2024-12-01&horizon=365' },
      { name: 'risk series (monthly, 1 year)', path: '/api/risk/series?actor=RUS&from=2024-01-01&to=2024-12-01&step=30' },
    ];

    const rows: string[] = [];
    for (const target of targets) {
      started = Date.now();
      const first = await fetch(`${base}${target.path}`);
      await first.arrayBuffer();
      const cold = Date.now() - started;
      if (!first.ok) {
        process.stdout.write(`${target.name}: HTTP ${first.status} on the first request; skipped\n`);
        continue;
      }
      const result = await autocannon(`${base}${target.path}`, CONNECTIONS, DURATION);
      const latency = result.latency;
      // autocannon reports p90 and p97.5, not p95: p95 lies between them; the check uses p97.5 (conservative).
      rows.push(
        `${target.name.padEnd(30)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  p50 ${latency.p50} ms  p90 ${latency.p90} ms  p97.5 ${latency.p97_5} ms  p99 ${latency.p99} ms  ` +
          `non-2xx ${result.non2xx}  errors ${result.errors}  first request ${cold} ms  ${latency.p97_5 < 50 ? 'p95 < 50 ms: yes' : 'p95 < 50 ms: NO'}`,
      );
      process.stdout.write(`${rows[rows.length - 1]}\n`);
    }
    process.stdout.write(`\napi bench: ${total} events, ${CONNECTIONS} connections, ${DURATION} s per endpoint (autocannon 8 in a separate process, same machine, 2 cores)\n`);
    await app.close();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
