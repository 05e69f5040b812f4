// Commands of the scale stage: migrate, export, import, worker, status.
import type { Command } from 'commander';
import { EscaladeError } from '../errors.js';
import { DEFAULT_NATS_URL, queueNames } from '../scale/queue.js';
import { queueStatus, storeStatus, type QueueStatus, type StoreStatus } from '../scale/status.js';
import type { WorkerEvent } from '../scale/worker.js';
import { hasWorkerFlags, relaunchWithWorkerFlags, stopWhenParentDies } from '../scale/worker-process.js';
import { hasEmbeddedStore, Store } from '../store/store.js';
import { exportStore, importFile } from '../store/transfer.js';
import { action, parseFormat, parsePositiveInt, printRows, storeFlags, withStore, type StoreFlags } from './common.js';

interface QueueFlags {
  nats?: string;
  queuePrefix?: string;
}

function natsUrl(flags: QueueFlags): string {
  return flags.nats ?? process.env.ESCALADE_NATS_URL ?? DEFAULT_NATS_URL;
}

function queueFlags(command: Command): Command {
  return command
    .option('--nats <url>', `NATS server with JetStream (or ESCALADE_NATS_URL; default ${DEFAULT_NATS_URL})`)
    .option('--queue-prefix <name>', 'names of the streams and consumer (or ESCALADE_QUEUE_PREFIX; default escalade)');
}

export function registerScaleCommands(program: Command): void {
  storeFlags(
    program.command('migrate').description('apply pending store migrations and print what was applied'),
  ).action(
    action(async (flags: StoreFlags) => {
      const store = await Store.open({ data: flags.data, databaseUrl: flags.database, migrate: false });
      try {
        const applied = await store.migrate();
        process.stdout.write(
          applied.length > 0
            ? `${applied.map((name) => `applied ${name}`).join('\n')}\n${store.kind} store ${store.location}: ${applied.length} migration(s) applied\n`
            : `${store.kind} store ${store.location}: up to date, nothing to apply\n`,
        );
      } finally {
        await store.close();
      }
    }),
  );

  storeFlags(
    program
      .command('export')
      .description('write the whole store as JSON Lines: one document per line with everything coded in it')
      .option('--out <file>', 'output file, or - for stdout', '-'),
  ).action(
    action(async (flags: StoreFlags & { out: string }) => {
      await withStore(flags, async (store) => {
        const { documents } = await exportStore(store, flags.out);
        if (flags.out !== '-') process.stderr.write(`exported ${documents} document(s) from the ${store.kind} store to ${flags.out}\n`);
      });
    }),
  );

  storeFlags(
    program
      .command('import')
      .description('load an export into the store (idempotent: documents already there are left alone)')
      .argument('<file>', 'JSON Lines made by `escalade export`, or - for stdin')
      .option('--batch <n>', 'documents per transaction', '200'),
  ).action(
    action(async (file: string, flags: StoreFlags & { batch: string }) => {
      await withStore(flags, async (store) => {
        const report = await importFile(store, file, { batchSize: parsePositiveInt(flags.batch, '--batch', 200) });
        const rows = Object.entries(report.rows)
          .map(([table, n]) => `${table} ${n}`)
          .join(', ');
        process.stdout.write(
          `imported ${report.documents} new document(s), ${report.skipped} already present, into the ${store.kind} store` +
            `${rows ? ` (rows added: ${rows})` : ''}${report.danglingLinks ? `; ${report.danglingLinks} near-duplicate link(s) to missing documents dropped` : ''}\n`,
        );
      });
    }),
  );

  storeFlags(
    queueFlags(
      program
        .command('worker')
        .description('code documents from the JetStream work queue into the store, until SIGINT/SIGTERM')
        .option('--concurrency <n>', 'batches in progress at once in this process', '2')
        .option('--batch <n>', 'documents per transaction', '100')
        .option('--max-attempts <n>', 'deliveries before a failing document goes to the dead-letter subject', '5')
        .option('--id <id>', 'worker id shown by `escalade status` (default host-pid-random)')
        .option('--quiet', 'print nothing but errors'),
    ),
  ).action(
    action(async (flags: StoreFlags & QueueFlags & { concurrency: string; batch: string; maxAttempts: string; id?: string; quiet?: boolean }) => {
      const concurrency = parsePositiveInt(flags.concurrency, '--concurrency', 2);
      const batchSize = parsePositiveInt(flags.batch, '--batch', 100);
      const maxAttempts = parsePositiveInt(flags.maxAttempts, '--max-attempts', 5);
      const url = natsUrl(flags);
      if (!hasWorkerFlags()) {
        process.exitCode = await relaunchWithWorkerFlags();
        return;
      }
      const controller = new AbortController();
      const stop = () => controller.abort();
      // Not once: a terminal's Ctrl-C reaches both this process and its parent, which passes it on too.
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      stopWhenParentDies(stop);
      const log = (line: string) => {
        if (!flags.quiet) process.stderr.write(`${new Date().toISOString()} ${line}\n`);
      };
      const { runWorker } = await import('../scale/worker.js');
      await withStore(flags, async (store) => {
        const stats = await runWorker({
          natsUrl: url,
          store,
          names: queueNames(flags.queuePrefix),
          concurrency,
          batchSize,
          maxAttempts,
          id: flags.id,
          signal: controller.signal,
          onEvent: (event: WorkerEvent) => {
            if (event.type === 'ready') log(`worker ${event.id} consuming from ${url} into the ${store.kind} store ${store.location}`);
            else if (event.type === 'dead-letter') process.stderr.write(`dead-lettered ${event.documentId.slice(0, 12)} after ${event.deliveries} deliveries: ${event.error}\n`);
            else if (event.type === 'failed') log(`document ${event.documentId.slice(0, 12)} failed (delivery ${event.deliveries}), will be redelivered: ${event.error}`);
            else if (event.type === 'retry') log(`transient error, retry ${event.attempt}: ${event.error}`);
          },
        });
        log(`worker ${stats.id} stopped: ${stats.processed} processed (${stats.duplicates} already stored), ${stats.failed} failures, ${stats.deadLettered} dead-lettered`);
      });
    }),
  );

  storeFlags(
    queueFlags(
      program
        .command('status')
        .description('work stream depth, workers, throughput, dead letters and store counts')
        .option('--format <format>', 'table or json', 'table'),
    ),
  ).action(
    action(async (flags: StoreFlags & QueueFlags & { format?: string }) => {
      const format = parseFormat(flags.format, ['table', 'json']);
      const url = natsUrl(flags);
      let queue: QueueStatus | { nats: string; error: string };
      try {
        queue = await queueStatus(url, queueNames(flags.queuePrefix));
      } catch (error) {
        queue = { nats: url, error: (error as Error).message };
      }
      let store: StoreStatus | { error: string } | null = null;
      const database = flags.database ?? process.env.ESCALADE_DATABASE_URL;
      if (database || hasEmbeddedStore(flags.data ?? '.escalade')) {
        try {
          store = await withStore(flags, storeStatus);
        } catch (error) {
          store = { error: (error as Error).message };
        }
      }
      if (format === 'json') {
        process.stdout.write(`${JSON.stringify({ queue, store }, null, 2)}\n`);
      } else {
        printStatus(queue, store);
      }
      if ('error' in queue && (!store || 'error' in store)) throw new EscaladeError(`nothing to report: ${queue.error}`);
    }),
  );
}

function printStatus(queue: QueueStatus | { nats: string; error: string }, store: StoreStatus | { error: string } | null): void {
  const out: string[] = [];
  if ('error' in queue) out.push(`queue      ${queue.nats}: unavailable (${queue.error})`);
  else {
    out.push(`queue      ${queue.nats}`);
    if (!queue.stream) out.push('stream     not created yet (a worker or a publisher creates it)');
    else {
      out.push(`stream     ${queue.stream.name} (${queue.stream.subject}): ${queue.stream.messages} waiting of ${queue.stream.maxMessages} max, ${formatBytes(queue.stream.bytes)}`);
      if (queue.consumer) {
        const c = queue.consumer;
        out.push(`consumer   ${c.name}: ${c.pending} pending, ${c.ackPending} in progress, ${c.redelivered} redelivered, ${c.waiting} pull requests waiting`);
      }
    }
    out.push(`dead       ${queue.deadLetters} dead letter(s)`);
    const alive = queue.workers.filter((w) => w.alive).length;
    out.push(`throughput ${queue.throughput} documents/s (live workers, last minute)`);
    out.push(`workers    ${alive} live, ${queue.workers.length - alive} gone`);
  }
  if (store) {
    out.push(
      'error' in store
        ? `store      unavailable (${store.error})`
        : `store      ${store.kind} ${store.location}: ${store.documents} documents, ${store.coded} coded, ${store.nearDuplicates} near-duplicates`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (!('error' in queue) && queue.workers.length > 0) {
    process.stdout.write('\n');
    printRows(
      queue.workers,
      [
        { header: 'WORKER', value: (w) => w.id, width: 40 },
        { header: 'HOST', value: (w) => w.host, width: 24 },
        { header: 'PID', value: (w) => w.pid },
        { header: 'STATE', value: (w) => (w.alive ? 'live' : w.state === 'stopped' ? 'stopped' : 'silent') },
        { header: 'SEEN', value: (w) => `${w.ageSeconds}s ago` },
        { header: 'PROCESSED', value: (w) => w.processed },
        { header: 'DOCS/S', value: (w) => w.rate },
        { header: 'FAILED', value: (w) => w.failed },
        { header: 'DEAD', value: (w) => w.deadLettered },
      ],
      'table',
    );
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}
