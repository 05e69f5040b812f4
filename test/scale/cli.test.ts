// The scale commands through the real CLI, on the machine's PostgreSQL and nats-server: migrate, ingest
// --queue, worker and status. `escalade worker` runs in a child node with the worker's V8 flags; that child
// stops on SIGTERM passed on by its launcher, and stops by itself when the launcher is killed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { jetstreamManager } from '@nats-io/jetstream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNats, queueNames } from '../../src/scale/queue.js';
import type { QueueStatus, StoreStatus } from '../../src/scale/status.js';
import { WORKER_NODE_FLAGS } from '../../src/scale/worker-process.js';
import { createTestDatabase, NATS_URL, natsAvailable, postgresAvailable, skipNote, uniquePrefix, type TestDatabase } from '../store/services.js';

const [pgUp, natsUp] = await Promise.all([postgresAvailable(), natsAvailable()]);
if (!pgUp) skipNote('PostgreSQL (test/scale/cli.test.ts)');
if (!natsUp) skipNote('nats-server (test/scale/cli.test.ts)');

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'escalade.js');

describe.skipIf(!pgUp || !natsUp)('scale commands (CLI)', () => {
  const prefix = uniquePrefix('cli');
  let database: TestDatabase;
  const env = () => ({ ...process.env, CI: 'true', ESCALADE_DATABASE_URL: database.url, ESCALADE_NATS_URL: NATS_URL, ESCALADE_QUEUE_PREFIX: prefix });
  const launched: ChildProcess[] = [];

  const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: env(), timeout: 120_000 });
  const status = () => {
    const result = cli('status', '--format', 'json');
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as { queue: QueueStatus; store: StoreStatus };
  };

  /** Starts `escalade worker`; resolves once it says it is consuming. */
  async function startWorker(): Promise<{ launcher: ChildProcess; stderr: () => string }> {
    const launcher = spawn(process.execPath, [bin, 'worker', '--concurrency', '1'], { cwd: root, env: env(), stdio: ['ignore', 'ignore', 'pipe'] });
    launched.push(launcher);
    let stderr = '';
    launcher.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    for (let waited = 0; !/consuming from/.test(stderr); waited += 100) {
      if (launcher.exitCode !== null || waited > 60_000) throw new Error(`worker did not start: ${stderr}`);
      await sleep(100);
    }
    return { launcher, stderr: () => stderr };
  }

  /** The pid of the live worker that heartbeats (its id is in the stream's heartbeat subjects). */
  async function liveWorkerPid(): Promise<number> {
    for (let waited = 0; waited < 20_000; waited += 250) {
      const live = status().queue.workers.filter((w) => w.alive && w.state === 'running');
      if (live.length === 1) return live[0].pid;
      await sleep(250);
    }
    throw new Error('no single live worker in status');
  }

  const running = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    for (const child of launched) child.kill('SIGKILL');
    await database?.drop();
    const nc = await connectNats(NATS_URL).catch(() => null);
    if (nc) {
      const names = queueNames(prefix);
      const jsm = await jetstreamManager(nc);
      for (const stream of [names.stream, names.deadStream, names.heartbeatStream]) await jsm.streams.delete(stream).catch(() => undefined);
      await nc.close();
    }
  });

  it('migrates, publishes the seeds, codes them with a worker, and stops it on SIGTERM', { timeout: 180_000 }, async () => {
    const migrate = cli('migrate');
    expect(migrate.status, migrate.stderr).toBe(0);
    expect(migrate.stdout).toMatch(/server store .*: \d+ migration\(s\) applied/);

    const published = cli('ingest', join(root, 'corpus', 'seeds'), '--queue', NATS_URL);
    expect(published.status, published.stderr).toBe(0);
    expect(published.stdout).toContain('ingest: 5 published');

    const worker = await startWorker();
    let store = status().store;
    for (let waited = 0; store.coded < 5 && waited < 60_000; waited += 250) {
      await sleep(250);
      store = status().store;
    }
    expect(store).toMatchObject({ kind: 'server', documents: 5, coded: 5 });

    // The worker that heartbeats is the launcher's child, started with the worker's V8 flags.
    const pid = await liveWorkerPid();
    expect(pid).not.toBe(worker.launcher.pid);
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    for (const flag of WORKER_NODE_FLAGS) expect(commandLine).toContain(flag);

    const exited = new Promise<number | null>((resolve) => worker.launcher.once('exit', resolve));
    worker.launcher.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(worker.stderr()).toMatch(/stopped: 5 processed/);
    expect(running(pid)).toBe(false);
  });

  it('stops the worker when its launcher is killed with SIGKILL', { timeout: 120_000 }, async () => {
    const worker = await startWorker();
    const pid = await liveWorkerPid();
    expect(running(pid)).toBe(true);
    worker.launcher.kill('SIGKILL');
    for (let waited = 0; running(pid) && waited < 15_000; waited += 100) await sleep(100);
    expect(running(pid)).toBe(false);
    const stopped = status().queue.workers.find((w) => w.pid === pid);
    expect(stopped?.state).toBe('stopped');
  });
});
