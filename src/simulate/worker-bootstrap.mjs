// Worker-thread entry: a worker does not inherit tsx from the main thread, so register it here
// (harmless when tsx is already loaded through --import), then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
