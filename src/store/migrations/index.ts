// Versioned migrations, applied in name order. Add a file NNN_name.ts and list it here.
import type { Migration } from 'kysely';
import * as m001 from './001_initial.js';

export const migrations: Record<string, Migration> = {
  '001_initial': m001,
};
