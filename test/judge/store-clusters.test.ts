// One PGlite store for the whole file: clustering in the store, user decisions surviving re-runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, type DocumentToSave } from '../../src/store/store.js';
import type { CodedEvent } from '../../src/types.js';
import {
  listClusterDecisions,
  loadEventClusters,
  loadJudgedEvents,
  rebuildEventClusters,
  recordClusterDecision,
  resolveEventIds,
  updateEventClusters,
} from '../../src/judge/index.js';

function coded(type: CodedEvent['type'], date: string, text: string, polarity: CodedEvent['polarity'] = 'asserted'): CodedEvent {
  return {
    type,
    actor: 'RUS',
    target: null,
    polarity,
    attributedTo: null,
    date: { value: date, precision: 'day', text: date },
    evidence: { text, start: 0, end: text.length },
    attributes: {},
    confidence: 0.9,
  };
}

function doc(id: string, published: string, events: CodedEvent[]): DocumentToSave {
  const text = events.map((e) => e.evidence.text).join(' ');
  const meta = { id, source: `https://news.example/${id}`, title: id, lang: 'en', published, removedBoilerplate: [] };
  return { doc: { ...meta, raw: text, text }, record: { document: meta, actors: [], quotes: [], events } };
}

const hex = (n: number) => String(n).repeat(64);

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'escalade-judge-'));
  store = await Store.open({ data: dir });
}, 60_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function clusterOf(eventId: string): Promise<string> {
  const events = await loadJudgedEvents(store);
  return events.find((e) => e.id === eventId)!.clusterId!;
}

describe('event clusters in the store', () => {
  it('merges mentions, keeps contradictions, records merges and splits that survive re-runs', async () => {
    await store.saveDocuments([
      doc(hex(1), '2022-09-22', [coded('NUCLEAR_THREAT', '2022-09-21', 'not a bluff')]),
      doc(hex(2), '2022-09-23', [coded('NUCLEAR_THREAT', '2022-09-21', 'this is not a bluff, Putin said')]),
      doc(hex(3), '2022-12-10', [coded('NUCLEAR_THREAT', '2022-12-09', 'hundreds of missiles in the air')]),
      doc(hex(4), '2022-02-28', [
        coded('ALERT_RAISED', '2022-02-27', 'special combat duty'),
        coded('ALERT_RAISED', '2022-02-28', 'no change in posture', 'negated'),
      ]),
    ]);
    await updateEventClusters(store);
    const ids = (await store.listEvents()).map((e) => e.id);
    const [t1, t2, t3] = [`${hex(1).slice(0, 16)}-0`, `${hex(2).slice(0, 16)}-0`, `${hex(3).slice(0, 16)}-0`];
    expect(ids).toContain(t1);
    expect(await clusterOf(t1)).toBe(await clusterOf(t2));
    expect(await clusterOf(t1)).not.toBe(await clusterOf(t3));

    const judged = await loadJudgedEvents(store, { type: 'ALERT_RAISED' });
    expect(judged).toHaveLength(2);
    expect(judged[0].clusterId).not.toBe(judged[1].clusterId);
    expect(judged[0].contradictedBy).toEqual([judged[1].clusterId]);

    // The user merges the December threat into the September one, and splits t2 out.
    await recordClusterDecision(store, { kind: 'merge', eventIds: await resolveEventIds(store, [t1, t3]) }, 'same campaign');
    await recordClusterDecision(store, { kind: 'split', eventIds: [t2] });
    expect(await clusterOf(t1)).toBe(await clusterOf(t3));
    expect(await clusterOf(t2)).not.toBe(await clusterOf(t1));
    expect((await listClusterDecisions(store)).map((d) => d.kind)).toEqual(['merge', 'split']);

    // A new batch on the same key, then a full re-run: the decisions hold.
    await store.saveDocuments([doc(hex(5), '2022-09-24', [coded('NUCLEAR_THREAT', '2022-09-22', 'use all means available')])]);
    await updateEventClusters(store);
    const t5 = `${hex(5).slice(0, 16)}-0`;
    expect(await clusterOf(t5)).toBe(await clusterOf(t1));
    expect(await clusterOf(t1)).toBe(await clusterOf(t3));
    expect(await clusterOf(t2)).not.toBe(await clusterOf(t1));
    await rebuildEventClusters(store);
    expect(await clusterOf(t1)).toBe(await clusterOf(t3));
    expect(await clusterOf(t2)).not.toBe(await clusterOf(t1));

    const clusters = await loadEventClusters(store, { type: 'NUCLEAR_THREAT' });
    expect(clusters.map((c) => c.events.length).sort()).toEqual([1, 3]);
    // A cluster id resolves to its mentions.
    expect((await resolveEventIds(store, [await clusterOf(t1)])).sort()).toEqual([t1, t3, t5].sort());
    await expect(resolveEventIds(store, ['nope'])).rejects.toThrow(/no event or event cluster/);
  }, 60_000);
});
