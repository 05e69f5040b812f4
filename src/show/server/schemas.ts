// Input schemas shared by the routes.
import { z } from 'zod';
import { EVENT_TYPES, POLARITIES } from '../../types.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v.length === 4 ? `${v}-01-01` : v)), 'not a real date');

export const actorId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/, 'expected an actor id such as RUS, USA or NATO');

export const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);
export const offset = z.coerce.number().int().min(0).max(100_000_000).default(0);
export const horizonDays = z.coerce.number().int().min(1).max(3650).default(365);

export const documentIdParams = z.object({
  id: z.string().regex(/^[0-9a-fA-F]{4,64}$/, 'expected a document id (hex, at least 4 characters)'),
});

export const eventType = z.enum(EVENT_TYPES);
export const polarity = z.enum(POLARITIES);

export const searchText = z.string().trim().min(1).max(500);
