// The project's test command: prepares what the tests need (services, browser, dashboard build),
// runs Vitest, then prints one plain summary line ("N passed, N failed, N skipped").
// Each preparation step is best-effort; a test that needs something missing skips with a message.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

for (const script of ['scripts/ensure-services.sh', 'scripts/ensure-chromium.sh']) {
  if (existsSync(script)) spawnSync('bash', [script], { stdio: 'inherit' });
}
if (!existsSync('dist/web/index.html')) {
  spawnSync('npx', ['vite', 'build', '--config', 'src/show/web/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
}
const report = 'test-output/vitest.json';
rmSync(report, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit' });
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`);
}
process.exit(result.status ?? 1);
