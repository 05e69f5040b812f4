// What every input reader shares: the resolved options and how outcomes and documents are made.
import { EscaladeError, oneLine } from '../errors.js';
import type { ReadDocument } from '../types.js';
import { parsePublishedFlag } from './dates.js';
import { readString, type PublishedFrom, type TextFormat } from './document.js';
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS } from './fetch.js';
import { DEFAULT_MAX_BYTES } from './validate.js';

export interface ReadOptions {
  /** --published YYYY-MM-DD: fills the date when the input's own metadata has none. */
  published?: string | null;
  /** Forced language. */
  lang?: string | null;
  /** Default true (CLI); the HTTP server passes false to refuse private/loopback/link-local targets. */
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Feed links fetched at the same time (default 4). */
  concurrency?: number;
}

export type ReadOutcome = { ok: true; input: string; doc: ReadDocument } | { ok: false; input: string; error: string };

export interface Context {
  fallbackPublished: string | null;
  lang: string | null;
  allowPrivateNetwork: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  concurrency: number;
}

export function contextOf(options: ReadOptions): Context {
  const fallbackPublished = parsePublishedFlag(options.published);
  if (options.published && !fallbackPublished) throw new EscaladeError(`--published must be a date YYYY-MM-DD (got "${options.published}")`, 2);
  const positive = (value: number | undefined, name: string, fallback: number) => {
    if (value === undefined) return fallback;
    if (!Number.isFinite(value) || value <= 0) throw new EscaladeError(`${name} must be a positive number (got ${value})`, 2);
    return value;
  };
  return {
    fallbackPublished,
    lang: options.lang?.trim() ? options.lang.trim().toLowerCase() : null,
    allowPrivateNetwork: options.allowPrivateNetwork ?? true,
    timeoutMs: positive(options.timeoutMs, 'timeoutMs', DEFAULT_TIMEOUT_MS),
    maxBytes: positive(options.maxBytes, 'maxBytes', DEFAULT_MAX_BYTES),
    maxRedirects: options.maxRedirects === 0 ? 0 : positive(options.maxRedirects, 'maxRedirects', DEFAULT_MAX_REDIRECTS),
    concurrency: Math.floor(positive(options.concurrency, 'concurrency', 4)),
  };
}

export function failure(input: string, error: unknown): ReadOutcome {
  const message = oneLine(error);
  return { ok: false, input, error: message };
}

export function success(input: string, doc: ReadDocument): ReadOutcome {
  return { ok: true, input, doc };
}

export interface ArticleMeta {
  source: string;
  format: TextFormat;
  title?: string | null;
  published?: string | null;
  publishedFrom?: PublishedFrom;
  lang?: string | null;
}

export function article(raw: string, meta: ArticleMeta, ctx: Context): ReadDocument {
  return readString(raw, {
    source: meta.source,
    format: meta.format,
    title: meta.title ?? null,
    published: meta.published ?? null,
    publishedFrom: meta.publishedFrom ?? 'metadata',
    fallbackPublished: ctx.fallbackPublished,
    lang: ctx.lang ?? meta.lang ?? null,
  });
}

