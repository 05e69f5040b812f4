// Test fixtures for the show stage: temporary stores, the five seeds, synthetic documents.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ingestDocuments } from '../../src/pipeline/ingest.js';
import { readString } from '../../src/read/index.js';
import { Store } from '../../src/store/store.js';
import { syntheticDocuments } from '../../src/show/synthetic.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const TOKEN = 'test-token-0123456789';

export interface TempStore {
  store: Store;
  dir: string;
  close: () => Promise<void>;
}

export async function openTempStore(prefix = 'escalade-show-'): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const store = await Store.open({ data: dir });
  return {
    store,
    dir,
    close: async () => {
      await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The five seed texts with their published dates from the gold files. */
export function seedInputs(): { name: string; text: string; published: string | null }[] {
  const seeds = join(ROOT, 'corpus', 'seeds');
  return readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(ROOT, 'corpus', 'gold', f.replace(/\.txt$/, '.json')), 'utf8')) as { published?: string };
      return { name: basename(f), text: readFileSync(join(seeds, f), 'utf8'), published: gold.published ?? null };
    });
}

/** Ingests the seeds through the real pipeline. */
export async function ingestSeeds(store: Store): Promise<void> {
  const docs = seedInputs().map((s) => readString(s.text, { source: `corpus/seeds/${s.name}`, format: 'text', published: s.published }));
  await ingestDocuments(store, docs);
}

export async function insertSynthetic(store: Store, count: number, batch = 0): Promise<void> {
  await store.saveDocuments(syntheticDocuments(count, { eventsPerDocument: 6, batch, stepDays: 9 }));
}

/** A hostile document: markup that would run if a client used innerHTML. */
export const XSS_TEXT =
  'Russia warned of a nuclear response on Monday. <script>window.__pwned = 1; alert(1)</script> ' +
  'The Kremlin said <img src=x onerror="window.__pwned = 2; alert(2)"> that talks were over. ' +
  '<svg onload="window.__pwned=3"></svg> Moscow threatened to use nuclear weapons against NATO.';
