// Scenarios and simulation runs.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Api } from '../api.js';
import type { ServerContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { listScenarios, loadScenario, validateScenario, type Scenario } from '../../../simulate/index.js';
import { jobView, type SimulationJob } from '../simulations.js';

const scenarioName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$/, 'expected a scenario name (letters, digits, - _ .)');
const jobId = z.object({ id: z.uuid('expected a simulation id (UUID)') });

function loadNamedScenario(name: string): Scenario {
  try {
    return loadScenario(name);
  } catch (error) {
    throw new HttpProblem(404, `no scenario named ${name}: ${(error as Error).message.split('\n')[0].slice(0, 300)}`);
  }
}

export function registerSimulationRoutes(api: Api, ctx: ServerContext): void {
  const jobOr404 = (job: SimulationJob | undefined, id: string): SimulationJob => {
    if (!job) throw new HttpProblem(404, `no simulation with id ${id}`);
    return job;
  };

  api.route({
    method: 'GET',
    url: '/api/scenarios',
    tag: 'simulate',
    summary: 'Scenarios shipped with Escalade',
    access: 'read',
    handler: async () => ({ items: listScenarios() }),
  });

  api.route({
    method: 'GET',
    url: '/api/scenarios/:name',
    tag: 'simulate',
    summary: 'One scenario, to read or edit before running it',
    access: 'read',
    params: z.object({ name: scenarioName }),
    handler: async ({ params }) => {
      const scenario = loadNamedScenario(params.name);
      const entry = listScenarios().find((s) => s.name === params.name);
      let source: unknown = null;
      if (entry) {
        try {
          source = parseYaml(await readFile(entry.path, 'utf8'));
        } catch {
          source = null;
        }
      }
      return { name: params.name, scenario, source };
    },
  });

  api.route({
    method: 'POST',
    url: '/api/simulations',
    tag: 'simulate',
    summary: 'Start a simulation run (a named scenario or an edited one); answers 202 with the run id',
    access: 'write',
    status: 202,
    body: z
      .object({
        scenario: z.union([scenarioName, z.record(z.string(), z.unknown())]),
        runs: z.number().int().min(1).max(200_000).default(2000),
        horizonDays: z.number().int().min(1).max(3650).default(365),
        seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
        workers: z.number().int().min(1).max(8).default(1),
      })
      .strict(),
    handler: async ({ body, reply }) => {
      if (!ctx.jobs.canStart()) throw new HttpProblem(429, 'too many simulations are running; wait for one to finish');
      let scenario: Scenario;
      let name: string;
      if (typeof body.scenario === 'string') {
        name = body.scenario;
        scenario = loadNamedScenario(name);
      } else {
        try {
          scenario = validateScenario(body.scenario, 'request body');
        } catch (error) {
          throw new HttpProblem(422, `invalid scenario: ${(error as Error).message.split('\n')[0].slice(0, 500)}`);
        }
        const given = (body.scenario as { name?: unknown }).name;
        name = typeof given === 'string' ? given.slice(0, 80) : 'custom';
      }
      const job = ctx.jobs.start(scenario, name, {
        runs: body.runs,
        horizonDays: body.horizonDays,
        seed: body.seed ?? Math.floor(Math.random() * 2 ** 31),
        workers: body.workers,
      });
      reply.header('Location', `/api/simulations/${job.id}`);
      return jobView(job);
    },
  });

  api.route({
    method: 'GET',
    url: '/api/simulations',
    tag: 'simulate',
    summary: 'Recent simulation runs',
    access: 'read',
    handler: async () => ({ items: ctx.jobs.list().map(jobView) }),
  });

  api.route({
    method: 'GET',
    url: '/api/simulations/:id',
    tag: 'simulate',
    summary: 'Progress of a simulation run',
    access: 'read',
    params: jobId,
    handler: async ({ params }) => {
      return jobView(jobOr404(ctx.jobs.get(params.id), params.id));
    },
  });

  api.route({
    method: 'GET',
    url: '/api/simulations/:id/result',
    tag: 'simulate',
    summary: 'Result of a finished run (409 while it runs)',
    access: 'read',
    params: jobId,
    handler: async ({ params }) => {
      const job = jobOr404(ctx.jobs.get(params.id), params.id);
      if (job.status === 'running') throw new HttpProblem(409, `simulation ${params.id} is still running (${Math.round(job.fraction * 100)}%)`);
      if (job.status !== 'done') throw new HttpProblem(409, `simulation ${params.id} ${job.status}${job.error ? `: ${job.error}` : ''}`);
      return { ...jobView(job), result: job.result };
    },
  });

  api.route({
    method: 'DELETE',
    url: '/api/simulations/:id',
    tag: 'simulate',
    summary: 'Cancel a running simulation',
    access: 'write',
    params: jobId,
    handler: async ({ params }) => {
      return jobView(jobOr404(ctx.jobs.cancel(params.id), params.id));
    },
  });
}
