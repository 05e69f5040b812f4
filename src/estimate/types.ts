// Types of the estimate stage: the risk estimate, its explanation, the series, the calibration.
import type { ConditionStatus, EventType, Polarity } from '../types.js';

export type CredibilityClass = 'official' | 'unnamed_official' | 'analyst' | 'media';
export type EventRole = 'self' | 'opponent';

/** One additive term of the estimate, in log-odds. */
export interface Contribution {
  kind: 'event' | 'doctrine';
  eventId: string;
  clusterId: string | null;
  type: EventType;
  actor: string;
  target: string | null;
  polarity: Polarity;
  role: EventRole | null;
  date: string;
  ageDays: number;
  logOdds: number;
  /** Evidence sentence and where it comes from. */
  evidence: string;
  source: string;
  documentId: string;
  attributedTo: string | null;
  credibility: CredibilityClass | null;
  /** Mentions of the same event (all kept as evidence; the best-sourced one counts). */
  mentions: number;
  contradicted: boolean;
  /** For doctrine terms: which condition, in which status. */
  condition?: { doctrine: string; id: string; ref: string; status: Exclude<ConditionStatus, 'not_met'> };
  /** How the number was obtained (weight × factors, saturation). */
  note: string;
}

export interface FreeParameters {
  eventScale: number;
  priorScale: number;
  halfLifeScale: number;
}

export interface RiskEstimate {
  actor: string;
  at: string;
  horizonDays: number;
  probability: number;
  /** Percentiles of the parameter-uncertainty distribution (see low/high percentiles). */
  low: number;
  high: number;
  interval: { lowPercentile: number; highPercentile: number; samples: number; seed: number };
  logOdds: number;
  /**
   * annual = world_annual x share (alliance: any nuclear member) x prior_scale, at the defaults.
   * For an actor that is not nuclear-armed: probability 0, logOdds -Infinity (null in JSON).
   */
  prior: {
    probability: number;
    logOdds: number;
    annual: number;
    source: string;
    basis: 'share' | 'alliance' | 'not_nuclear';
    worldAnnual: number;
    share: number | null;
  };
  /** False for an actor without nuclear weapons: probability 0, no terms, see `note`. */
  nuclearArmed: boolean;
  note: string | null;
  /** Sorted by |logOdds|, largest first; prior.logOdds + sum(logOdds) === logOdds. */
  contributions: Contribution[];
  parameters: FreeParameters & { origin: 'fitted' | 'defaults' | 'given' };
  events: number;
  mentions: number;
  doctrine: string | null;
}

export interface RiskPoint {
  date: string;
  probability: number;
  low: number;
  high: number;
  logOdds: number;
}

export interface CalibrationRow {
  date: string;
  source: string;
  question: string;
  horizonDays: number;
  /** Published value (or the midpoint of the range). */
  published: number;
  low: number | null;
  high: number | null;
  model: number;
  /** logit(model) - logit(published); 0 inside a published range. */
  error: number;
  /** Error of the fit made without this row (leave-one-out). */
  looError: number;
  looModel: number;
  flags: string[];
}

export interface CalibrationReport {
  fittedAt: string;
  rows: CalibrationRow[];
  excluded: { date: string; source: string; question: string; reason: string }[];
  defaults: FreeParameters;
  fitted: FreeParameters;
  objective: { atDefaults: number; atFit: number; dataTerm: number; penaltyTerm: number; lambda: number };
  rmsError: number;
  rmsLooError: number;
  brier: {
    outcome: 0;
    model: number;
    forecasters: number;
    points: number;
    seriesModel: number;
    seriesPoints: number;
    seriesHorizonDays: number;
  };
  inputs: { events: number; timeline: string; forecasts: string; model: string };
}
