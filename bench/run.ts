// `npm run bench [-- NAME ...]`: runs each stage's benchmark in turn and prints its figures.
// Every benchmark measures its own baseline in the same run and prints the ratio; none asserts a time.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const order = ['read', 'code', 'simulate', 'api', 'scale'];
const available = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort((a, b) => (order.indexOf(a) + 99 * Number(!order.includes(a))) - (order.indexOf(b) + 99 * Number(!order.includes(b))));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`escalade bench: unknown benchmark ${unknown.join(', ')} (have: ${available.join(', ')})\n`);
  process.exit(2);
}
for (const name of wanted.length > 0 ? wanted : available) {
  process.stdout.write(`\n== bench ${name} ==\n`);
  const module = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as { run: () => Promise<void> };
  await module.run();
}
