// Scale benchmark: documents per second coded into the PostgreSQL server store, in process, then by
// 1 and by 2 stream workers (child processes, with the node flags `escalade worker` runs with) draining a
// backlog from NATS JetStream; prints the 2-vs-1 ratio, and the same with this process publishing meanwhile.
// Needs PostgreSQL and nats-server (scripts/ensure-services.sh). ESCALADE_BENCH_SCALE_DOCS sets the size.
//
// It also prints where the ratio comes from. Over a run, documents/s = cores kept busy / CPU seconds per document
// (whole machine: workers, PostgreSQL, nats-server, this process), so 2-vs-1 = (cores busy with 2 / with 1) ×
// (CPU per document with 1 / with 2): how much more of the machine two workers use, and how much dearer each
// document gets when they share it. Two copies of the extractor alone, no database, show how much this
// machine's cores slow each other down on the most memory-heavy part of the work.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager } from '@nats-io/jetstream';
import { ingestDocuments } from '../src/pipeline/ingest.js';
import { connectNats, ensureQueue, publishDocuments, queueNames } from '../src/scale/queue.js';
import { documentFromText, syntheticDocuments } from '../src/scale/synthetic.js';
import { mulberry32 } from '../src/util/mulberry32.js';
import { warmUpPipeline } from '../src/scale/worker.js';
import { WORKER_NODE_FLAGS } from '../src/scale/worker-process.js';
import { Store } from '../src/store/store.js';
import type { ReadDocument } from '../src/types.js';
import { createTestDatabase, NATS_URL, natsAvailable, postgresAvailable, uniquePrefix } from '../test/store/services.js';
import { spawnWorker } from '../test/scale/spawn.js';

/** Documents per transaction, the worker's default (ESCALADE_BENCH_SCALE_BATCH to change it). */
const BATCH = Number(process.env.ESCALADE_BENCH_SCALE_BATCH ?? 100);
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Article-sized documents for sizing: seed paragraphs recombined (French), ~4 KB like the seed articles. */
function seedSizedArticles(count: number): ReadDocument[] {
  const dir = join(ROOT, 'corpus', 'seeds');
  const paragraphs = readdirSync(dir)
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((p) => p.trim().length > 80);
  const next = mulberry32(7);
  return Array.from({ length: count }, (_, i) => {
    const body = [`Article ${i}`];
    while (body.join('\n\n').length < 3_000 + next() * 2_000) body.push(paragraphs[Math.floor(next() * paragraphs.length)]);
    return documentFromText(body.join('\n\n'), { source: `bench://article/${i}`, lang: 'fr', published: '2024-11-19' });
  });
}

/** Busy and total CPU time of the whole machine so far, in jiffies (Linux; null elsewhere). */
function machineCpu(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    return { busy: total - fields[3] - (fields[4] ?? 0), total };
  } catch {
    return null;
  }
}

/** Cores kept busy between two readings (whole machine: workers, PostgreSQL, nats-server, this process). */
function coresBusy(from: ReturnType<typeof machineCpu>, to: ReturnType<typeof machineCpu>): number | null {
  if (!from || !to || to.total === from.total) return null;
  return ((to.busy - from.busy) / (to.total - from.total)) * cpus().length;
}

/** Documents per second of the extractor alone in `copies` processes started at the same moment (summed). */
async function codingRate(copies: number, docsPerCopy: number): Promise<number> {
  const children = Array.from({ length: copies }, () =>
    spawn(process.execPath, [...WORKER_NODE_FLAGS, '--import', 'tsx', join(ROOT, 'bench', 'code-loop.ts')], {
      cwd: ROOT,
      env: { ...process.env, CODE_LOOP_DOCS: String(docsPerCopy) },
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  const outputs = children.map((child) => createInterface({ input: child.stdout! })[Symbol.asyncIterator]());
  const nextLine = async (i: number) => {
    const line = await outputs[i].next();
    if (line.done) throw new Error('the coding loop exited early');
    return line.value;
  };
  await Promise.all(children.map((_, i) => nextLine(i))); // each one warmed up
  for (const child of children) child.stdin!.write('go\n');
  const elapsedMs = await Promise.all(children.map(async (_, i) => Number(await nextLine(i))));
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
  return elapsedMs.reduce((rate, ms) => rate + docsPerCopy / (ms / 1_000), 0);
}

async function inProcess(docs: ReadDocument[]): Promise<number> {
  const database = await createTestDatabase();
  const store = await Store.open({ databaseUrl: database.url });
  try {
    await warmUpPipeline();
    const started = performance.now();
    for (let i = 0; i < docs.length; i += BATCH) await ingestDocuments(store, docs.slice(i, i + BATCH), { batchSize: BATCH });
    return docs.length / ((performance.now() - started) / 1_000);
  } finally {
    await store.close();
    await database.drop();
  }
}

/**
 * Codes `docs` with `workerCount` worker processes over the stream. With `backlog`, the documents are all in
 * the stream before the workers start (how fast workers drain a backlog: their own throughput); without it,
 * this process publishes them while the workers consume, on the same cores. Either way the workers warm up
 * first and start together; the clock runs from their start to the last commit they report.
 */
async function overStream(
  docs: ReadDocument[],
  workerCount: number,
  concurrency: number,
  backlog: boolean,
): Promise<{ rate: number; cores: number | null }> {
  const database = await createTestDatabase();
  const store = await Store.open({ databaseUrl: database.url });
  const names = queueNames(uniquePrefix('bench'));
  const nc = await connectNats(NATS_URL);
  await ensureQueue(nc, names, { ackWaitMs: 60_000 });
  const env = {
    ESCALADE_DATABASE_URL: database.url,
    ESCALADE_NATS_URL: NATS_URL,
    ESCALADE_QUEUE_PREFIX: names.prefix,
    WORKER_BATCH: String(BATCH),
    WORKER_CONCURRENCY: String(concurrency),
    WORKER_WAIT_FOR_GO: '1',
  };
  if (backlog) await publishDocuments(NATS_URL, docs, { names, connection: nc });
  const workers = Array.from({ length: workerCount }, (_, i) => spawnWorker(`${names.prefix}-${i}`, env));
  try {
    // Done when the workers have reported every document committed: their own batch reports, so the
    // measurement does not load the database it measures (a count every 50 ms scanned the table).
    let committed = 0;
    let finishedAt = 0;
    const allDone = new Promise<void>((resolve) => {
      for (const w of workers) {
        w.onEvent((event) => {
          if (event.type !== 'batch-done') return;
          committed += event.size;
          if (committed >= docs.length) {
            finishedAt = performance.now();
            resolve();
          }
        });
      }
    });
    await Promise.all(workers.map((w) => w.waiting)); // connected and warmed up
    if (workers.some((w) => w.child.exitCode !== null)) throw new Error(`a worker exited: ${workers.map((w) => w.stderr()).join('\n')}`);
    const cpuAtStart = machineCpu();
    const started = performance.now();
    for (const w of workers) w.go();
    if (!backlog) await publishDocuments(NATS_URL, docs, { names, connection: nc });
    while (finishedAt === 0) {
      if (workers.every((w) => w.child.exitCode !== null)) throw new Error(`workers exited: ${workers.map((w) => w.stderr()).join('\n')}`);
      await Promise.race([allDone, sleep(500)]);
    }
    const cores = coresBusy(cpuAtStart, machineCpu());
    const rate = docs.length / ((finishedAt - started) / 1_000);
    const stored = (await store.countDocuments()).total;
    if (stored !== docs.length) throw new Error(`workers reported ${committed} documents but the store holds ${stored} of ${docs.length}`);
    return { rate, cores };
  } finally {
    for (const w of workers) w.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    const jsm = await jetstreamManager(nc);
    for (const stream of [names.stream, names.deadStream, names.heartbeatStream]) await jsm.streams.delete(stream).catch(() => undefined);
    await nc.close();
    await store.close();
    await database.drop();
  }
}

export async function run(): Promise<void> {
  if (!(await postgresAvailable()) || !(await natsAvailable())) {
    process.stdout.write('scale: skipped, PostgreSQL or nats-server not reachable (run scripts/ensure-services.sh)\n');
    return;
  }
  // 8,000: the 2-worker run ends when its last batch commits, and one worker may then be idle for up to a
  // batch; over 4,000 documents that tail alone cost the 2-worker figure a few per cent.
  const count = Number(process.env.ESCALADE_BENCH_SCALE_DOCS ?? 8_000);
  const concurrency = Number(process.env.ESCALADE_BENCH_SCALE_CONCURRENCY ?? 1);
  const docs = syntheticDocuments(count, 42);
  const size = Math.round(docs.reduce((n, d) => n + d.text.length, 0) / docs.length);
  process.stdout.write(
    `scale: ${count} synthetic documents (~${size} characters, 1/3 French), server store, batches of ${BATCH}, ` +
      `${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} before\n`,
  );
  const line = (label: string, rate: number) => process.stdout.write(`  ${label.padEnd(36)} ${rate.toFixed(1).padStart(8)} documents/s\n`);
  // Two extractors alone (see the header); measured first, on a machine not yet busy with the database.
  const loopDocs = Number(process.env.ESCALADE_BENCH_SCALE_LOOP_DOCS ?? 4_000);
  const alone = await codingRate(1, loopDocs);
  const pair = await codingRate(2, loopDocs);
  const speedUp = pair / alone;

  const local = await inProcess(docs);
  line('in-process pipeline', local);
  const one = await overStream(docs, 1, concurrency, true);
  line(`1 worker (concurrency ${concurrency}), backlog`, one.rate);
  const two = await overStream(docs, 2, concurrency, true);
  line(`2 workers (concurrency ${concurrency}), backlog`, two.rate);
  process.stdout.write(
    `  2 workers vs 1: ${(two.rate / one.rate).toFixed(2)}x (target ≥ 1.6x on 2 cores); 1 worker vs in-process: ${(one.rate / local).toFixed(2)}x; load average ${loadavg()[0].toFixed(1)} after\n`,
  );
  // The same with this process publishing meanwhile: the publisher takes CPU from the workers only when
  // they fill both cores, so this ratio is lower by that much; a publisher elsewhere costs them nothing.
  const onePublishing = await overStream(docs, 1, concurrency, false);
  const twoPublishing = await overStream(docs, 2, concurrency, false);
  process.stdout.write(
    `  publishing from this process meanwhile: 1 worker ${onePublishing.rate.toFixed(1)}, 2 workers ${twoPublishing.rate.toFixed(1)} documents/s = ` +
      `${(twoPublishing.rate / onePublishing.rate).toFixed(2)}x\n`,
  );

  const cores = (c: number | null) => (c === null ? 'n/a' : c.toFixed(2));
  const cpuMs = (run: { rate: number; cores: number | null }) => (run.cores === null ? null : (run.cores / run.rate) * 1_000);
  const [cpuOne, cpuTwo] = [cpuMs(one), cpuMs(two)];
  process.stdout.write(
    `  cores busy (whole machine): ${cores(one.cores)} with 1 worker, ${cores(two.cores)} with 2 workers, of ${cpus().length}\n` +
      (cpuOne === null || cpuTwo === null || one.cores === null || two.cores === null
        ? ''
        : `  CPU per document (whole machine): ${cpuOne.toFixed(2)} ms with 1 worker, ${cpuTwo.toFixed(2)} ms with 2 workers; ` +
          `2 vs 1 = ${(two.cores / one.cores).toFixed(2)} (more cores) × ${(cpuOne / cpuTwo).toFixed(2)} (dearer documents); ` +
          `at most ${(cpus().length / one.cores).toFixed(2)}x here even if documents cost no more\n`) +
      `  extractor alone, no database: 1 process ${alone.toFixed(0)} documents/s, 2 processes ${pair.toFixed(0)} documents/s = ${speedUp.toFixed(2)}x\n`,
  );

  // For sizing (docs/deployment.md): one worker on article-sized text rather than short dispatches.
  const articleCount = Number(process.env.ESCALADE_BENCH_SCALE_ARTICLES ?? 400);
  if (articleCount <= 0) return;
  const articles = seedSizedArticles(articleCount);
  const articleSize = Math.round(articles.reduce((n, d) => n + d.text.length, 0) / articles.length);
  process.stdout.write(`  seed-sized articles: ${articles.length} (~${articleSize} characters, French, seed paragraphs recombined)\n`);
  line('  in-process pipeline', await inProcess(articles));
  line(`  1 worker (concurrency ${concurrency}), backlog`, (await overStream(articles, 1, concurrency, true)).rate);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
