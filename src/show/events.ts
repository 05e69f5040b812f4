// The store's events as the judge and the estimate expect them: every mention with its cluster.
// Shared by the API (src/show/server/data.ts) and watch mode (src/show/watch/watch.ts).
import { loadJudgedEvents, updateEventClusters, type JudgedEvent } from '../judge/index.js';
import type { Store } from '../store/store.js';

/**
 * Clusters the mentions not clustered yet (documents ingested since, by any process), then loads
 * every event mention with its cluster id, ordered by effective date (ascending).
 */
export async function loadEvents(store: Store): Promise<JudgedEvent[]> {
  await updateEventClusters(store);
  return loadJudgedEvents(store);
}
