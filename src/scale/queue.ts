// The work stream on NATS JetStream: a durable work-queue stream of documents to code, a dead-letter
// stream for documents that fail repeatedly, and a stream of worker heartbeats (last one per worker).
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { connect, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream';
import { EscaladeError } from '../errors.js';
import type { ReadDocument } from '../types.js';

/** Names of the streams, subjects and consumer; a prefix keeps several deployments (or tests) apart. */
export interface QueueNames {
  prefix: string;
  /** Work-queue stream of documents to code. */
  stream: string;
  subject: string;
  /** Durable pull consumer shared by every worker. */
  consumer: string;
  /** Stream keeping dead letters (documents that failed too often) and max-deliveries advisories. */
  deadStream: string;
  deadSubject: string;
  /** Stream keeping the last heartbeat of each worker. */
  heartbeatStream: string;
  /** Heartbeats go to `${heartbeatSubject}.<worker id>`. */
  heartbeatSubject: string;
}

export interface QueueSettings {
  /** Most documents waiting in the stream; past it the publisher waits (default 100,000). */
  maxPending?: number;
  /** How long a worker may hold a document before it is redelivered (default 60 s). */
  ackWaitMs?: number;
  /** Deliveries after which the server gives up on a message (default 10; workers dead-letter earlier). */
  maxDeliver?: number;
  /** Window in which a document id published twice is dropped by the server (default 1 h). */
  duplicateWindowMs?: number;
  /** Most documents handed out and not yet acknowledged, over all workers (default 2,000). */
  maxAckPending?: number;
}

export const DEFAULT_QUEUE_PREFIX = 'escalade';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';

/** Header names carried by dead letters. */
export const DEAD_LETTER_HEADERS = {
  documentId: 'Escalade-Document-Id',
  error: 'Escalade-Error',
  deliveries: 'Escalade-Deliveries',
  worker: 'Escalade-Worker',
} as const;

export function queueNames(prefix: string = process.env.ESCALADE_QUEUE_PREFIX ?? DEFAULT_QUEUE_PREFIX): QueueNames {
  if (!/^[A-Za-z0-9_-]+$/.test(prefix)) throw new EscaladeError(`queue prefix must be letters, digits, _ or - (got "${prefix}")`, 2);
  const upper = prefix.toUpperCase().replace(/-/g, '_');
  return {
    prefix,
    stream: `${upper}_DOCS`,
    subject: `${prefix}.docs`,
    consumer: `${prefix}-workers`,
    deadStream: `${upper}_DEAD`,
    deadSubject: `${prefix}.dead`,
    heartbeatStream: `${upper}_WORKERS`,
    heartbeatSubject: `${prefix}.workers`,
  };
}

/** The subject of the server's advisory when a message of the work queue reached max_deliver. */
export function maxDeliveriesAdvisorySubject(names: QueueNames): string {
  return `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${names.stream}.${names.consumer}`;
}

/** Connects to NATS, or throws a one-line error naming the URL. */
export async function connectNats(url: string, name = `escalade@${hostname()}:${process.pid}`): Promise<NatsConnection> {
  try {
    return await connect({ servers: url, name, maxReconnectAttempts: -1, reconnectTimeWait: 1_000 });
  } catch (error) {
    throw new EscaladeError(`cannot connect to NATS at ${url}: ${(error as Error).message}`);
  }
}

const ms = (millis: number) => Math.round(millis * 1_000_000); // JetStream durations are nanoseconds

/** Creates the streams and the durable consumer when missing (settings apply on creation only). */
export async function ensureQueue(nc: NatsConnection, names: QueueNames, settings: QueueSettings = {}): Promise<JetStreamManager> {
  const jsm = await jetstreamManager(nc);
  await ensureStream(jsm, {
    name: names.stream,
    subjects: [names.subject],
    retention: RetentionPolicy.Workqueue,
    storage: StorageType.File,
    max_msgs: settings.maxPending ?? 100_000,
    discard: DiscardPolicy.New,
    duplicate_window: ms(settings.duplicateWindowMs ?? 3_600_000),
  });
  await ensureStream(jsm, {
    name: names.deadStream,
    subjects: [names.deadSubject, maxDeliveriesAdvisorySubject(names)],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_msgs: 1_000_000,
    discard: DiscardPolicy.Old,
  });
  await ensureStream(jsm, {
    name: names.heartbeatStream,
    subjects: [`${names.heartbeatSubject}.*`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_msgs_per_subject: 1,
    max_age: ms(24 * 3_600_000),
    discard: DiscardPolicy.Old,
  });
  try {
    await jsm.consumers.info(names.stream, names.consumer);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    try {
      await jsm.consumers.add(names.stream, {
        durable_name: names.consumer,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: ms(settings.ackWaitMs ?? 60_000),
        max_deliver: settings.maxDeliver ?? 10,
        max_ack_pending: settings.maxAckPending ?? 2_000,
        filter_subject: names.subject,
      });
    } catch (addError) {
      // Another worker created it in between: fine.
      await jsm.consumers.info(names.stream, names.consumer).catch(() => {
        throw addError;
      });
    }
  }
  return jsm;
}

async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    await jsm.streams.info(config.name);
    return;
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  try {
    await jsm.streams.add(config);
  } catch (error) {
    await jsm.streams.info(config.name).catch(() => {
      throw error;
    });
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError ? error.status === 404 || /not found/i.test(error.message) : /not found/i.test(String(error));
}

/** True when a publish was refused because the stream holds its maximum of messages (backpressure). */
export function isStreamFull(error: unknown): boolean {
  if (error instanceof JetStreamApiError && error.code === 10077) return true;
  return /maximum messages|maximum bytes|resource limits exceeded/i.test(String((error as Error)?.message ?? error));
}

export interface PublishOptions {
  names?: QueueNames;
  settings?: QueueSettings;
  /** Publishes in flight at once (default 256). */
  window?: number;
  /** Reuse a connection instead of opening one (it is left open). */
  connection?: NatsConnection;
  /** Called each time the stream is full and the publisher waits for workers to catch up. */
  onBackpressure?: (waitedMs: number) => void;
  onProgress?: (result: PublishResult) => void;
}

export interface PublishResult {
  /** Documents stored in the stream by this call. */
  published: number;
  /** Documents the stream already had (same id within the duplicate window). */
  duplicates: number;
  /** Documents refused (too large for the server), with the reason. */
  rejected: { id: string; error: string }[];
}

/**
 * Publishes documents to the work stream, the document id as message id (the server drops a
 * second copy within its duplicate window; workers skip known ids anyway). Waits while the
 * stream is full.
 */
export async function publishDocuments(
  natsUrl: string,
  docs: AsyncIterable<ReadDocument> | Iterable<ReadDocument>,
  options: PublishOptions = {},
): Promise<PublishResult> {
  const names = options.names ?? queueNames();
  const nc = options.connection ?? (await connectNats(natsUrl));
  const result: PublishResult = { published: 0, duplicates: 0, rejected: [] };
  try {
    await ensureQueue(nc, names, options.settings);
    const js = jetstream(nc);
    const maxPayload = nc.info?.max_payload ?? 1_048_576;
    const window = Math.max(1, options.window ?? 256);
    const encoder = new TextEncoder();

    const publishOne = async (doc: ReadDocument): Promise<void> => {
      const payload = encoder.encode(JSON.stringify(doc));
      if (payload.length > maxPayload - 4_096) {
        result.rejected.push({ id: doc.id, error: `document is ${payload.length} bytes; the NATS server accepts at most ${maxPayload}` });
        return;
      }
      let waited = 0;
      for (let attempt = 1; ; attempt++) {
        try {
          const ack = await js.publish(names.subject, payload, { msgID: doc.id, timeout: 10_000 });
          if (ack.duplicate) result.duplicates++;
          else result.published++;
          return;
        } catch (error) {
          if (isStreamFull(error)) {
            const pause = Math.min(2_000, 50 * 2 ** Math.min(attempt, 6));
            waited += pause;
            options.onBackpressure?.(waited);
            await sleep(pause);
            continue;
          }
          if (attempt < 5 && /timeout|TIMEOUT|no responders|503/i.test(String((error as Error).message))) {
            await sleep(200 * attempt);
            continue;
          }
          throw new EscaladeError(`cannot publish document ${doc.id.slice(0, 12)}: ${(error as Error).message}`);
        }
      }
    };

    const inFlight = new Set<Promise<void>>();
    for await (const doc of docs) {
      const p: Promise<void> = publishOne(doc).finally(() => {
        inFlight.delete(p);
        options.onProgress?.(result);
      });
      inFlight.add(p);
      if (inFlight.size >= window) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return result;
  } finally {
    if (!options.connection) await nc.drain();
  }
}

/** Headers of a dead letter: which document, why, after how many deliveries, by which worker. */
export function deadLetterHeaders(documentId: string, error: string, deliveries: number, worker: string) {
  const h = natsHeaders();
  h.set(DEAD_LETTER_HEADERS.documentId, documentId);
  h.set(DEAD_LETTER_HEADERS.error, error.replace(/[\r\n]+/g, ' ').slice(0, 1_000));
  h.set(DEAD_LETTER_HEADERS.deliveries, String(deliveries));
  h.set(DEAD_LETTER_HEADERS.worker, worker);
  return h;
}
