// Retries on transient database errors: lost connections, serialization failures, deadlocks.
// Wrap a whole transaction in it, never a single statement of one: a retried transaction starts over.
import { setTimeout as sleep } from 'node:timers/promises';

/** SQLSTATE codes worth a retry: the same work can succeed a moment later. */
const TRANSIENT_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up)
]);

const TRANSIENT_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /connection refused/i,
  /ECONNRESET|ECONNREFUSED/,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /could not serialize access/i,
  /deadlock detected/i,
];

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/** The SQLSTATE of a PostgreSQL error (pg or PGlite), if any, looking through causes. */
export function sqlState(error: unknown): string | null {
  for (const e of errorChain(error)) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return null;
}

/** True for errors that a retry of the same work can cure. */
export function isTransientError(error: unknown): boolean {
  for (const e of errorChain(error)) {
    if (typeof e.code === 'string' && (TRANSIENT_SQLSTATES.has(e.code) || TRANSIENT_NETWORK_CODES.has(e.code))) return true;
    if (typeof e.message === 'string' && TRANSIENT_MESSAGES.some((re) => re.test(e.message as string))) return true;
  }
  return false;
}

/** True for a unique-constraint violation (23505): two writers raced to insert the same row. */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

function* errorChain(error: unknown): Generator<ErrorLike> {
  const seen = new Set<unknown>();
  const stack: unknown[] = [error];
  while (stack.length > 0) {
    const e = stack.pop();
    if (e === null || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const like = e as ErrorLike;
    yield like;
    if (like.cause !== undefined) stack.push(like.cause);
    if (Array.isArray(like.errors)) stack.push(...like.errors); // AggregateError (e.g. ECONNREFUSED on ::1 and 127.0.0.1)
  }
}

export interface RetryOptions {
  /** Total attempts, the first included (default 5). */
  attempts?: number;
  /** Delay before the first retry; doubles each time, with jitter (default 50 ms). */
  baseDelayMs?: number;
  /** Ceiling of the delay (default 2,000 ms). */
  maxDelayMs?: number;
  /** Which errors are retried (default isTransientError). */
  retryOn?: (error: unknown) => boolean;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

/** Runs fn, and again after a growing pause while it fails with a transient error. */
export async function withRetry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, options.attempts ?? 5);
  const base = options.baseDelayMs ?? 50;
  const max = options.maxDelayMs ?? 2_000;
  const retryOn = options.retryOn ?? isTransientError;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= attempts || !retryOn(error)) throw error;
      const delay = Math.min(max, base * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
