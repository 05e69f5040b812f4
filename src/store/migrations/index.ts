// Versioned migrations, applied in name order. Add a file NNN_name.ts and list it here.
import type { Migration } from 'kysely';
import * as m001 from './001_initial.js';
import * as m002 from './002_event_clusters.js';
import * as m003 from './003_alerts.js';
import * as m004 from './004_minhash_lookup.js';
import * as m005 from './005_candidate_functions.js';
import * as m006 from './006_integer_band_keys.js';

export const migrations: Record<string, Migration> = {
  '001_initial': m001,
  '002_event_clusters': m002, // judge: events merged from mentions, and user merge/split decisions
  '003_alerts': m003, // show: watch-mode alerts and state
  '004_minhash_lookup': m004, // read: faster near-duplicate lookups
  '005_candidate_functions': m005, // read: near-duplicate lookups in one statement
  '006_integer_band_keys': m006, // read: cheaper band index writes
};
