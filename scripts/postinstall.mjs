// Builds the web dashboard after install when its sources and Vite are present.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
const config = 'src/show/web/vite.config.ts';
if (existsSync(config) && existsSync('node_modules/vite')) {
  const r = spawnSync('npx', ['vite', 'build', '--config', config, '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) { console.error('escalade: dashboard build failed (the CLI still works; run `npm run build:web` to retry)'); }
}
