// A stream worker: takes documents from the JetStream work queue, codes them into the store in
// transactional batches, and acknowledges each message only after its batch committed.
// A redelivered document is skipped by id, so a crash between commit and ack changes nothing.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { jetstream, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Store } from '../store/store.js';
import type { ReadDocument } from '../types.js';
import { oneLine } from '../errors.js';
import { connectNats, deadLetterHeaders, ensureQueue, queueNames, type QueueNames, type QueueSettings } from './queue.js';
import { isTransientError, isUniqueViolation, withRetry } from './retry.js';
import { syntheticDocument } from './synthetic.js';

/** Codes and keeps a batch of documents in one transaction; known ids are skipped. */
export type CodeBatch = (store: Store, docs: ReadDocument[]) => Promise<{ duplicates: number }>;

export interface WorkerOptions {
  natsUrl: string;
  store: Store;
  names?: QueueNames;
  settings?: QueueSettings;
  /** Batches processed at once in this process (default 2: one codes while the other waits on the database). */
  concurrency?: number;
  /** Documents per transaction (default 100: fewer commits and lookups per document than 20, +20 % measured). */
  batchSize?: number;
  /** Deliveries after which a failing document goes to the dead-letter subject (default 5). */
  maxAttempts?: number;
  /** First redelivery delay after a failure, doubled each time (default 1,000 ms). */
  retryDelayMs?: number;
  /** Worker id in heartbeats (default host-pid-random). */
  id?: string;
  /** Heartbeat period (default 2,000 ms). */
  heartbeatMs?: number;
  /** How a batch is coded and kept (default: the ingest pipeline's ingestDocuments). */
  codeBatch?: CodeBatch;
  /** Run before consuming, e.g. to load lexicons (default with the default coder: warmUpPipeline). */
  warmUp?: () => Promise<void>;
  /** Stops the worker: batches in progress finish, buffered messages go back to the stream. */
  signal?: AbortSignal;
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: 'ready'; id: string }
  | { type: 'batch-start'; size: number }
  | { type: 'batch-done'; size: number; duplicates: number; ms: number }
  | { type: 'retry'; error: string; attempt: number }
  | { type: 'failed'; documentId: string; deliveries: number; error: string }
  | { type: 'dead-letter'; documentId: string; deliveries: number; error: string }
  | { type: 'stopped'; stats: WorkerStats };

export interface WorkerStats {
  id: string;
  host: string;
  pid: number;
  startedAt: string;
  /** Documents acknowledged (coded now, or found already coded). */
  processed: number;
  /** Of those, documents already in the store (redeliveries, republished ids). */
  duplicates: number;
  batches: number;
  /** Failed attempts (each one redelivered later or dead-lettered). */
  failed: number;
  deadLettered: number;
}

export interface Heartbeat extends WorkerStats {
  at: string;
  state: 'running' | 'stopped';
  concurrency: number;
  batchSize: number;
  /** Documents per second over the last minute. */
  rate: number;
}

/** Test-only failure hook: a document whose text contains this marker makes coding throw. */
const POISON_MARKER = process.env.ESCALADE_TEST_POISON || null;

/** The default coder: the lead's ingest pipeline, the whole batch in one transaction. */
export const ingestBatch: CodeBatch = async (store, docs) => {
  const { ingestDocuments } = await import('../pipeline/ingest.js');
  const report = await ingestDocuments(store, docs, { batchSize: Math.max(1, docs.length) });
  return { duplicates: report.duplicate };
};

/** Synthetic documents (two English, one French in three) coded before the first batch. */
const WARM_UP_DOCUMENTS = 200;

/**
 * Codes a couple of hundred samples before the first batch: lexicons and patterns load, and the JIT
 * optimises the extractor, whose first few hundred documents otherwise run 2 to 5 times slower (measured:
 * 1.5 ms per document over the first 60, 0.66 over the next 200, 0.32 after). Costs ~0.4 s at start.
 */
export async function warmUpPipeline(): Promise<void> {
  const { codeDocument } = await import('../pipeline/ingest.js');
  for (let i = 0; i < WARM_UP_DOCUMENTS; i++) codeDocument(syntheticDocument(i, 0));
}

export async function runWorker(options: WorkerOptions): Promise<WorkerStats> {
  const names = options.names ?? queueNames();
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const retryDelayMs = options.retryDelayMs ?? 1_000;
  const codeBatch = options.codeBatch ?? ingestBatch;
  const emit = options.onEvent ?? (() => undefined);
  const stats: WorkerStats = {
    id: options.id ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
    host: hostname(),
    pid: process.pid,
    startedAt: new Date().toISOString(),
    processed: 0,
    duplicates: 0,
    batches: 0,
    failed: 0,
    deadLettered: 0,
  };

  const nc: NatsConnection = await connectNats(options.natsUrl, `escalade-worker ${stats.id}`);
  const recent: { at: number; count: number }[] = [];
  const heartbeat = (state: Heartbeat['state']) => {
    const now = Date.now();
    while (recent.length > 0 && recent[0].at < now - 60_000) recent.shift();
    const window = Math.max(1, Math.min(60, (now - Date.parse(stats.startedAt)) / 1_000));
    const beat: Heartbeat = {
      ...stats,
      at: new Date(now).toISOString(),
      state,
      concurrency,
      batchSize,
      rate: Math.round((recent.reduce((n, r) => n + r.count, 0) / window) * 10) / 10,
    };
    nc.publish(`${names.heartbeatSubject}.${stats.id.replace(/[^A-Za-z0-9_-]/g, '_')}`, JSON.stringify(beat));
  };

  try {
    await (options.warmUp ?? (options.codeBatch ? undefined : warmUpPipeline))?.();
    await ensureQueue(nc, names, options.settings);
    const js = jetstream(nc);
    const consumer = await js.consumers.get(names.stream, names.consumer);
    // Prefetch one batch; messages waiting on this worker count against ack_wait (kept alive below).
    const messages = await consumer.consume({ max_messages: Math.max(2, batchSize) });

    const buffer: JsMsg[] = [];
    // Messages received and not yet acknowledged, with when they arrived: kept alive with working()
    // so a message waiting in the buffer or in a slow batch is not redelivered to another worker.
    const held = new Map<JsMsg, number>();
    const ackWaitMs = Math.max(1_000, ((await consumer.info(true)).config.ack_wait ?? 30_000_000_000) / 1_000_000);
    let ended = false;
    const waiting: (() => void)[] = []; // batch loops waiting for messages
    const notify = () => {
      for (const wake of waiting.splice(0)) wake();
    };
    const stop = () => {
      ended = true;
      void messages.close();
      notify();
      const freed = roomFreed;
      roomFreed = null;
      freed?.();
    };
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener('abort', stop, { once: true });

    // The pump takes the next message from the client only when the buffer has room: the client then
    // pulls no more than it was asked for, and other workers get the rest.
    const capacity = batchSize;
    let roomFreed: (() => void) | null = null;
    const pump = (async () => {
      for await (const msg of messages) {
        if (ended) {
          msg.nak();
          continue;
        }
        buffer.push(msg);
        held.set(msg, Date.now());
        notify();
        while (buffer.length >= capacity && !ended) await new Promise<void>((resolve) => (roomFreed = resolve));
      }
      ended = true;
      notify();
    })();

    const take = async (): Promise<JsMsg[] | null> => {
      for (;;) {
        if (ended) return null;
        if (buffer.length > 0) {
          const batch = buffer.splice(0, batchSize);
          const freed = roomFreed;
          roomFreed = null;
          freed?.();
          return batch;
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      }
    };

    const fail = async (msg: JsMsg, documentId: string, error: unknown): Promise<void> => {
      stats.failed++;
      const deliveries = msg.info.deliveryCount;
      const message = oneLine(error);
      if (deliveries >= maxAttempts) {
        // The document id as message id: if two deliveries of it fail at once, the stream keeps one dead letter.
        await js.publish(names.deadSubject, msg.data, { msgID: `dead-${documentId}`, headers: deadLetterHeaders(documentId, message, deliveries, stats.id) });
        msg.term(); // no reason: nats-server 2.9 ignores "+TERM <reason>"
        stats.deadLettered++;
        emit({ type: 'dead-letter', documentId, deliveries, error: message });
      } else {
        msg.nak(Math.min(60_000, retryDelayMs * 2 ** (deliveries - 1)));
        emit({ type: 'failed', documentId, deliveries, error: message });
      }
    };

    const code = async (docs: ReadDocument[]) => {
      if (POISON_MARKER) {
        const poisoned = docs.find((d) => d.text.includes(POISON_MARKER));
        if (poisoned) throw new Error(`test poison in document ${poisoned.id.slice(0, 12)}`);
      }
      return withRetry(() => codeBatch(options.store, docs), {
        // A unique violation means another worker committed the same document meanwhile: the retry skips it.
        retryOn: (error) => isTransientError(error) || isUniqueViolation(error),
        onRetry: (error, attempt) => emit({ type: 'retry', error: oneLine(error), attempt }),
      });
    };

    const handle = async (msgs: JsMsg[]): Promise<void> => {
      try {
        await handleHeld(msgs);
      } finally {
        for (const msg of msgs) held.delete(msg);
      }
    };

    const handleHeld = async (msgs: JsMsg[]): Promise<void> => {
      const parsed: { msg: JsMsg; doc: ReadDocument }[] = [];
      for (const msg of msgs) {
        try {
          const doc = msg.json<ReadDocument>();
          if (typeof doc?.id !== 'string' || typeof doc.text !== 'string') throw new Error('not a ReadDocument (id and text required)');
          parsed.push({ msg, doc });
        } catch (error) {
          // Malformed: no retry can cure it.
          stats.failed++;
          const message = `malformed message: ${oneLine(error)}`;
          await js.publish(names.deadSubject, msg.data, {
            msgID: `dead-seq-${msg.info.streamSequence}`,
            headers: deadLetterHeaders(msg.headers?.get('Nats-Msg-Id') ?? '', message, msg.info.deliveryCount, stats.id),
          });
          msg.term();
          stats.deadLettered++;
          emit({ type: 'dead-letter', documentId: '', deliveries: msg.info.deliveryCount, error: message });
        }
      }
      if (parsed.length === 0) return;
      const started = Date.now();
      emit({ type: 'batch-start', size: parsed.length });
      try {
        const { duplicates } = await code(parsed.map((p) => p.doc));
        for (const { msg } of parsed) msg.ack();
        stats.processed += parsed.length;
        stats.duplicates += duplicates;
        stats.batches++;
        recent.push({ at: Date.now(), count: parsed.length });
        emit({ type: 'batch-done', size: parsed.length, duplicates, ms: Date.now() - started });
      } catch (error) {
        if (parsed.length === 1) return fail(parsed[0].msg, parsed[0].doc.id, error);
        // One bad document must not hold back the others: retry them one by one.
        for (const p of parsed) await handle([p.msg]);
      }
    };

    const loops = Array.from({ length: concurrency }, async () => {
      for (let batch = await take(); batch; batch = await take()) await handle(batch);
    });
    heartbeat('running');
    const timer = setInterval(() => heartbeat('running'), options.heartbeatMs ?? 2_000);
    const keepAlive = setInterval(() => {
      const now = Date.now();
      for (const [msg, since] of held) if (now - since < 10 * ackWaitMs) msg.working(); // a stuck batch is let go eventually
    }, Math.max(250, ackWaitMs / 3));
    emit({ type: 'ready', id: stats.id });
    try {
      await Promise.all(loops);
    } finally {
      clearInterval(timer);
      clearInterval(keepAlive);
      stop();
      for (const msg of buffer.splice(0)) msg.nak();
      await pump.catch(() => undefined);
    }
    heartbeat('stopped');
    await nc.flush();
    emit({ type: 'stopped', stats });
    return stats;
  } finally {
    await nc.drain().catch(() => nc.close());
  }
}
