// withRetry against a real PostgreSQL server: a serialization failure is retried and the work succeeds;
// a refused connection is retried then reported; a genuine error is not retried.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isTransientError, sqlState, withRetry } from '../../src/scale/retry.js';
import { Store } from '../../src/store/store.js';
import { createTestDatabase, postgresAvailable, skipNote, type TestDatabase } from './services.js';

const serverUp = await postgresAvailable();
if (!serverUp) skipNote('PostgreSQL (test/store/retry.test.ts)');

describe.skipIf(!serverUp)('withRetry on a PostgreSQL server', () => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase();
    store = await Store.open({ databaseUrl: database.url, migrate: false });
    await sql`create table counter (id integer primary key, n integer not null)`.execute(store.db);
    await sql`insert into counter values (1, 0)`.execute(store.db);
  });

  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('retries a transaction that lost a serialization race (40001), which then commits', async () => {
    const errors: string[] = [];
    const attempts = await withRetry(
      (attempt) =>
        store.db
          .transaction()
          .setIsolationLevel('serializable')
          .execute(async (trx) => {
            const { rows } = await sql<{ n: number }>`select n from counter where id = 1`.execute(trx);
            if (attempt === 1) {
              // Another writer commits in between: our update can no longer be serialized.
              await sql`update counter set n = n + 1 where id = 1`.execute(store.db);
            }
            await sql`update counter set n = ${rows[0].n + 1} where id = 1`.execute(trx);
            return attempt;
          }),
      { baseDelayMs: 1, onRetry: (error) => errors.push(sqlState(error) ?? String(error)) },
    );
    expect(attempts).toBe(2);
    expect(errors).toEqual(['40001']);
    const { rows } = await sql<{ n: number }>`select n from counter where id = 1`.execute(store.db);
    expect(rows[0].n).toBe(2);
  });

  it('does not retry a genuine error', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        await sql`insert into counter values (1, 5)`.execute(store.db); // duplicate key: 23505
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(calls).toBe(1);
  });

  it('retries a refused connection, then reports it', async () => {
    let calls = 0;
    const error = await withRetry(
      () => {
        calls++;
        return Store.open({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' });
      },
      { attempts: 3, baseDelayMs: 1 },
    ).catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect(isTransientError(error)).toBe(true);
    expect(String(error)).toMatch(/ECONNREFUSED/);
  });
});
