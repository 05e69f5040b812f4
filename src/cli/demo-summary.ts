// The judgement part of `escalade demo`: doctrine status and risk on the demo corpus.
import type { Store, StoredEvent } from '../store/store.js';

export async function demoJudgement(_store: Store, _events: StoredEvent[]): Promise<string> {
  return '';
}
