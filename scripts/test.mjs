// The project's test command: prepares what the tests need (services, browser), then runs Vitest.
// Each preparation step is best-effort; a test that needs something missing skips with a message.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const prepare = ['scripts/ensure-services.sh', 'scripts/ensure-chromium.sh'];
for (const script of prepare) {
  if (existsSync(script)) spawnSync('bash', [script], { stdio: 'inherit' });
}
if (existsSync('src/show/web/vite.config.ts') && !existsSync('dist/web/index.html')) {
  spawnSync('npx', ['vite', 'build', '--config', 'src/show/web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const args = ['vitest', 'run', ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
