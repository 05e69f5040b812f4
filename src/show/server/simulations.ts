// Simulation runs started through the API: in-process, tracked by id, with progress and cancellation.
import { randomUUID } from 'node:crypto';
import type { SimulateModule, SimulationRunOptions } from './stages.js';

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface SimulationJob {
  id: string;
  scenario: string;
  options: { runs: number; horizonDays: number; seed: number; workers: number };
  status: JobStatus;
  /** 0..1 when the simulator reports counts, else null. */
  fraction: number | null;
  progress: unknown;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: unknown;
  controller: AbortController;
}

const KEEP_FINISHED = 50;

/** Reads a fraction out of whatever the simulator reports ({done,total}, {completed,runs}, a number...). */
export function progressFraction(progress: unknown, runs: number): number | null {
  if (typeof progress === 'number' && Number.isFinite(progress)) return progress > 1 ? Math.min(1, progress / runs) : Math.max(0, progress);
  if (progress && typeof progress === 'object') {
    const p = progress as Record<string, unknown>;
    if (typeof p.fraction === 'number') return Math.max(0, Math.min(1, p.fraction));
    const done = [p.done, p.completed, p.runsDone, p.finished].find((v) => typeof v === 'number') as number | undefined;
    const total = [p.total, p.runs, p.of].find((v) => typeof v === 'number') as number | undefined;
    if (done !== undefined) return Math.max(0, Math.min(1, done / (total ?? runs)));
  }
  return null;
}

export class SimulationJobs {
  private readonly jobs = new Map<string, SimulationJob>();

  constructor(private readonly maxRunning: number) {}

  running(): number {
    return [...this.jobs.values()].filter((j) => j.status === 'running').length;
  }

  canStart(): boolean {
    return this.running() < this.maxRunning;
  }

  get(id: string): SimulationJob | undefined {
    return this.jobs.get(id);
  }

  list(): SimulationJob[] {
    return [...this.jobs.values()].reverse();
  }

  start(simulate: SimulateModule, scenario: unknown, scenarioName: string, options: SimulationJob['options']): SimulationJob {
    const controller = new AbortController();
    const job: SimulationJob = {
      id: randomUUID(),
      scenario: scenarioName,
      options,
      status: 'running',
      fraction: 0,
      progress: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
      result: null,
      controller,
    };
    this.jobs.set(job.id, job);
    this.evict();
    const runOptions: SimulationRunOptions = {
      runs: options.runs,
      horizonDays: options.horizonDays,
      workers: options.workers,
      seed: options.seed,
      signal: controller.signal,
      onProgress: (done, total) => {
        job.progress = { done, total };
        job.fraction = progressFraction({ done, total }, options.runs) ?? job.fraction;
      },
    };
    // Let the response go out before a synchronous simulator takes the thread.
    setImmediate(() => {
      simulate
        .runSimulation(scenario, runOptions)
        .then((result) => {
          if (job.status !== 'running') return;
          job.result = result;
          job.status = 'done';
          job.fraction = 1;
        })
        .catch((error: unknown) => {
          if (job.status !== 'running') return;
          job.status = controller.signal.aborted ? 'cancelled' : 'failed';
          job.error = error instanceof Error ? error.message.split('\n')[0].slice(0, 500) : String(error);
        })
        .finally(() => {
          job.finishedAt = new Date().toISOString();
        });
    });
    return job;
  }

  cancel(id: string): SimulationJob | undefined {
    const job = this.jobs.get(id);
    if (job && job.status === 'running') {
      job.controller.abort();
      job.status = 'cancelled';
      job.finishedAt = new Date().toISOString();
    }
    return job;
  }

  cancelAll(): void {
    for (const job of this.jobs.values()) if (job.status === 'running') this.cancel(job.id);
  }

  private evict(): void {
    const finished = [...this.jobs.values()].filter((j) => j.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(job.id);
  }
}

/** The public view of a job (no controller, no result). */
export function jobView(job: SimulationJob) {
  return {
    id: job.id,
    scenario: job.scenario,
    options: job.options,
    status: job.status,
    fraction: job.fraction,
    progress: job.progress,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    error: job.error,
    links: { self: `/api/simulations/${job.id}`, result: `/api/simulations/${job.id}/result` },
  };
}
