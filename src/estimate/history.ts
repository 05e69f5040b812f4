// Historical inputs: the coded crisis timeline as event mentions, and the published forecasts.
import { z } from 'zod';
import { EVENT_TYPES, POLARITIES } from '../types.js';
import { dataPath, loadDataFile } from '../knowledge/load.js';
import type { StoredEvent } from '../store/store.js';
import { TIMELINE_SOURCE_PREFIX } from './credibility.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const timelineSchema = z.object({
  about: z.string(),
  events: z.array(
    z.object({
      date: isoDate,
      type: z.enum(EVENT_TYPES),
      actor: z.string().min(2),
      target: z.string().nullable(),
      polarity: z.enum(POLARITIES),
      summary: z.string(),
      source: z.string(),
    }),
  ),
});

const forecastsSchema = z.object({
  about: z.string(),
  forecasts: z.array(
    z.object({
      date: isoDate,
      source: z.string(),
      question: z.string(),
      value: z.number().min(0).max(1).optional(),
      low: z.number().min(0).max(1).optional(),
      high: z.number().min(0).max(1).optional(),
      horizon_days: z.number().int().positive().nullable(),
      note: z.string().optional(),
      prior: z.number().optional(),
    }),
  ),
  base_rates: z.array(z.object({ source: z.string(), quantity: z.string(), value: z.number(), low: z.number().optional(), high: z.number().optional() })),
});

export type Forecasts = z.output<typeof forecastsSchema>;
export type Forecast = Forecasts['forecasts'][number];

export const TIMELINE_PATH = dataPath('history', 'timeline-2022-2024.json');
export const FORECASTS_PATH = dataPath('history', 'forecasts.json');

/**
 * The timeline's events as event mentions: one document per entry, the summary as evidence,
 * attributed to the acting state. Its credibility class is that of its real `source` (official
 * statement, press report...: data/risk/model.yaml credibility.timeline, see mentionCredibility).
 */
export function loadTimelineEvents(path = TIMELINE_PATH): StoredEvent[] {
  const timeline = loadDataFile(path, timelineSchema);
  return timeline.events.map((e, i) => ({
    id: `timeline-${String(i).padStart(3, '0')}`,
    documentId: `timeline-${String(i).padStart(3, '0')}`,
    source: `${TIMELINE_SOURCE_PREFIX}${e.source}`,
    published: e.date,
    type: e.type,
    actor: e.actor,
    target: e.target,
    polarity: e.polarity,
    attributedTo: e.actor,
    date: { value: e.date, precision: 'day', text: e.date },
    evidence: { text: e.summary, start: 0, end: e.summary.length },
    attributes: {},
    confidence: 1,
  }));
}

export function loadForecasts(path = FORECASTS_PATH): Forecasts {
  return loadDataFile(path, forecastsSchema);
}
