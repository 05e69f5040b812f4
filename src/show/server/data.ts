// What the API reads often, kept in memory per store version: all events, and computed answers
// (risk, doctrines, ladder) keyed by their parameters. A write through the API or a new
// document seen by the version check refreshes them.
import { sql } from 'kysely';
import type { JudgedEvent } from '../../judge/index.js';
import type { Store } from '../../store/store.js';
import { loadEvents } from '../events.js';

/**
 * How often the store is asked whether documents were added. An embedded store is locked to this
 * process, so only our own writes change it (they call invalidate()); a server store may be written
 * by other processes (watch, workers), so it is asked every few seconds, in the background.
 */
const VERSION_CHECK_MS = { embedded: Number.POSITIVE_INFINITY, server: 5000 } as const;
const MEMO_ENTRIES = 500;
const RESPONSE_ENTRIES = 2000;
const RESPONSE_MAX_CHARS = 2_000_000;

export class DataView {
  private version: string | null = null;
  private checkedAt = 0;
  private versionQuery: Promise<string> | null = null;
  private eventsCache: { version: string; events: JudgedEvent[] } | null = null;
  private eventsLoad: { version: string; promise: Promise<JudgedEvent[]> } | null = null;
  private readonly memo = new Map<string, Promise<unknown>>();
  private readonly responses = new Map<string, string>();
  /** Bumped by writes that change derived data without adding documents (merges, splits). */
  private generation = 0;
  private invalidations = 0;

  constructor(readonly store: Store) {}

  /** A string that changes whenever documents are added to the store. */
  async currentVersion(): Promise<string> {
    const age = Date.now() - this.checkedAt;
    if (this.version !== null && this.checkedAt !== 0) {
      // Known: answer at once; a server store is re-checked in the background now and then.
      if (age >= VERSION_CHECK_MS[this.store.kind] && !this.versionQuery) void this.refreshVersion().catch(() => undefined);
      return this.version;
    }
    return this.refreshVersion();
  }

  private refreshVersion(): Promise<string> {
    if (!this.versionQuery) {
      const invalidations = this.invalidations;
      this.versionQuery = (async () => {
        const row = await sql<{ n: string | number; m: Date | string | null }>`
          select count(*) as n, max(ingested_at) as m from documents`.execute(this.store.db);
        const first = row.rows[0];
        const stamp = first?.m ? new Date(first.m).toISOString() : '-';
        const version = `${first?.n ?? 0}@${stamp}#${this.generation}`;
        if (version !== this.version) {
          this.memo.clear();
          this.responses.clear();
        }
        this.version = version;
        // A write during the query may not be counted: check again next time.
        this.checkedAt = invalidations === this.invalidations ? Date.now() : 0;
        return version;
      })().finally(() => {
        this.versionQuery = null;
      });
    }
    return this.versionQuery;
  }

  /** Forces a version check on the next read (after a write); `all` also drops what was computed. */
  invalidate(all = false): void {
    this.checkedAt = 0;
    this.invalidations++;
    if (all) this.generation++;
  }

  /** Every event of the store with its cluster, ordered by effective date (ascending). */
  async events(): Promise<JudgedEvent[]> {
    const version = await this.currentVersion();
    if (this.eventsCache?.version === version) return this.eventsCache.events;
    if (this.eventsLoad?.version !== version) {
      const promise = loadEvents(this.store).then((events) => {
        this.eventsCache = { version, events };
        return events;
      });
      promise.catch(() => undefined).finally(() => {
        if (this.eventsLoad?.promise === promise) this.eventsLoad = null;
      });
      this.eventsLoad = { version, promise };
    }
    return this.eventsLoad.promise;
  }

  /** Serialized answers by version and URL (see Api's `cache`). */
  getResponse(key: string): string | undefined {
    return this.responses.get(key);
  }

  setResponse(key: string, body: string): void {
    if (body.length > RESPONSE_MAX_CHARS) return;
    this.responses.set(key, body);
    if (this.responses.size > RESPONSE_ENTRIES) {
      const oldest = this.responses.keys().next().value;
      if (oldest !== undefined) this.responses.delete(oldest);
    }
  }

  /** Computes once per store version and key; concurrent callers share the computation. */
  async cached<T>(key: string, compute: () => Promise<T> | T): Promise<T> {
    const version = await this.currentVersion();
    const full = `${version}|${key}`;
    const hit = this.memo.get(full);
    if (hit) return hit as Promise<T>;
    const promise = Promise.resolve().then(compute);
    this.memo.set(full, promise);
    promise.catch(() => this.memo.delete(full));
    if (this.memo.size > MEMO_ENTRIES) {
      const oldest = this.memo.keys().next().value;
      if (oldest !== undefined) this.memo.delete(oldest);
    }
    return promise;
  }
}
