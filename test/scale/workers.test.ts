// Three stream workers code 2,000 documents while one is killed with SIGKILL mid-batch: afterwards
// every document is stored exactly once, none lost, none duplicated; a poison document is dead-lettered.
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager } from '@nats-io/jetstream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeDocument } from '../../src/pipeline/ingest.js';
import { connectNats, DEAD_LETTER_HEADERS, ensureQueue, publishDocuments, queueNames } from '../../src/scale/queue.js';
import { queueStatus } from '../../src/scale/status.js';
import { documentFromText, syntheticDocuments } from '../../src/scale/synthetic.js';
import { Store } from '../../src/store/store.js';
import { createTestDatabase, NATS_URL, natsAvailable, postgresAvailable, skipNote, uniquePrefix, type TestDatabase } from '../store/services.js';
import { spawnWorker, type WorkerProcess } from './spawn.js';

const [pgUp, natsUp] = await Promise.all([postgresAvailable(), natsAvailable()]);
if (!pgUp) skipNote('PostgreSQL (test/scale/workers.test.ts)');
if (!natsUp) skipNote('nats-server (test/scale/workers.test.ts)');

const DOCUMENTS = 2_000;

describe.skipIf(!pgUp || !natsUp)('stream workers', () => {
  /** Every message of the dead-letter stream: the document (from the payload), the error, the deliveries. */
  async function deadLetters(): Promise<{ id: string; error: string | undefined; deliveries: string | undefined; subject: string }[]> {
    const nc = await connectNats(NATS_URL);
    try {
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info(names.deadStream);
      const out = [];
      for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
        const m = await jsm.streams.getMessage(names.deadStream, { seq });
        if (!m) continue;
        out.push({
          id: m.subject === names.deadSubject ? m.json<{ id: string }>().id : m.string(),
          error: m.header?.get(DEAD_LETTER_HEADERS.error),
          deliveries: m.header?.get(DEAD_LETTER_HEADERS.deliveries),
          subject: m.subject,
        });
      }
      return out;
    } finally {
      await nc.close();
    }
  }

  const names = queueNames(uniquePrefix('w'));
  const marker = `POISON-${names.prefix}`;
  const docs = syntheticDocuments(DOCUMENTS, 11);
  const poison = documentFromText(`This dispatch carries ${marker} and makes coding fail.`, { source: 'test://poison', lang: 'en' });
  let database: TestDatabase;
  let store: Store;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await Store.open({ databaseUrl: database.url });
    const nc = await connectNats(NATS_URL);
    await ensureQueue(nc, names, { ackWaitMs: 10_000, maxDeliver: 10 });
    await nc.close();
  });

  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await store?.close();
    await database?.drop();
    const nc = await connectNats(NATS_URL).catch(() => null);
    if (nc) {
      const jsm = await jetstreamManager(nc);
      for (const stream of [names.stream, names.deadStream, names.heartbeatStream]) await jsm.streams.delete(stream).catch(() => undefined);
      await nc.close();
    }
  });

  it('codes every document exactly once while a worker is killed mid-batch, and dead-letters the poison', { timeout: 300_000 }, async () => {
    const env = {
      ESCALADE_DATABASE_URL: database.url,
      ESCALADE_NATS_URL: NATS_URL,
      ESCALADE_QUEUE_PREFIX: names.prefix,
      ESCALADE_TEST_POISON: marker,
      WORKER_BATCH: '20',
      WORKER_CONCURRENCY: '2',
      WORKER_MAX_ATTEMPTS: '3',
      WORKER_RETRY_DELAY_MS: '200',
    };
    for (const id of ['a', 'b', 'c']) workers.push(spawnWorker(`${names.prefix}-${id}`, env));
    await Promise.all(workers.map((w) => w.ready));

    // Kill worker a with SIGKILL as soon as it starts its fifth batch: that batch is neither committed nor acknowledged.
    const [victim] = workers;
    let batches = 0;
    let killedMidBatch = false;
    victim.onEvent((event) => {
      if (event.type === 'batch-start' && ++batches === 5 && !killedMidBatch) {
        killedMidBatch = victim.child.kill('SIGKILL');
      }
    });

    const published = await publishDocuments(NATS_URL, [...docs.slice(0, 1_000), poison, ...docs.slice(1_000)], { names });
    expect(published).toEqual({ published: DOCUMENTS + 1, duplicates: 0, rejected: [] });
    // Publishing the same documents again is dropped by the server (same message ids).
    const again = await publishDocuments(NATS_URL, docs.slice(0, 50), { names });
    expect(again).toMatchObject({ published: 0, duplicates: 50 });

    // Wait (no time assertion: the test timeout is the only limit) until all is stored and the queue is empty.
    for (;;) {
      const status = await queueStatus(NATS_URL, names);
      const { total } = await store.countDocuments();
      if (total >= DOCUMENTS && status.deadLetters >= 1 && status.consumer?.pending === 0 && status.consumer.ackPending === 0) break;
      const alive = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
      if (alive.length === 0) throw new Error(`every worker exited: ${workers.map((w) => w.stderr()).join('\n')}`);
      await sleep(500);
    }
    expect(killedMidBatch).toBe(true);
    expect(await victim.exited).toBeNull();
    expect(victim.events.some((e) => e.type === 'batch-done' && victim.events.filter((x) => x.type === 'batch-start').length > 4)).toBe(true);

    const status = await queueStatus(NATS_URL, names);
    expect(status.consumer?.deliveries).toBeGreaterThan(DOCUMENTS + 3); // beyond the poison's 3 deliveries, the victim's messages came again
    expect(await deadLetters()).toEqual([{ id: poison.id, error: expect.stringMatching(/test poison/), deliveries: '3', subject: names.deadSubject }]);
    // The killed worker stops sending heartbeats; status calls it dead once its last one is old enough.
    let alive = status.workers.filter((w) => w.alive).map((w) => w.id);
    while (alive.includes(workers[0].id)) {
      await sleep(1_000);
      alive = (await queueStatus(NATS_URL, names)).workers.filter((w) => w.alive).map((w) => w.id);
    }
    expect(alive.sort()).toEqual([workers[1].id, workers[2].id]);

    // Every document once: the stored ids are exactly the published ones, the poison excepted.
    const stored = await sql<{ id: string }>`select id from documents order by id`.execute(store.db);
    expect(stored.rows.map((r) => r.id)).toEqual(docs.map((d) => d.id).sort());
    // Per document, events, quotes and actors are numbered 0..n-1 with no gap and no repeat.
    for (const table of ['events', 'quotes', 'actors'] as const) {
      const broken = await sql<{ document_id: string }>`
        select document_id from ${sql.table(table)} group by document_id
        having count(*) <> max(seq) + 1 or count(distinct seq) <> count(*)`.execute(store.db);
      expect(broken.rows, table).toEqual([]);
    }
    // And they are what the extractor codes for that document (a sample, coded here in the test process).
    const counts = new Map(
      (await sql<{ document_id: string; n: string }>`select document_id, count(*) as n from events group by document_id`.execute(store.db)).rows.map(
        (r) => [r.document_id, Number(r.n)],
      ),
    );
    const coded = new Set((await sql<{ id: string }>`select id from documents where coded`.execute(store.db)).rows.map((r) => r.id));
    for (const doc of docs.filter((_, i) => i % 40 === 0)) {
      const expected = coded.has(doc.id) ? (codeDocument(doc).record?.events.length ?? 0) : 0;
      expect(counts.get(doc.id) ?? 0, doc.id).toBe(expected);
    }
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(DOCUMENTS);

    // The poison is not in the store.
    expect(await store.hasDocument(poison.id)).toBe(false);

    // Graceful stop: the live workers finish and report.
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    expect(await Promise.all(workers.slice(1).map((w) => w.exited))).toEqual([0, 0]);
    const processed = workers.flatMap((w) => w.events).filter((e) => e.type === 'stopped');
    expect(processed).toHaveLength(2);
  });
});
