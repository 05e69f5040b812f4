// Simulation runs started through the API: in-process, tracked by id, with progress and cancellation.
import { randomUUID } from 'node:crypto';
import { runSimulation, type Scenario, type SimulationOptions, type SimulationResult } from '../../simulate/index.js';

export type JobStatus = 'running' | 'done' | 'failed' | 'cancelled';

export interface SimulationJob {
  id: string;
  scenario: string;
  options: { runs: number; horizonDays: number; seed: number; workers: number };
  status: JobStatus;
  /** 0..1. */
  fraction: number;
  /** Runs done out of the total the simulator reports (null until its first report). */
  progress: { done: number; total: number } | null;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: SimulationResult | null;
  controller: AbortController;
}

const KEEP_FINISHED = 50;

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

  start(scenario: Scenario, scenarioName: string, options: SimulationJob['options']): SimulationJob {
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
    const runOptions: SimulationOptions = {
      runs: options.runs,
      horizonDays: options.horizonDays,
      workers: options.workers,
      seed: options.seed,
      signal: controller.signal,
      onProgress: (done, total) => {
        job.progress = { done, total };
        if (total > 0) job.fraction = Math.max(0, Math.min(1, done / total));
      },
    };
    // Let the response go out before the simulator takes the thread (it runs in it with one worker).
    setImmediate(() => {
      runSimulation(scenario, runOptions)
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
