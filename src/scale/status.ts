// What `escalade status` shows: stream depth, workers and their heartbeats, throughput, dead letters, store counts.
import { jetstreamManager } from '@nats-io/jetstream';
import type { Store } from '../store/store.js';
import { connectNats, queueNames, type QueueNames } from './queue.js';
import type { Heartbeat } from './worker.js';

export interface QueueStatus {
  nats: string;
  stream: { name: string; subject: string; messages: number; bytes: number; maxMessages: number; firstSeq: number; lastSeq: number } | null;
  consumer: {
    name: string;
    /** Documents in the stream not yet handed to any worker. */
    pending: number;
    /** Handed out, not yet acknowledged. */
    ackPending: number;
    /** Handed out more than once and not yet acknowledged. */
    redelivered: number;
    /** Pull requests waiting: idle worker capacity. */
    waiting: number;
    /** Deliveries so far, redeliveries included. */
    deliveries: number;
    /** Stream sequence below which everything is acknowledged. */
    ackFloor: number;
  } | null;
  deadLetters: number;
  workers: (Heartbeat & { alive: boolean; ageSeconds: number })[];
  /** Sum of the rates of the live workers, documents per second over the last minute. */
  throughput: number;
}

export interface StoreStatus {
  kind: 'embedded' | 'server';
  location: string;
  documents: number;
  coded: number;
  nearDuplicates: number;
}

/** A worker is considered alive when its last heartbeat is younger than this. */
const ALIVE_SECONDS = 15;

export async function queueStatus(natsUrl: string, names: QueueNames = queueNames()): Promise<QueueStatus> {
  const nc = await connectNats(natsUrl, 'escalade-status');
  try {
    const jsm = await jetstreamManager(nc);
    const result: QueueStatus = { nats: natsUrl, stream: null, consumer: null, deadLetters: 0, workers: [], throughput: 0 };
    const info = await jsm.streams.info(names.stream).catch(() => null);
    if (info) {
      result.stream = {
        name: names.stream,
        subject: names.subject,
        messages: info.state.messages,
        bytes: info.state.bytes,
        maxMessages: info.config.max_msgs,
        firstSeq: info.state.first_seq,
        lastSeq: info.state.last_seq,
      };
      const ci = await jsm.consumers.info(names.stream, names.consumer).catch(() => null);
      if (ci) {
        result.consumer = {
          name: names.consumer,
          pending: ci.num_pending,
          ackPending: ci.num_ack_pending,
          redelivered: ci.num_redelivered,
          waiting: ci.num_waiting,
          deliveries: ci.delivered.consumer_seq,
          ackFloor: ci.ack_floor.stream_seq,
        };
      }
    }
    const dead = await jsm.streams.info(names.deadStream).catch(() => null);
    result.deadLetters = dead?.state.messages ?? 0;

    const beats = await jsm.streams.info(names.heartbeatStream, { subjects_filter: `${names.heartbeatSubject}.*` }).catch(() => null);
    const subjects = Object.keys(beats?.state.subjects ?? {});
    const now = Date.now();
    for (const subject of subjects) {
      const stored = await jsm.streams.getMessage(names.heartbeatStream, { last_by_subj: subject }).catch(() => null);
      if (!stored) continue;
      try {
        const beat = stored.json<Heartbeat>();
        const ageSeconds = Math.max(0, Math.round((now - Date.parse(beat.at)) / 1_000));
        result.workers.push({ ...beat, alive: beat.state === 'running' && ageSeconds <= ALIVE_SECONDS, ageSeconds });
      } catch {
        // Not a heartbeat: ignore.
      }
    }
    result.workers.sort((a, b) => Number(b.alive) - Number(a.alive) || a.id.localeCompare(b.id));
    result.throughput = Math.round(result.workers.filter((w) => w.alive).reduce((sum, w) => sum + w.rate, 0) * 10) / 10;
    return result;
  } finally {
    await nc.close();
  }
}

export async function storeStatus(store: Store): Promise<StoreStatus> {
  const counts = await store.countDocuments();
  return { kind: store.kind, location: store.location, documents: counts.total, coded: counts.coded, nearDuplicates: counts.nearDuplicates };
}
