// Worker thread: simulates the chunks the pool sends and posts their totals back.
import { parentPort } from 'node:worker_threads';
import { simulateChunk } from './model.js';
import type { ChunkTask } from './pool.js';

if (!parentPort) throw new Error('simulate/worker.ts must run in a worker thread');
const port = parentPort;
port.on('message', (task: ChunkTask) => {
  try {
    const totals = simulateChunk(task.model, task.seed, task.first, task.count, task.horizon);
    port.postMessage({ id: task.id, totals });
  } catch (error) {
    port.postMessage({ id: task.id, error: (error as Error).message });
  }
});
port.postMessage({ ready: true });
