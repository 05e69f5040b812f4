// The process a stream worker runs in. V8 takes its garbage-collector flags only when node starts, so
// `escalade worker` started without them runs the same command line again in a child node that has them.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

/**
 * V8 flags for a stream worker. `--single-threaded-gc`: V8 otherwise collects on helper threads as well,
 * which only compete with the other workers and PostgreSQL once workers fill every core. On the 2-core
 * machine 2 workers coded 5–8 % more documents per second with it and 1 worker as many (docs/deployment.md).
 */
export const WORKER_NODE_FLAGS: readonly string[] = ['--single-threaded-gc'];

/** True when this node was started with every worker flag. */
export function hasWorkerFlags(): boolean {
  return WORKER_NODE_FLAGS.every((flag) => process.execArgv.includes(flag));
}

/**
 * Runs this process's command line again in a child node started with WORKER_NODE_FLAGS and resolves
 * with the child's exit status. SIGINT and SIGTERM are passed on; the child stops by itself when this
 * process dies, even by SIGKILL (see stopWhenParentDies).
 */
export function relaunchWithWorkerFlags(): Promise<number> {
  const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return new Promise((resolve) => {
    const done = (status: number) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(status);
    };
    child.once('error', () => done(1));
    child.once('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

/**
 * In a worker started by relaunchWithWorkerFlags: calls `stop` when the parent's IPC channel closes
 * (the parent died), and lets the process exit by itself once its work is done.
 */
export function stopWhenParentDies(stop: () => void): void {
  if (!process.send) return;
  process.channel?.unref();
  process.once('disconnect', stop);
}
