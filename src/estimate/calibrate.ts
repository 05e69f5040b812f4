// Calibration: replay history day by day and fit the free scalars to the published forecasts,
// penalised toward their documented defaults (deterministic coordinate search on a log grid).
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import type { StoredEvent } from '../store/store.js';
import type { JudgedEvent } from '../judge/types.js';
import type { Doctrine } from '../judge/types.js';
import type { Relations } from '../judge/relations.js';
import { addDays } from '../judge/dates.js';
import { dataPath } from '../knowledge/load.js';
import { EscaladeError } from '../errors.js';
import { defaultFree, loadRiskModel, type RiskModel } from './model.js';
import { loadForecasts, FORECASTS_PATH, TIMELINE_PATH, type Forecasts } from './history.js';
import { preparedModel } from './risk.js';
import type { CalibrationReport, CalibrationRow, FreeParameters } from './types.js';

export interface CalibrateOptions {
  actor?: string;
  model?: RiskModel;
  forecasts?: Forecasts;
  relations?: Relations;
  doctrines?: Doctrine[];
  /** Recorded as fitted_at (default: now). */
  now?: string;
  /** Skip the day-by-day series Brier score (faster, for tests). */
  seriesStepDays?: number;
}

/** A published forecast the fit aims at: a calibration row before the model is run. */
type Target = Omit<CalibrationRow, 'model' | 'error' | 'looError' | 'looModel'>;

const KEYS = ['eventScale', 'priorScale', 'halfLifeScale'] as const;
type Key = (typeof KEYS)[number];
const MODEL_KEY: Record<Key, 'event_scale' | 'prior_scale' | 'half_life_scale'> = {
  eventScale: 'event_scale',
  priorScale: 'prior_scale',
  halfLifeScale: 'half_life_scale',
};

const logit = (p: number) => Math.log(p / (1 - p));
const clampP = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

function selectTargets(forecasts: Forecasts, model: RiskModel): { targets: Target[]; excluded: CalibrationReport['excluded'] } {
  const targets: Target[] = [];
  const excluded: CalibrationReport['excluded'] = [];
  for (const f of forecasts.forecasts) {
    const rule = model.calibration.forecasts.find(
      (r) => r.date === f.date && f.source.startsWith(r.source) && f.question.toLowerCase().includes(r.question_contains.toLowerCase()),
    );
    const base = { date: f.date, source: f.source, question: f.question };
    if (!rule) {
      excluded.push({ ...base, reason: 'not listed in data/risk/model.yaml calibration.forecasts' });
      continue;
    }
    if (!rule.include) {
      excluded.push({ ...base, reason: rule.reason });
      continue;
    }
    const horizon = f.horizon_days ?? rule.assumed_horizon_days ?? null;
    if (horizon === null) {
      excluded.push({ ...base, reason: 'no horizon stated or assumed' });
      continue;
    }
    const published = f.value ?? (f.low !== undefined && f.high !== undefined ? (f.low + f.high) / 2 : null);
    if (published === null) {
      excluded.push({ ...base, reason: 'no value or range' });
      continue;
    }
    const flags: string[] = [];
    if (f.value === undefined) flags.push('range midpoint');
    if (f.horizon_days === null) flags.push(`horizon assumed ${horizon} d`);
    if (/flag/.test(rule.reason) && f.horizon_days !== null) flags.push(rule.reason.replace(/\s*\(flag[^)]*\)/, '').trim());
    targets.push({ ...base, horizonDays: horizon, published, low: f.low ?? null, high: f.high ?? null, flags });
  }
  return { targets, excluded };
}

function errorOf(model: number, t: Target): number {
  if (t.low !== null && t.high !== null && model >= t.low && model <= t.high) return 0;
  return logit(clampP(model)) - logit(clampP(t.published));
}

function sigma(model: RiskModel, key: Key): number {
  const r = model.free[MODEL_KEY[key]];
  return (Math.log(r.high) - Math.log(r.low)) / 4;
}

function penalty(model: RiskModel, params: FreeParameters): number {
  return KEYS.reduce((s, k) => s + ((Math.log(params[k]) - Math.log(model.free[MODEL_KEY[k]].default)) / sigma(model, k)) ** 2, 0);
}

type Predict = (at: string, horizonDays: number, params: FreeParameters) => number;

function objective(model: RiskModel, predict: Predict, targets: Target[], params: FreeParameters): { data: number; penalty: number; total: number } {
  const data = targets.reduce((s, t) => s + errorOf(predict(t.date, t.horizonDays, params), t) ** 2, 0);
  const pen = penalty(model, params);
  return { data, penalty: pen, total: data + model.calibration.regularisation.lambda * pen };
}

function grid(model: RiskModel, key: Key): number[] {
  const r = model.free[MODEL_KEY[key]];
  const n = model.calibration.grid_points;
  const lo = Math.log(r.low);
  const hi = Math.log(r.high);
  const points = Array.from({ length: n }, (_, i) => Math.exp(lo + ((hi - lo) * i) / (n - 1)));
  points.push(r.default);
  return points.sort((a, b) => a - b);
}

/** Coordinate descent over the log grid, from the defaults; deterministic. */
function fit(model: RiskModel, predict: Predict, targets: Target[]): FreeParameters {
  let params = defaultFree(model);
  if (targets.length === 0) return params;
  let best = objective(model, predict, targets, params).total;
  for (let round = 0; round < model.calibration.rounds; round++) {
    let changed = false;
    for (const key of KEYS) {
      for (const value of grid(model, key)) {
        const trial = { ...params, [key]: value };
        const score = objective(model, predict, targets, trial).total;
        if (score < best - 1e-12) {
          best = score;
          params = trial;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return params;
}

/** Fits the free scalars to the published forecasts about the actor's nuclear use. */
export function calibrate(events: (StoredEvent | JudgedEvent)[], opts: CalibrateOptions = {}): CalibrationReport {
  const model = opts.model ?? loadRiskModel();
  const forecasts = opts.forecasts ?? loadForecasts();
  const actor = opts.actor ?? 'RUS';
  const { targets, excluded } = selectTargets(forecasts, model);
  if (targets.length === 0) throw new EscaladeError('no published forecast is selected for calibration (data/risk/model.yaml calibration.forecasts)');
  const predict = preparedModel(events, { actor, model, relations: opts.relations, doctrines: opts.doctrines });
  const defaults = defaultFree(model);
  const fitted = fit(model, predict, targets);
  const atFit = objective(model, predict, targets, fitted);
  const rows: CalibrationRow[] = targets.map((t, i) => {
    const modelValue = predict(t.date, t.horizonDays, fitted);
    const rest = targets.filter((_, j) => j !== i);
    const looParams = fit(model, predict, rest);
    const looModel = predict(t.date, t.horizonDays, looParams);
    return {
      date: t.date,
      source: t.source,
      question: t.question,
      horizonDays: t.horizonDays,
      published: t.published,
      low: t.low,
      high: t.high,
      model: modelValue,
      error: errorOf(modelValue, t),
      looModel,
      looError: errorOf(looModel, t),
      flags: t.flags,
    };
  });
  const rms = (xs: number[]) => Math.sqrt(xs.reduce((s, x) => s + x * x, 0) / xs.length);
  // Brier score against the realised outcome (no Russian nuclear use): (p - 0)^2.
  const step = opts.seriesStepDays ?? 1;
  const series: number[] = [];
  const horizon = 365;
  for (let d = model.calibration.series_from; d <= model.calibration.series_to; d = addDays(d, step)) series.push(predict(d, horizon, fitted));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    fittedAt: opts.now ?? new Date().toISOString(),
    rows,
    excluded,
    defaults,
    fitted,
    objective: {
      atDefaults: objective(model, predict, targets, defaults).total,
      atFit: atFit.total,
      dataTerm: atFit.data,
      penaltyTerm: atFit.penalty,
      lambda: model.calibration.regularisation.lambda,
    },
    rmsError: rms(rows.map((r) => r.error)),
    rmsLooError: rms(rows.map((r) => r.looError)),
    brier: {
      outcome: 0,
      model: mean(rows.map((r) => r.model ** 2)),
      forecasters: mean(rows.map((r) => r.published ** 2)),
      points: rows.length,
      seriesModel: mean(series.map((p) => p * p)),
      seriesPoints: series.length,
      seriesHorizonDays: horizon,
    },
    inputs: { events: events.length, timeline: TIMELINE_PATH, forecasts: FORECASTS_PATH, model: dataPath('risk', 'model.yaml') },
  };
}

/** Writes data/risk/fitted.yaml with how the parameters were obtained. */
export function writeFitted(report: CalibrationReport, path = dataPath('risk', 'fitted.yaml')): string {
  const round = (x: number) => Number(x.toPrecision(6));
  const doc = {
    version: 1,
    sources: ['escalade calibrate (src/estimate/calibrate.ts)', 'data/history/forecasts.json', 'data/history/timeline-2022-2024.json'],
    fitted_at: report.fittedAt,
    parameters: {
      event_scale: round(report.fitted.eventScale),
      prior_scale: round(report.fitted.priorScale),
      half_life_scale: round(report.fitted.halfLifeScale),
    },
    method: {
      objective: 'sum over selected forecasts of (logit(model) - logit(published))^2, 0 inside a published range, + lambda * sum(((ln theta - ln default) / sigma)^2), sigma = (ln high - ln low) / 4',
      search: 'coordinate descent on a log grid over each parameter range (data/risk/model.yaml calibration.grid_points, rounds), starting at the defaults',
      lambda: report.objective.lambda,
      objective_at_defaults: round(report.objective.atDefaults),
      objective_at_fit: round(report.objective.atFit),
      data_term: round(report.objective.dataTerm),
      penalty_term: round(report.objective.penaltyTerm),
      defaults: { event_scale: report.defaults.eventScale, prior_scale: report.defaults.priorScale, half_life_scale: report.defaults.halfLifeScale },
      inputs: { events: report.inputs.events, timeline: 'data/history/timeline-2022-2024.json', forecasts: 'data/history/forecasts.json', model: 'data/risk/model.yaml' },
      forecasts_used: report.rows.map((r) => ({ date: r.date, source: r.source, horizon_days: r.horizonDays, published: r.published, model: round(r.model), error: round(r.error), loo_error: round(r.looError), flags: r.flags })),
      forecasts_excluded: report.excluded,
      rms_error: round(report.rmsError),
      rms_loo_error: round(report.rmsLooError),
      brier: { model: round(report.brier.model), forecasters: round(report.brier.forecasters), series_model: round(report.brier.seriesModel), series_points: report.brier.seriesPoints },
    },
  };
  writeFileSync(path, `# Written by \`escalade calibrate --write\`; do not edit by hand.\n${stringify(doc)}`);
  return path;
}
