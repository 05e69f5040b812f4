// Commands of the show stage: `serve` (API + dashboard) and `watch` (feeds, rules, alerts).
import type { Command } from 'commander';
import { EscaladeError } from '../errors.js';
import { Store } from '../store/store.js';
import { action, parseDate, parsePositiveInt, storeFlags } from './common.js';

interface ServeFlags {
  port?: string;
  host: string;
  data?: string;
  database?: string;
  protectReads?: boolean;
  allowPrivateUrls?: boolean;
}

interface WatchFlags {
  interval: string;
  alert: string[];
  webhook?: string;
  once?: boolean;
  queue?: string;
  data?: string;
  database?: string;
  allowPrivateUrls?: boolean;
  at?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerShowCommands(program: Command): void {
  storeFlags(
    program
      .command('serve')
      .description('serve the JSON API (/api, OpenAPI at /api/docs) and the dashboard from one process')
      .option('--port <n>', 'port to listen on', '8080')
      .option('--host <host>', 'address to bind', '127.0.0.1')
      .option('--protect-reads', 'require the token (ESCALADE_TOKEN) for reads too')
      .option('--allow-private-urls', 'let URL ingestion reach loopback and private addresses'),
  ).action(
    action(async (flags: ServeFlags) => {
      const port = parsePositiveInt(flags.port, '--port', 8080);
      if (port > 65535) throw new EscaladeError(`--port must be at most 65535 (got ${port})`, 2);
      const { buildServer } = await import('../show/server/server.js');
      const store = await Store.open({ data: flags.data, databaseUrl: flags.database });
      const app = await buildServer(store, { protectReads: flags.protectReads === true, allowPrivateUrls: flags.allowPrivateUrls === true });
      try {
        await app.listen({ port, host: flags.host });
      } catch (error) {
        await store.close();
        throw new EscaladeError(`cannot listen on ${flags.host}:${port}: ${(error as Error).message}`);
      }
      const writes = process.env.ESCALADE_TOKEN ? 'writes need the token' : 'writes disabled (set ESCALADE_TOKEN to enable)';
      process.stderr.write(`escalade: serving http://${flags.host.includes(':') ? `[${flags.host}]` : flags.host}:${port} (${store.kind} store; ${writes}; reads ${flags.protectReads ? 'need the token' : 'open'})\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await app.close();
      await store.close();
    }),
  );

  storeFlags(
    program
      .command('watch')
      .description('poll feeds and folders, ingest what is new, and alert when a rule becomes true')
      .argument('<inputs...>', 'feed URLs, URLs, files or folders')
      .option('--interval <duration>', 'time between polls (30s, 10m, 2h)', '10m')
      .option('--alert <rule>', "alert rule, repeatable: 'risk.RUS.365 > 0.10', 'ladder.RUS >= 3', 'events.RUS > 5', 'doctrine.RUS changes'", collect, [])
      .option('--webhook <url>', 'POST each alert as JSON to this URL (retried with backoff)')
      .option('--once', 'poll once and exit')
      .option('--queue <nats-url>', 'publish new documents to the NATS work queue instead of ingesting here')
      .option('--allow-private-urls', 'let feeds and their links reach loopback and private addresses')
      .option('--at <date>', 'evaluate the rules as of this date YYYY-MM-DD (default: today), e.g. to replay an archive'),
  ).action(
    action(async (inputs: string[], flags: WatchFlags) => {
      const at = parseDate(flags.at, '--at');
      const { parseRule } = await import('../show/watch/rules.js');
      const { Watcher, parseInterval } = await import('../show/watch/watch.js');
      const rules = flags.alert.map(parseRule);
      let intervalMs: number;
      try {
        intervalMs = parseInterval(flags.interval);
      } catch (error) {
        throw new EscaladeError((error as Error).message, 2);
      }
      if (flags.webhook && !/^https?:\/\//i.test(flags.webhook)) throw new EscaladeError(`--webhook must be an http(s) URL (got "${flags.webhook}")`, 2);
      if (flags.queue && !/^nats:\/\//i.test(flags.queue)) throw new EscaladeError(`--queue must be a nats:// URL (got "${flags.queue}")`, 2);
      const store = await Store.open({ data: flags.data, databaseUrl: flags.database });
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        const watcher = new Watcher(store, {
          inputs,
          rules,
          intervalMs,
          webhook: flags.webhook,
          once: flags.once === true,
          queue: flags.queue,
          allowPrivateUrls: flags.allowPrivateUrls === true,
          at,
          signal: controller.signal,
        });
        if (!flags.once) process.stderr.write(`escalade: watching ${inputs.length} input${inputs.length > 1 ? 's' : ''} every ${flags.interval}, ${rules.length} rule${rules.length === 1 ? '' : 's'} (Ctrl-C to stop)\n`);
        await watcher.run();
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await store.close();
      }
    }),
  );
}
