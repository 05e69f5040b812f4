// Publication dates from metadata, as written by the publisher: never guessed, never the machine clock.

const MONTH_NAMES: [number, string[]][] = [
  [1, ['jan', 'january', 'janv', 'janvier']],
  [2, ['feb', 'february', 'févr', 'fevr', 'février', 'fevrier']],
  [3, ['mar', 'march', 'mars']],
  [4, ['apr', 'april', 'avr', 'avril']],
  [5, ['may', 'mai']],
  [6, ['jun', 'june', 'juin']],
  [7, ['jul', 'july', 'juil', 'juillet']],
  [8, ['aug', 'august', 'août', 'aout']],
  [9, ['sep', 'sept', 'september', 'septembre']],
  [10, ['oct', 'october', 'octobre']],
  [11, ['nov', 'november', 'novembre']],
  [12, ['dec', 'december', 'déc', 'décembre', 'decembre']],
];
const MONTHS = new Map<string, number>(MONTH_NAMES.flatMap(([n, names]) => names.map((name): [string, number] => [name, n])));

/**
 * "YYYY-MM-DD" (or "YYYY-MM", "YYYY") from an ISO date/time, an RFC 822 date ("Tue, 19 Nov 2024
 * 10:00:00 GMT") or "19 November 2024"; null when the value is not a recognisable date. The date
 * part is taken as written: an article stamped 23:30-05:00 on the 19th was published on the 19th.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim().slice(0, 100);
  if (s.length === 0) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]);
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return +m[2] >= 1 && +m[2] <= 12 && plausibleYear(+m[1]) ? `${m[1]}-${m[2]}` : null;
  m = /^(\d{4})$/.exec(s);
  if (m) return plausibleYear(+m[1]) ? m[1] : null;
  m = /(?:^|[\s,])(\d{1,2})(?:er)?\s+([A-Za-zéûÉÛ]{3,9})\.?,?\s+(\d{4})\b/u.exec(s);
  if (m) {
    const month = monthOf(m[2]);
    if (month) return valid(+m[3], month, +m[1]);
  }
  m = /(?:^|[\s,])([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthOf(m[1]);
    if (month) return valid(+m[3], month, +m[2]);
  }
  return null;
}

function monthOf(word: string): number | null {
  return MONTHS.get(word.toLowerCase()) ?? null;
}

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2200;
}

function valid(year: number, month: number, day: number): string | null {
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Validates a user-given date flag (YYYY, YYYY-MM or YYYY-MM-DD); null when absent. */
export function parsePublishedFlag(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? normaliseDate(value) : null;
  return date;
}
