// Commands of the judge and estimate stages: doctrine, ladder, risk, calibrate, events merge/split.
import type { Command } from 'commander';
import { EscaladeError } from '../errors.js';
import { hasEmbeddedStore, type Store } from '../store/store.js';
import {
  evaluateDoctrines,
  ladderState,
  loadJudgedEvents,
  loadEventClusters,
  recordClusterDecision,
  resolveEventIds,
  updateEventClusters,
  type JudgedEvent,
} from '../judge/index.js';
import { today } from '../judge/dates.js';
import { calibrate, estimateRisk, loadTimelineEvents, riskSeries, writeFitted } from '../estimate/index.js';
import type { StoredEvent } from '../store/store.js';
import { action, parseDate, parseFormat, parsePositiveInt, printRows, storeFlags, withStore, type StoreFlags } from './common.js';

interface JudgeFlags extends StoreFlags {
  actor?: string;
  at?: string;
  format?: string;
  history?: boolean;
  store?: boolean;
}

const pct = (p: number) => (Number.isFinite(p) ? `${(p * 100).toFixed(2)}%` : '-');
const num = (x: number, digits = 3) => (Number.isFinite(x) ? x.toFixed(digits) : '-');

/** The store's events (clustered, current) plus, on request, the coded 2022-2024 timeline. */
async function loadEvents(flags: JudgeFlags): Promise<(StoredEvent | JudgedEvent)[]> {
  const events: (StoredEvent | JudgedEvent)[] = flags.history ? loadTimelineEvents() : [];
  const useStore = flags.store !== false && (flags.database || process.env.ESCALADE_DATABASE_URL || hasEmbeddedStore(flags.data ?? '.escalade'));
  if (!useStore) {
    if (!flags.history) throw new EscaladeError(`no store in ${flags.data ?? '.escalade'}: ingest documents first, or add --history to use the coded 2022-2024 timeline`);
    return events;
  }
  const stored = await withStore(flags, async (store: Store) => {
    await updateEventClusters(store);
    return loadJudgedEvents(store);
  });
  return [...events, ...stored];
}

function atOf(flags: JudgeFlags): string {
  return parseDate(flags.at, '--at') ?? today();
}

function withSourceFlags(command: Command): Command {
  return storeFlags(command)
    .option('--history', 'add the coded 2022-2024 timeline (data/history) to the stored events')
    .option('--no-store', 'do not read the store (with --history)');
}

export function registerJudgeCommands(program: Command, context: { events: Command }): void {
  withSourceFlags(
    program
      .command('doctrine')
      .description('each condition of the doctrine in force, with its status (met, approached, not met) and the events behind it')
      .option('--actor <id>', 'doctrine owner, e.g. RUS (default: every actor with a doctrine)')
      .option('--at <date>', 'evaluation date YYYY-MM-DD (default: today)')
      .option('--format <format>', 'table or json', 'table'),
  ).action(
    action(async (flags: JudgeFlags) => {
      const format = parseFormat(flags.format, ['table', 'json']);
      const at = atOf(flags);
      const events = await loadEvents(flags);
      const reports = evaluateDoctrines(events as StoredEvent[], { actor: flags.actor, at });
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
        return;
      }
      for (const r of reports) {
        if (!r.doctrine) {
          process.stdout.write(`${r.actor} at ${r.at}: no doctrine in force in data/doctrines\n\n`);
          continue;
        }
        const d = r.doctrine;
        process.stdout.write(`${r.actor} at ${r.at}: ${d.id} — ${d.title} (valid ${d.validFrom} .. ${d.validTo ?? 'now'})\n  source: ${d.sources.join('; ')}\n`);
        for (const c of r.conditions) {
          process.stdout.write(`  [${c.status.replace('_', ' ').toUpperCase()}] ${c.ref} ${c.id}: ${c.text}\n`);
          for (const e of c.evidence.slice(0, 6)) {
            const who = e.attributedTo ? ` (${e.attributedTo})` : '';
            process.stdout.write(
              `      ${e.status} · ${e.date} · ${e.type} ${e.actor}${e.target ? `→${e.target}` : ''} ${e.polarity}${who} · ${e.reason}\n        "${e.text.replace(/\s+/g, ' ').slice(0, 200)}"\n        ${e.source} [${e.eventId}]${e.mentions > 1 ? ` +${e.mentions - 1} mentions` : ''}\n`,
            );
          }
          if (c.evidence.length > 6) process.stdout.write(`      … ${c.evidence.length - 6} more (--format json)\n`);
        }
        for (const restraint of r.restraints) process.stdout.write(`  restraint: ${restraint}\n`);
        process.stdout.write('\n');
      }
    }),
  );

  withSourceFlags(
    program
      .command('ladder')
      .description("each actor's current rung on the escalation ladder, the events that put it there, and its decay")
      .option('--at <date>', 'date YYYY-MM-DD (default: today)')
      .option('--actor <id>', 'only this actor')
      .option('--format <format>', 'table or json', 'table'),
  ).action(
    action(async (flags: JudgeFlags) => {
      const format = parseFormat(flags.format, ['table', 'json']);
      const at = atOf(flags);
      const report = ladderState((await loadEvents(flags)) as StoredEvent[], { at, actors: flags.actor ? [flags.actor] : undefined });
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      process.stdout.write(`Escalation ladder at ${report.at} (data/ladder.yaml, half-life ${report.halfLifeDays} d)\n`);
      for (const a of report.actors) {
        const peak = a.peak ? `peak level ${a.peak.level.toFixed(1)} on ${a.peak.date}` : '';
        const next = a.decay[0] ? `, decays to ${a.decay[0].rung} by ${a.decay[0].date}` : '';
        process.stdout.write(`\n${a.actor}: rung ${a.rung} ${a.rungName} (decayed level ${a.level.toFixed(2)}; ${peak}${next})\n`);
        for (const e of a.events) process.stdout.write(`    ${e.date} ${e.type} (rung ${e.level}) "${e.text.replace(/\s+/g, ' ').slice(0, 140)}" — ${e.source}\n`);
      }
    }),
  );

  withSourceFlags(
    program
      .command('risk')
      .description('probability that an actor uses a nuclear weapon within the horizon, with an uncertainty interval')
      .option('--actor <id>', 'actor', 'RUS')
      .option('--at <date>', 'date YYYY-MM-DD (default: today)')
      .option('--horizon <days>', 'horizon in days (30, 90, 365...)', '365')
      .option('--explain', 'list the contributions in log-odds, largest first, with their evidence')
      .option('--series', 'a series from --from to --to')
      .option('--from <date>', 'series start')
      .option('--to <date>', 'series end (default: today)')
      .option('--step <days>', 'series step in days', '7')
      .option('--samples <n>', 'parameter draws for the interval')
      .option('--seed <n>', 'seed of the draws')
      .option('--format <format>', 'table, json or csv', 'table'),
  ).action(
    action(
      async (
        flags: JudgeFlags & { horizon?: string; explain?: boolean; series?: boolean; from?: string; to?: string; step?: string; samples?: string; seed?: string },
      ) => {
        const format = parseFormat(flags.format);
        const actor = flags.actor ?? 'RUS';
        const horizonDays = parsePositiveInt(flags.horizon, '--horizon', 365);
        const samples = flags.samples === undefined ? undefined : parsePositiveInt(flags.samples, '--samples', 500);
        const seed = flags.seed === undefined ? undefined : parsePositiveInt(flags.seed, '--seed', 1);
        if (flags.series) {
          const from = parseDate(flags.from, '--from');
          if (!from) throw new EscaladeError('--series needs --from YYYY-MM-DD', 2);
          const to = parseDate(flags.to, '--to') ?? today();
          const stepDays = parsePositiveInt(flags.step, '--step', 7);
          const points = riskSeries(await loadEvents(flags), { actor, from, to, horizonDays, stepDays, samples, seed });
          printRows(
            points,
            [
              { header: 'date', value: (p) => p.date },
              { header: 'probability', value: (p) => (format === 'table' ? pct(p.probability) : p.probability) },
              { header: 'low', value: (p) => (format === 'table' ? pct(p.low) : p.low) },
              { header: 'high', value: (p) => (format === 'table' ? pct(p.high) : p.high) },
              { header: 'log_odds', value: (p) => (format === 'table' ? num(p.logOdds) : p.logOdds) },
            ],
            format,
          );
          return;
        }
        const at = atOf(flags);
        const r = estimateRisk(await loadEvents(flags), { actor, at, horizonDays, samples, seed });
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        if (format === 'csv') {
          printRows(
            r.contributions,
            [
              { header: 'log_odds', value: (c) => c.logOdds },
              { header: 'kind', value: (c) => c.kind },
              { header: 'event_id', value: (c) => c.eventId },
              { header: 'type', value: (c) => c.type },
              { header: 'actor', value: (c) => c.actor },
              { header: 'polarity', value: (c) => c.polarity },
              { header: 'date', value: (c) => c.date },
              { header: 'attributed_to', value: (c) => c.attributedTo },
              { header: 'credibility', value: (c) => c.credibility },
              { header: 'evidence', value: (c) => c.evidence },
              { header: 'source', value: (c) => c.source },
              { header: 'document', value: (c) => c.documentId },
              { header: 'note', value: (c) => c.note },
            ],
            'csv',
          );
          return;
        }
        if (!r.nuclearArmed) {
          process.stdout.write(`${r.actor} nuclear use within ${r.horizonDays} days of ${r.at}: 0 — ${r.note ?? 'not a nuclear-armed state'}\n`);
          return;
        }
        process.stdout.write(
          `${r.actor} nuclear use within ${r.horizonDays} days of ${r.at}: ${pct(r.probability)} (${Math.round(r.interval.lowPercentile * 100)}-${Math.round(r.interval.highPercentile * 100)}th percentile ${pct(r.low)} .. ${pct(r.high)}, ${r.interval.samples} parameter draws, seed ${r.interval.seed})\n` +
            `  prior ${pct(r.prior.probability)} (annual ${pct(r.prior.annual)}: ${r.prior.source}); ${r.events} events from ${r.mentions} mentions; doctrine ${r.doctrine ?? 'none'}; parameters ${r.parameters.origin} (event ×${num(r.parameters.eventScale, 2)}, prior ×${num(r.parameters.priorScale, 2)}, half-life ×${num(r.parameters.halfLifeScale, 2)})\n`,
        );
        if (!flags.explain) return;
        process.stdout.write(`\n  log-odds  what\n  ${num(r.prior.logOdds).padStart(8)}  prior\n`);
        for (const c of r.contributions) {
          const what = c.kind === 'doctrine' ? `doctrine ${c.condition!.doctrine} ${c.condition!.ref} ${c.condition!.id} ${c.condition!.status}` : `${c.type} ${c.actor}${c.target ? `→${c.target}` : ''} ${c.polarity}`;
          process.stdout.write(
            `  ${(c.logOdds >= 0 ? '+' : '') + num(c.logOdds)}  ${c.date} ${what}${c.mentions > 1 ? ` (${c.mentions} mentions)` : ''}${c.contradicted ? ' [contradicted]' : ''}\n` +
              `            "${c.evidence.replace(/\s+/g, ' ').slice(0, 200)}"\n            ${c.attributedTo ?? 'no attribution'} (${c.credibility ?? 'doctrine'}) · ${c.source} [${c.eventId}] · ${c.note}\n`,
          );
        }
        const sum = r.prior.logOdds + r.contributions.reduce((s, c) => s + c.logOdds, 0);
        process.stdout.write(`  ${num(sum).padStart(8)}  total log-odds = ${pct(1 / (1 + Math.exp(-sum)))}\n`);
      },
    ),
  );

  storeFlags(
    program
      .command('calibrate')
      .description('fit the risk model to the published forecasts (data/history), report errors and Brier scores')
      .option('--actor <id>', 'actor', 'RUS')
      .option('--format <format>', 'table or json', 'table')
      .option('--write', 'write the fitted parameters to data/risk/fitted.yaml')
      .option('--no-store', 'use only the coded timeline, not the stored events'),
  ).action(
    action(async (flags: JudgeFlags & { write?: boolean }) => {
      const format = parseFormat(flags.format, ['table', 'json']);
      const events = await loadEvents({ ...flags, history: true });
      const report = calibrate(events, { actor: flags.actor ?? 'RUS' });
      if (flags.write) report.fittedAt = new Date().toISOString();
      if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printCalibration(report);
      if (flags.write) process.stderr.write(`wrote ${writeFitted(report)}\n`);
    }),
  );

  storeFlags(
    context.events
      .command('merge')
      .description('merge event mentions or clusters into one event (recorded; survives re-clustering)')
      .argument('<ids...>', 'event mention ids or cluster ids (ev-...)')
      .option('--note <text>', 'why'),
  ).action(
    action(async (ids: string[], flags: StoreFlags & { note?: string }) => {
      if (ids.length < 2) throw new EscaladeError('merge needs at least two ids', 2);
      await withStore(flags, async (store) => {
        await updateEventClusters(store);
        const eventIds = await resolveEventIds(store, ids);
        const decision = await recordClusterDecision(store, { kind: 'merge', eventIds }, flags.note ?? null);
        const clusters = await loadEventClusters(store);
        const merged = clusters.find((c) => c.events.some((e) => e.id === eventIds[0]));
        process.stdout.write(`decision ${decision.id}: merged ${eventIds.length} mentions into ${merged?.clusterId ?? '?'}\n`);
      });
    }),
  );

  storeFlags(
    context.events
      .command('split')
      .description('split an event: a mention id leaves its cluster; a cluster id is split into its mentions (recorded)')
      .argument('<id>', 'event mention id or cluster id (ev-...)')
      .option('--note <text>', 'why'),
  ).action(
    action(async (id: string, flags: StoreFlags & { note?: string }) => {
      await withStore(flags, async (store) => {
        await updateEventClusters(store);
        const eventIds = await resolveEventIds(store, [id]);
        const decision = await recordClusterDecision(store, { kind: 'split', eventIds }, flags.note ?? null);
        process.stdout.write(`decision ${decision.id}: split ${eventIds.length} mention(s) into their own events\n`);
      });
    }),
  );

  storeFlags(
    context.events
      .command('clusters')
      .description('list events (clusters of mentions) with their evidence count and contradictions')
      .option('--actor <id>', 'actor id')
      .option('--type <type>', 'event type')
      .option('--format <format>', 'table, json or csv', 'table'),
  ).action(
    action(async (flags: StoreFlags & { actor?: string; type?: string; format?: string }) => {
      const format = parseFormat(flags.format);
      const clusters = await withStore(flags, async (store) => {
        await updateEventClusters(store);
        return loadEventClusters(store, { actor: flags.actor, type: flags.type });
      });
      printRows(
        clusters,
        [
          { header: 'cluster', value: (c) => c.clusterId },
          { header: 'type', value: (c) => c.events[0].type },
          { header: 'actor', value: (c) => c.events[0].actor },
          { header: 'target', value: (c) => c.events[0].target },
          { header: 'polarity', value: (c) => c.events[0].polarity },
          { header: 'mentions', value: (c) => c.events.length },
          { header: 'contradicted_by', value: (c) => (c.events[0].contradictedBy ?? []).join(' ') },
          { header: 'evidence', value: (c) => c.events[0].evidence.text, width: 70 },
        ],
        format,
      );
    }),
  );
}

function printCalibration(report: ReturnType<typeof calibrate>): void {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`Calibration of the risk model against published forecasts (outcome so far: no nuclear use)`);
  out(`fitted: event_scale ${num(report.fitted.eventScale)} (default ${report.defaults.eventScale}), prior_scale ${num(report.fitted.priorScale)} (default ${report.defaults.priorScale}), half_life_scale ${num(report.fitted.halfLifeScale)} (default ${report.defaults.halfLifeScale})`);
  out(`objective: ${num(report.objective.atDefaults)} at defaults -> ${num(report.objective.atFit)} at fit (data ${num(report.objective.dataTerm)} + ${report.objective.lambda} x penalty ${num(report.objective.penaltyTerm)})`);
  out('');
  printRows(
    report.rows,
    [
      { header: 'date', value: (r) => r.date },
      { header: 'source', value: (r) => r.source, width: 34 },
      { header: 'horizon', value: (r) => `${r.horizonDays} d` },
      { header: 'published', value: (r) => (r.low !== null && r.high !== null ? `${pct(r.published)} [${pct(r.low)}-${pct(r.high)}]` : pct(r.published)) },
      { header: 'model', value: (r) => pct(r.model) },
      { header: 'error (logit)', value: (r) => num(r.error, 2) },
      { header: 'LOO model', value: (r) => pct(r.looModel) },
      { header: 'LOO error', value: (r) => num(r.looError, 2) },
      { header: 'flags', value: (r) => r.flags.join('; '), width: 50 },
    ],
    'table',
  );
  out(`RMS error ${num(report.rmsError, 2)} logit; leave-one-out RMS error ${num(report.rmsLooError, 2)} logit`);
  out('');
  out('excluded:');
  for (const e of report.excluded) out(`  ${e.date} ${e.source}: ${e.question} — ${e.reason}`);
  out('');
  const b = report.brier;
  out(`Brier score against the realised outcome (0): model ${b.model.toFixed(4)} vs forecasters ${b.forecasters.toFixed(4)} at the ${b.points} forecast points; model daily series (${b.seriesHorizonDays} d horizon, ${b.seriesPoints} days) ${b.seriesModel.toFixed(4)}.`);
  out('  A lower Brier score here only means lower probabilities: one unrealised outcome cannot tell a calibrated 10% from an overconfident 1%.');
}
