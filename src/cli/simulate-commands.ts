// Commands of the simulate stage: `escalade simulate [SCENARIO] ...`.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { EscaladeError } from '../errors.js';
import { ladderState } from '../judge/index.js';
import {
  initialStateFromLevels,
  listScenarios,
  loadScenario,
  runSimulation,
  withInitialState,
  type Proportion,
  type Scenario,
  type SimulationResult,
} from '../simulate/index.js';
import { action, interactive, parseDate, parseFormat, parsePositiveInt, printRows, storeFlags, withStore, type StoreFlags } from './common.js';

interface SimulateFlags extends StoreFlags {
  runs?: string;
  horizon?: string;
  seed?: string;
  workers?: string;
  fromMonitor?: boolean;
  at?: string;
  format?: string;
  sensitivity?: boolean;
  sensitivityRuns?: string;
  list?: boolean;
}

const DEFAULT_SCENARIO = 'measured-2024-11-20';

export function registerSimulateCommands(program: Command): void {
  const command = program
    .command('simulate')
    .description('Monte Carlo escalation: P(nuclear use) over a horizon, deliberate vs inadvertent, max rung, survival, sensitivity')
    .argument('[scenario]', `scenario file (.yaml) or name in data/scenarios (default ${DEFAULT_SCENARIO})`)
    .option('--runs <n>', 'number of runs', '10000')
    .option('--horizon <days>', 'horizon in days (default: the scenario\'s, else 365)')
    .option('--seed <s>', 'random seed (integer 0..4294967295)', '1')
    .option('--workers <k>', 'worker threads (default: all cores for large jobs)')
    .option('--from-monitor', 'start from the rungs the monitor measures (judge ladderState over the store)')
    .option('--at <date>', 'with --from-monitor: the date of the measurement (YYYY-MM-DD)')
    .option('--no-sensitivity', 'skip the one-at-a-time sensitivity table')
    .option('--sensitivity-runs <n>', 'runs per sensitivity point (default runs/5)')
    .option('--list', 'list the bundled scenarios and exit')
    .option('--format <format>', 'table or json', 'table');
  storeFlags(command).action(
    action(async (name: string | undefined, flags: SimulateFlags) => {
      const format = parseFormat(flags.format, ['table', 'json']);
      if (flags.list) {
        printRows(listScenarios(), [
          { header: 'name', value: (s) => s.name },
          { header: 'title', value: (s) => s.title, width: 80 },
        ], format);
        return;
      }
      const runs = parsePositiveInt(flags.runs, '--runs', 10000);
      const seed = parseSeed(flags.seed);
      const workers = flags.workers === undefined ? undefined : parsePositiveInt(flags.workers, '--workers', 1);
      const sensitivityRuns = flags.sensitivityRuns === undefined ? undefined : parsePositiveInt(flags.sensitivityRuns, '--sensitivity-runs', 1);
      if (flags.at !== undefined && !flags.fromMonitor) throw new EscaladeError('--at goes with --from-monitor', 2);
      let scenario = loadScenario(name ?? DEFAULT_SCENARIO);
      const horizonDays = parsePositiveInt(flags.horizon, '--horizon', scenario.horizonDays ?? 365);

      const monitorAt = flags.fromMonitor ? parseDate(flags.at, '--at') ?? (scenario.start.kind === 'monitor' ? scenario.start.at : undefined) : scenario.start.kind === 'monitor' ? scenario.start.at : undefined;
      if (flags.fromMonitor && !monitorAt) throw new EscaladeError('--from-monitor needs --at DATE (YYYY-MM-DD)', 2);
      if (monitorAt) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(monitorAt)) throw new EscaladeError(`--at must be a full date YYYY-MM-DD (got "${monitorAt}")`, 2);
        scenario = await fromMonitor(scenario, monitorAt, flags);
      }

      const bar = interactive() && format === 'table'
        ? new cliProgress.SingleBar({ format: 'simulate {bar} {percentage}% | {value}/{total} runs | ETA {eta}s', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic)
        : null;
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      let result: SimulationResult;
      let started = false;
      try {
        result = await runSimulation(scenario, {
          runs,
          horizonDays,
          seed,
          workers,
          sensitivity: flags.sensitivity !== false,
          sensitivityRuns,
          signal: controller.signal,
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, done);
              started = true;
            } else bar.update(done);
          },
        });
      } finally {
        bar?.stop();
        process.off('SIGINT', onSignal);
      }
      if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else process.stdout.write(renderTable(result));
    }),
  );
}

function parseSeed(value: string | undefined): number {
  const n = Number(value ?? '1');
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new EscaladeError(`--seed must be an integer 0..4294967295 (got "${value}")`, 2);
  return n;
}

/** Replaces the scenario's starting rungs by the judge's ladder state over the store's events. */
async function fromMonitor(scenario: Scenario, at: string, flags: StoreFlags): Promise<Scenario> {
  const report = await withStore(flags, async (store) => ladderState(await store.listEvents({ until: at }), { at }));
  if (report.actors.length === 0) throw new EscaladeError(`the monitor has no ladder movement up to ${at}: ingest and code events first (escalade ingest, escalade extract)`);
  const start = scenario.start;
  const posture = start.kind === 'monitor' ? start.posture : Object.fromEntries(Object.entries(start.state.actors).map(([id, s]) => [id, s.posture]));
  const resolve = start.kind === 'monitor' ? start.resolve : Object.fromEntries(Object.entries(start.state.actors).map(([id, s]) => [id, s.resolve]));
  const state = initialStateFromLevels(
    report.actors.map((a) => ({ actor: a.actor, level: a.rung })),
    { at, parameters: scenario.parameters, posture, resolve, origin: `monitor ladder state at ${at}` },
  );
  return withInitialState(scenario, state);
}

const pct = (p: number, digits = 2) => `${(100 * p).toFixed(digits)}%`;
const withCi = (x: Proportion) => `${pct(x.p)} (95% CI ${pct(x.ci95.low)}–${pct(x.ci95.high)})`;

export function renderTable(r: SimulationResult): string {
  const lines: string[] = [];
  lines.push(`Scenario ${r.scenario.name}: ${r.scenario.title}`);
  lines.push(`Start (${r.initialState.at ?? 'undated'}, ${r.initialState.origin}):`);
  for (const [id, s] of Object.entries(r.initialState.actors)) {
    lines.push(`  ${id.padEnd(4)} rung ${s.rung}  ${s.posture.padEnd(17)} resolve ${s.resolve.toFixed(2)}  doctrine ${s.doctrine ?? '-'}`);
  }
  for (const e of r.scenario.events) lines.push(`  day ${e.day}: ${e.kind} ${e.actors.join(', ')}${e.rung !== undefined ? ` rung ${e.rung}` : ''}${e.massive ? ' massive' : ''} — ${e.note}`);
  lines.push(`Runs ${r.runs}, horizon ${r.horizonDays} days, seed ${r.seed}, workers ${r.workers}, parameters v${r.parametersVersion}, ${(r.elapsedMs / 1000).toFixed(1)} s`);
  lines.push('');
  lines.push(`P(nuclear use within ${r.horizonDays} days): ${withCi(r.pUse)}`);
  lines.push(`  deliberate ${withCi(r.deliberateShare)} of uses; inadvertent (launch on a false alarm) ${withCi(r.inadvertentShare)}`);
  lines.push(`  first use by: ${Object.entries(r.byActor).filter(([, v]) => v.count > 0).map(([id, v]) => `${id} ${pct(v.p)}`).join(', ') || 'none'}`);
  lines.push(`  de-escalated (every actor at rung ≤ ${r.parameters.ladder.de_escalated_max_rung} at the horizon, no use): ${withCi(r.deEscalated)}`);
  lines.push('');
  lines.push('Maximum rung reached (any actor):');
  for (const m of r.maxRung) {
    if (m.count === 0) continue;
    lines.push(`  ${String(m.rung).padStart(2)} ${m.name.padEnd(44)} ${pct(m.share, 1).padStart(6)} ${'#'.repeat(Math.round(m.share * 40))}`);
  }
  lines.push('');
  lines.push('Survival, P(no use yet):');
  for (const s of r.survival) lines.push(`  day ${String(s.day).padStart(4)}  ${pct(s.pNoUse)}  (95% CI ${pct(s.ci95.low)}–${pct(s.ci95.high)})`);
  if (r.sensitivity.length > 0) {
    lines.push('');
    lines.push(`Sensitivity (one at a time, ${r.sensitivity[0].pUseAtLow.of} runs per point, same seed; largest swing first):`);
    const rows = r.sensitivity.map((s) => [s.parameter, fmt(s.low), fmt(s.high), pct(s.pUseAtLow.p), pct(s.pUseAtHigh.p), `${s.swing >= 0 ? '+' : ''}${(100 * s.swing).toFixed(2)} pts`]);
    const header = ['parameter', 'low', 'high', 'P(use)@low', 'P(use)@high', 'swing'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    for (const row of [header, ...rows]) lines.push(`  ${row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()}`);
  }
  lines.push('');
  const fit = r.derived.falseAlarmFit;
  lines.push(`False-alarm rate fit: ${fit.incidents} incidents ${fit.first}..${fit.last} (${fit.spanYears.toFixed(1)} y) → ${fit.ratePerYear.toFixed(3)}/y, Gamma 95% ${fit.ci95.low.toFixed(3)}–${fit.ci95.high.toFixed(3)}`);
  for (const n of r.notes) lines.push(`Note: ${n}`);
  return `${lines.join('\n')}\n`;
}

function fmt(x: number): string {
  return Math.abs(x) >= 0.01 || x === 0 ? String(Number(x.toPrecision(3))) : x.toExponential(1);
}
