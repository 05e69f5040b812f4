// Real services for the store and scale tests: a throwaway PostgreSQL database per test file and a
// NATS server with JetStream. Nothing is mocked; a test skips (with a note) when a service is missing.
import { randomBytes } from 'node:crypto';
import { connect as netConnect } from 'node:net';
import pg from 'pg';

/** Server URL without a database name; override with ESCALADE_TEST_POSTGRES. */
export const POSTGRES_BASE = (process.env.ESCALADE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');
export const NATS_URL = process.env.ESCALADE_TEST_NATS ?? 'nats://127.0.0.1:4222';

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${POSTGRES_BASE}/postgres`, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function natsAvailable(url = NATS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = netConnect({ host: hostname, port: Number(port || 4222), timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** Creates escalade_test_<random> through the postgres database; drop() removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `escalade_test_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  return {
    name,
    url: `${POSTGRES_BASE}/${name}`,
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${POSTGRES_BASE}/postgres` });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A unique queue prefix, so parallel test files never share streams. */
export function uniquePrefix(label: string): string {
  return `t${label}${randomBytes(4).toString('hex')}`;
}

export function skipNote(what: string): void {
  console.warn(`[escalade tests] ${what} not reachable: skipping (run scripts/ensure-services.sh to start it)`);
}

/**
 * A fresh embedded store folder in `dir`, copied from a template initialised once per machine
 * (initialising PGlite takes seconds; copying a closed store folder takes milliseconds).
 */
export async function freshEmbeddedFolder(dir: string): Promise<string> {
  const { cpSync, existsSync, mkdtempSync, renameSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { Store } = await import('../../src/store/store.js');
  const { readdirSync, readFileSync } = await import('node:fs');
  const { fileURLToPath } = await import('node:url');
  // Keyed by the migrations' source: a migration edited in place gets a new template.
  const folder = fileURLToPath(new URL('../../src/store/migrations/', import.meta.url));
  const key = readdirSync(folder)
    .sort()
    .map((f) => `${f}\n${readFileSync(join(folder, f), 'utf8')}`)
    .join('\n');
  const { createHash } = await import('node:crypto');
  const template = join(tmpdir(), `escalade-test-template-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`);
  if (!existsSync(template)) {
    const building = mkdtempSync(`${template}-building-`);
    const store = await Store.open({ data: building });
    await store.close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another test file made it first
    }
  }
  cpSync(template, dir, { recursive: true });
  return dir;
}
