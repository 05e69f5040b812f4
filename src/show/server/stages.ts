// The other stages, loaded lazily. The show stage runs with whatever is present: a missing stage
// makes its endpoints answer 503 with a clear message instead of failing the whole server.
import type { IngestOptions, IngestReport } from '../../pipeline/ingest.js';
import type { Store, StoredEvent } from '../../store/store.js';
import type { CodedRecord, ReadDocument } from '../../types.js';

export interface ReadStringOptions {
  source: string;
  format: 'text' | 'html' | 'auto';
  title?: string | null;
  published?: string | null;
  lang?: string;
}

export type ReadOutcome = { ok: true; input: string; doc: ReadDocument } | { ok: false; input: string; error: string };

export interface ReadModule {
  readString(raw: string, options: ReadStringOptions): ReadDocument | Promise<ReadDocument>;
  assertPublicUrl(url: string): Promise<void> | void;
  readInputs(inputs: string[], options?: { allowPrivateNetwork?: boolean }): AsyncIterable<ReadOutcome>;
}

export interface CodeModule {
  extract(doc: ReadDocument): CodedRecord;
}

export interface ClusterDecisionInput {
  kind: 'merge' | 'split';
  eventIds: string[];
}

export interface JudgeModule {
  evaluateDoctrines(events: StoredEvent[], options: { actor?: string; at: string }): unknown;
  ladderState(events: StoredEvent[], options: { at: string }): unknown;
  /** Events with their cluster ids (what the judge and the estimate expect). */
  loadJudgedEvents?: (store: Store) => Promise<StoredEvent[]>;
  clusterEvents?: (events: StoredEvent[], decisions?: ClusterDecisionInput[]) => unknown[];
  listClusterDecisions?: (store: Store) => Promise<ClusterDecisionInput[]>;
  resolveEventIds?: (store: Store, ids: string[]) => Promise<string[]>;
  recordClusterDecision?: (store: Store, decision: ClusterDecisionInput, note?: string | null) => Promise<unknown>;
}

export interface EstimateModule {
  estimateRisk(events: StoredEvent[], options: { actor: string; at?: string; horizonDays?: number }): unknown;
  riskSeries(
    events: StoredEvent[],
    options: { actor: string; from?: string; to?: string; horizonDays?: number; stepDays?: number },
  ): unknown;
}

export interface SimulationRunOptions {
  runs: number;
  horizonDays: number;
  seed: number;
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface SimulateModule {
  listScenarios(): { name: string; title: string; path: string }[];
  loadScenario(name: string): unknown;
  validateScenario(data: unknown, origin: string): unknown;
  runSimulation(scenario: unknown, options: SimulationRunOptions): Promise<unknown>;
}

export interface IngestModule {
  ingest(store: Store, inputs: string[], options?: IngestOptions): Promise<IngestReport>;
  ingestDocuments(store: Store, docs: ReadDocument[], options?: IngestOptions): Promise<IngestReport>;
}

export interface QueueModule {
  publishDocuments(natsUrl: string, docs: ReadDocument[]): Promise<unknown>;
}

export interface StageModules {
  read: ReadModule;
  code: CodeModule;
  judge: JudgeModule;
  estimate: EstimateModule;
  simulate: SimulateModule;
  ingest: IngestModule;
  queue: QueueModule;
}

export type StageName = keyof StageModules;

const SPECIFIERS: Record<StageName, { path: string; exports: string[] }> = {
  read: { path: '../../read/index.js', exports: ['readString', 'assertPublicUrl', 'readInputs'] },
  code: { path: '../../code/index.js', exports: ['extract'] },
  judge: { path: '../../judge/index.js', exports: ['evaluateDoctrines', 'ladderState'] },
  estimate: { path: '../../estimate/index.js', exports: ['estimateRisk', 'riskSeries'] },
  simulate: { path: '../../simulate/index.js', exports: ['listScenarios', 'loadScenario', 'runSimulation'] },
  ingest: { path: '../../pipeline/ingest.js', exports: ['ingest', 'ingestDocuments'] },
  queue: { path: '../../scale/queue.js', exports: ['publishDocuments'] },
};

const loaded = new Map<StageName, unknown>();
const failures = new Map<StageName, string>();

/** Loads a stage's module, or returns null when it is absent or broken (the reason is kept for /api/health). */
export async function loadStage<K extends StageName>(name: K): Promise<StageModules[K] | null> {
  if (loaded.has(name)) return loaded.get(name) as StageModules[K];
  const { path, exports } = SPECIFIERS[name];
  const specifier: string = new URL(path, import.meta.url).href;
  try {
    const module = (await import(specifier)) as Record<string, unknown>;
    const missing = exports.filter((e) => typeof module[e] !== 'function');
    if (missing.length > 0) {
      failures.set(name, `module has no ${missing.join(', ')}`);
      return null;
    }
    loaded.set(name, module);
    failures.delete(name);
    return module as unknown as StageModules[K];
  } catch (error) {
    failures.set(name, (error as Error).message.split('\n')[0].slice(0, 200));
    return null;
  }
}

/** Which stages load, and why the others do not. */
export async function stageStatus(): Promise<Record<StageName, { available: boolean; reason?: string }>> {
  const names = Object.keys(SPECIFIERS) as StageName[];
  const entries = await Promise.all(
    names.map(async (name) => {
      const module = await loadStage(name);
      return [name, module ? { available: true } : { available: false, reason: failures.get(name) }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<StageName, { available: boolean; reason?: string }>;
}
