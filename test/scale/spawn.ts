// Child worker processes for the scale tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerEvent } from '../../src/scale/worker.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const entry = join(root, 'test', 'scale', 'fixtures', 'worker-entry.ts');

export interface WorkerProcess {
  id: string;
  child: ChildProcess;
  events: WorkerEvent[];
  /** Resolves when the worker reports it is consuming. */
  ready: Promise<void>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  onEvent(listener: (event: WorkerEvent) => void): void;
  stderr(): string;
}

export function spawnWorker(id: string, env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, ...env, WORKER_ID: id },
    stdio: ['ignore', 'pipe', 'pipe'],
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
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let event: WorkerEvent;
    try {
      event = JSON.parse(line) as WorkerEvent;
    } catch {
      return;
    }
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
  return { id, child, events, ready, exited, onEvent: (l) => listeners.push(l), stderr: () => errors };
}
