// `escalade ingest` and `escalade demo`: read inputs, code them, keep them.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { EscaladeError } from '../errors.js';
import type { IngestOptions, IngestReport } from '../pipeline/ingest.js';
import type { Store } from '../store/store.js';
import { action, interactive, parseDate, storeFlags, withStore, type StoreFlags } from './common.js';

interface IngestFlags extends StoreFlags {
  published?: string;
  lang?: string;
  json?: boolean;
  queue?: string;
  timeout?: string;
  maxBytes?: string;
}

const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function registerReadCommands(program: Command): void {
  storeFlags(
    program
      .command('ingest')
      .description('read files, folders, feeds or URLs; clean, code and keep them')
      .argument('<inputs...>', 'files, folders, RSS/Atom feeds (file or URL), article URLs, or - for standard input')
      .option('--published <date>', 'publication date YYYY-MM-DD for inputs that carry none')
      .option('--lang <code>', 'force the language instead of detecting it')
      .option('--queue <url>', 'publish to a NATS JetStream work queue (nats://host:4222) instead of coding here')
      .option('--timeout <seconds>', 'per-URL timeout', '20')
      .option('--max-bytes <n>', 'size cap per input', String(20 * 1024 * 1024))
      .option('--json', 'print the report as JSON'),
  ).action(
    action(async (inputs: string[], flags: IngestFlags) => {
      const options: IngestOptions = {
        published: parseDate(flags.published, '--published') ?? null,
        lang: flags.lang ?? null,
        timeoutMs: positiveNumber(flags.timeout, '--timeout') * 1000,
        maxBytes: positiveNumber(flags.maxBytes, '--max-bytes'),
      };
      if (flags.queue) return publishToQueue(flags.queue, inputs, options, flags.json === true);
      const report = await withStore(flags, (store) => ingestWithProgress(store, inputs, options));
      printReport(report, flags.json === true);
      return report.failed.length > 0 ? 1 : 0;
    }),
  );

  storeFlags(
    program
      .command('demo')
      .description('ingest the bundled sample corpus (five French seed articles), code it, and print a summary'),
  ).action(
    action(async (flags: StoreFlags) => {
      await withStore(flags, async (store) => {
        const report = await ingestBundledCorpus(store);
        printReport(report, false);
        await printDemoSummary(store);
        return report.failed.length > 0 ? 1 : 0;
      });
    }),
  );
}

interface Manifest {
  documents: { file: string; published: string }[];
}

/** Ingests the bundled seeds, each with its publication date from corpus/manifest.json. */
export async function ingestBundledCorpus(store: Store): Promise<IngestReport> {
  const manifest = JSON.parse(readFileSync(join(PROJECT_DIR, 'corpus', 'manifest.json'), 'utf8')) as Manifest;
  const { ingest } = await import('../pipeline/ingest.js');
  let total: IngestReport | null = null;
  for (const entry of manifest.documents) {
    const report = await ingest(store, [join(PROJECT_DIR, 'corpus', entry.file)], { published: entry.published });
    total = total ? mergeReports(total, report) : report;
  }
  return total!;
}

function mergeReports(a: IngestReport, b: IngestReport): IngestReport {
  return {
    read: a.read + b.read,
    new: a.new + b.new,
    duplicate: a.duplicate + b.duplicate,
    nearDuplicate: a.nearDuplicate + b.nearDuplicate,
    notCoded: a.notCoded + b.notCoded,
    events: a.events + b.events,
    quotes: a.quotes + b.quotes,
    failed: [...a.failed, ...b.failed],
    documentIds: [...a.documentIds, ...b.documentIds],
    documents: [...a.documents, ...b.documents],
  };
}

/** The read and code stages load only when a command ingests: listing commands start faster. */
async function ingestWithProgress(store: Store, inputs: string[], options: IngestOptions): Promise<IngestReport> {
  const { ingest } = await import('../pipeline/ingest.js');
  if (!interactive()) return ingest(store, inputs, options);
  const bar = new cliProgress.SingleBar(
    { format: 'ingest {bar} {value} read | {fresh} new | {dup} duplicate | {near} near-duplicate | {failed} failed', stream: process.stderr, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { fresh: 0, dup: 0, near: 0, failed: 0 });
  try {
    return await ingest(store, inputs, {
      ...options,
      onProgress: (r) => {
        const seen = r.read + r.failed.length;
        bar.setTotal(Math.max(seen, 1));
        bar.update(seen, { fresh: r.new, dup: r.duplicate, near: r.nearDuplicate, failed: r.failed.length });
      },
    });
  } finally {
    bar.stop();
  }
}

function printReport(report: IngestReport, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  for (const failure of report.failed) process.stderr.write(`escalade: ${failureLine(failure)}\n`);
  const parts = [
    `${report.read} read`,
    `${report.new} new`,
    `${report.duplicate} duplicate`,
    `${report.nearDuplicate} near-duplicate`,
    ...(report.notCoded > 0 ? [`${report.notCoded} not coded (language)`] : []),
    `${report.events} events`,
    `${report.quotes} quotes`,
    `${report.failed.length} failed`,
  ];
  process.stdout.write(`ingest: ${parts.join(', ')}\n`);
}

async function publishToQueue(url: string, inputs: string[], options: IngestOptions, json: boolean): Promise<number> {
  const { readInputs } = await import('../read/index.js');
  const { publishDocuments } = await import('../scale/queue.js');
  const failed: { input: string; error: string }[] = [];
  async function* documents() {
    for await (const outcome of readInputs(inputs, options)) {
      if (outcome.ok) yield outcome.doc;
      else failed.push({ input: outcome.input, error: outcome.error });
    }
  }
  const { published } = await publishDocuments(url, documents());
  if (json) process.stdout.write(`${JSON.stringify({ published, failed }, null, 2)}\n`);
  else {
    for (const failure of failed) process.stderr.write(`escalade: ${failureLine(failure)}\n`);
    process.stdout.write(`ingest: ${published} published to ${url}, ${failed.length} failed\n`);
  }
  return failed.length > 0 ? 1 : 0;
}

async function printDemoSummary(store: Store): Promise<void> {
  const counts = await store.countDocuments();
  const events = await store.listEvents();
  const quotes = await store.listQuotes();
  const byType = new Map<string, number>();
  for (const e of events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const lines = [
    '',
    `store ${store.location}: ${counts.total} documents (${counts.coded} coded), ${events.length} event mentions, ${quotes.length} quotes`,
    `events by type: ${[...byType.entries()].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  const { demoJudgement } = await import('./demo-summary.js');
  process.stdout.write(await demoJudgement(store, events));
  process.stdout.write(
    '\nnext: escalade events | escalade quotes | escalade doctrine --actor RUS --at 2024-11-20 | escalade risk --explain | escalade serve\n',
  );
}

/** The read stage's messages already name their input; name it only when one does not. */
function failureLine(failure: { input: string; error: string }): string {
  return failure.error.includes(failure.input) ? failure.error : `${failure.input}: ${failure.error}`;
}

function positiveNumber(value: string | undefined, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new EscaladeError(`${flag} must be a positive number (got "${value}")`, 2);
  return n;
}
