// Reads the estimate, judge and simulate answers into what the charts need, tolerating field-name variants.
type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function firstNumber(o: Obj, keys: string[]): number | null {
  for (const k of keys) {
    const n = num(o[k]);
    if (n !== null) return n;
    if (isObj(o[k])) {
      const inner = firstNumber(o[k] as Obj, ['p', 'value', 'mean', 'median', 'central']);
      if (inner !== null) return inner;
    }
  }
  return null;
}

function band(o: Obj): { low: number; high: number } | null {
  const low = firstNumber(o, ['low', 'lower', 'p05', 'p5', 'q05']);
  const high = firstNumber(o, ['high', 'upper', 'p95', 'q95']);
  if (low !== null && high !== null) return { low, high };
  for (const key of ['ci95', 'ci', 'interval', 'band', 'range', 'credible', 'uncertainty']) {
    const v = o[key];
    if (Array.isArray(v) && num(v[0]) !== null && num(v[1]) !== null) return { low: v[0] as number, high: v[1] as number };
    if (isObj(v)) {
      const inner = band(v);
      if (inner) return inner;
    }
  }
  for (const key of ['probability', 'risk', 'p', 'estimate']) {
    if (isObj(o[key])) {
      const inner = band(o[key] as Obj);
      if (inner) return inner;
    }
  }
  return null;
}

export interface RiskPoint {
  p: number;
  low: number | null;
  high: number | null;
}

export function readRisk(value: unknown): RiskPoint | null {
  if (num(value) !== null) return { p: value as number, low: null, high: null };
  if (!isObj(value)) return null;
  const p = firstNumber(value, ['probability', 'p', 'risk', 'value', 'mean', 'median', 'estimate', 'pUse']);
  if (p === null) return null;
  const b = band(value);
  return { p, low: b?.low ?? null, high: b?.high ?? null };
}

export interface SeriesPoint extends RiskPoint {
  date: string;
}

export function readSeries(value: unknown): SeriesPoint[] {
  const list = Array.isArray(value)
    ? value
    : isObj(value)
      ? ((['points', 'series', 'values', 'items'].map((k) => value[k]).find(Array.isArray) as unknown[] | undefined) ?? [])
      : [];
  const out: SeriesPoint[] = [];
  for (const item of list) {
    if (!isObj(item)) continue;
    const date = ['date', 'at', 'day', 'when'].map((k) => item[k]).find((v) => typeof v === 'string') as string | undefined;
    const risk = readRisk(isObj(item.risk) ? item.risk : item);
    if (date && risk) out.push({ date, ...risk });
  }
  return out;
}

export interface Contribution {
  label: string;
  weight: number;
  eventId: string | null;
  documentId: string | null;
  date: string | null;
  type: string | null;
  text: string | null;
}

export function readContributions(value: unknown): Contribution[] {
  const list = Array.isArray(value) ? value : [];
  const out: Contribution[] = [];
  for (const item of list) {
    if (!isObj(item)) continue;
    const weight = firstNumber(item, ['delta', 'contribution', 'weight', 'effect', 'logOdds', 'value', 'share']);
    if (weight === null) continue;
    const str = (k: string[]) => (k.map((key) => item[key]).find((v) => typeof v === 'string') as string | undefined) ?? null;
    out.push({
      weight,
      label: str(['label', 'name', 'factor', 'type', 'kind', 'id']) ?? '?',
      eventId: str(['eventId', 'event']),
      documentId: str(['documentId', 'document']),
      date: str(['date', 'at']),
      type: str(['type', 'eventType']),
      text: str(['text', 'evidence', 'reason', 'description']),
    });
  }
  return out.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}

export interface LadderActor {
  actor: string;
  rung: number;
  level: number;
  peak: { level: number; date: string } | null;
}

export function readLadderState(value: unknown): LadderActor[] {
  const list = isObj(value) && Array.isArray(value.actors) ? value.actors : Array.isArray(value) ? value : [];
  return list.filter(isObj).flatMap((a) => {
    const actor = typeof a.actor === 'string' ? a.actor : null;
    const rung = num(a.rung) ?? num(a.level);
    if (!actor || rung === null) return [];
    const peak = isObj(a.peak) && num(a.peak.level) !== null ? { level: a.peak.level as number, date: String(a.peak.date ?? '') } : null;
    return [{ actor, rung: Math.round(rung), level: num(a.level) ?? rung, peak }];
  });
}
