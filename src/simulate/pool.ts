// Spreads chunks of runs over worker threads (or runs them here when workers ≤ 1).
// Totals are integer counters summed per task, so the result does not depend on the split.
import { Worker } from 'node:worker_threads';
import { EscaladeError } from '../errors.js';
import { simulateChunk, type CompiledModel } from './model.js';
import type { RunTotals } from './types.js';

export interface ChunkTask {
  id: number;
  model: CompiledModel;
  seed: number;
  first: number;
  count: number;
  horizon: number;
}

interface WorkerReply {
  id?: number;
  totals?: RunTotals;
  error?: string;
  ready?: boolean;
}

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);

function aborted(): EscaladeError {
  return new EscaladeError('simulation aborted', 130);
}

/** Runs every task; `onDone` is called once per finished task (any order). Results are by task index. */
export async function runTasks(
  tasks: ChunkTask[],
  workers: number,
  onDone: (task: ChunkTask) => void,
  signal?: AbortSignal,
): Promise<RunTotals[]> {
  const results: RunTotals[] = new Array<RunTotals>(tasks.length);
  if (signal?.aborted) throw aborted();
  if (workers <= 1 || tasks.length <= 1) {
    for (const task of tasks) {
      results[task.id] = simulateChunk(task.model, task.seed, task.first, task.count, task.horizon);
      onDone(task);
      // Let progress bars draw and abort signals arrive between chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (signal?.aborted) throw aborted();
    }
    return results;
  }

  const size = Math.min(workers, tasks.length);
  const pool: Worker[] = [];
  let nextTask = 0;
  let finished = 0;
  return await new Promise<RunTotals[]>((resolve, reject) => {
    let settled = false;
    const stop = (error?: Error) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const onAbort = () => stop(aborted());
    signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (worker: Worker) => {
      if (nextTask < tasks.length) worker.postMessage(tasks[nextTask++]);
    };
    for (let i = 0; i < size; i++) {
      // execArgv: [] keeps the parent's loader flags (vitest, --import tsx) from being re-applied;
      // the bootstrap registers tsx itself.
      const worker = new Worker(BOOTSTRAP, { execArgv: [] });
      pool.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.ready) {
          feed(worker);
          return;
        }
        if (reply.error !== undefined || !reply.totals || reply.id === undefined) {
          stop(new Error(`simulation worker failed: ${reply.error ?? 'no result'}`));
          return;
        }
        results[reply.id] = reply.totals;
        finished++;
        onDone(tasks[reply.id]);
        if (finished === tasks.length) stop();
        else feed(worker);
      });
      worker.on('error', (error) => stop(new Error(`simulation worker failed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) stop(new Error(`simulation worker exited with code ${code}`));
      });
    }
  });
}
