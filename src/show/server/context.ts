// What every route module receives.
import type { Store } from '../../store/store.js';
import type { DataView } from './data.js';
import type { SimulationJobs } from './simulations.js';

export interface ServerOptions {
  /** Bearer token for writes (default: ESCALADE_TOKEN). Without one, writes are refused. */
  token?: string;
  /** Require the token for reads too. */
  protectReads?: boolean;
  /** Let URL ingestion reach loopback and private addresses (tests, intranets). */
  allowPrivateUrls?: boolean;
  /** Folder of the built dashboard (default: dist/web of the project). */
  webRoot?: string;
  /** Request body limit in bytes (default 2 MB). */
  bodyLimit?: number;
  /** Fastify logging (default off). */
  logger?: boolean;
  /** Most simulations running at once (default 2). */
  maxRunningSimulations?: number;
}

export interface ServerContext {
  store: Store;
  data: DataView;
  jobs: SimulationJobs;
  options: ServerOptions;
}
