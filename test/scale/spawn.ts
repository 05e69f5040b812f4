// Child worker processes for the scale tests and the benchmark, started with the node flags `escalade worker` runs with.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerEvent } from '../../src/scale/worker.js';
import { WORKER_NODE_FLAGS } from '../../src/scale/worker-process.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'test', 'scale', 'fixtures', 'worker-entry.ts');

export interface WorkerProcess {
  id: string;
  child: ChildProcess;
  events: WorkerEvent[];
  /** Resolves when the worker reports it is consuming. */
  ready: Promise<void>;
  /** With WORKER_WAIT_FOR_GO=1: resolves when the worker has warmed up and waits for go(). */
  waiting: Promise<void>;
  /** Lets a waiting worker start consuming. */
  go(): void;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  onEvent(listener: (event: WorkerEvent) => void): void;
  stderr(): string;
}

export function spawnWorker(id: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, '--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, ...env, WORKER_ID: id },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const events: WorkerEvent[] = [];
  const listeners: ((event: WorkerEvent) => void)[] = [];
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4_000)));
  let markReady!: () => void;
  let failReady!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  let markWaiting!: () => void;
  const waiting = new Promise<void>((resolve) => (markWaiting = resolve));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let event: WorkerEvent | { type: 'waiting' };
    try {
      event = JSON.parse(line) as WorkerEvent | { type: 'waiting' };
    } catch {
      return;
    }
    if (event.type === 'waiting') return markWaiting();
    events.push(event);
    if (event.type === 'ready') markReady();
    for (const listener of listeners) listener(event);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      failReady(new Error(`worker ${id} exited (${code}) before it was ready: ${errors}`));
      resolve(code);
    }),
  );
  ready.catch(() => markWaiting()); // a worker that died is not waited for
  child.stdin!.on('error', () => undefined); // a worker that died cannot be told to go
  return { id, child, events, ready, waiting, go: () => child.stdin!.write('go\n'), exited, onEvent: (l) => listeners.push(l), stderr: () => errors };
}
