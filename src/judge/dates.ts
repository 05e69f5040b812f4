// Dates of events as the judge and the estimate see them: one day per mention.
import type { StoredEvent } from '../store/store.js';

const DAY_MS = 86_400_000;

/**
 * The day an event mention is placed on (YYYY-MM-DD), or null when neither its date nor its
 * document's publication date is known. A day-precision date is used as is; a month or year
 * is placed on the publication day when that falls inside it (news report recent events),
 * otherwise on the middle of the period; without a date, the publication day.
 */
const placed = new WeakMap<object, string | null>();

export function effectiveDate(event: Pick<StoredEvent, 'date' | 'published'>): string | null {
  if (placed.has(event)) return placed.get(event)!;
  const day = placeEvent(event);
  placed.set(event, day);
  return day;
}

function placeEvent(event: Pick<StoredEvent, 'date' | 'published'>): string | null {
  const value = event.date?.value ?? null;
  const published = event.published ? event.published.slice(0, 10) : null;
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (value && /^\d{4}-\d{2}$/.test(value)) {
    if (published?.startsWith(value)) return published;
    return `${value}-15`;
  }
  if (value && /^\d{4}$/.test(value)) {
    if (published?.startsWith(value)) return published;
    return `${value}-07-01`;
  }
  return published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
}

/** Whole days from a to b (b - a), both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + Math.round(days) * DAY_MS).toISOString().slice(0, 10);
}

/** A date given as YYYY, YYYY-MM or YYYY-MM-DD, as the last day it covers. */
export function normalizeAt(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  if (/^\d{4}-\d{2}$/.test(at)) {
    const [y, m] = at.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  if (/^\d{4}$/.test(at)) return `${at}-12-31`;
  return at.slice(0, 10);
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
