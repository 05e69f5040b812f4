// Listing what the store keeps: documents, one document, events, quotes.
import type { Command } from 'commander';
import { EVENT_TYPES, POLARITIES } from '../types.js';
import { EscaladeError } from '../errors.js';
import type { StoredDocument, StoredEvent, StoredQuote } from '../store/store.js';
import { action, parseDate, parseFormat, parsePositiveInt, printRows, storeFlags, withStore, type StoreFlags } from './common.js';

interface DocumentsFlags extends StoreFlags {
  lang?: string;
  since?: string;
  until?: string;
  search?: string;
  limit?: string;
  format?: string;
}

interface EventsFlags extends StoreFlags {
  type?: string;
  actor?: string;
  polarity?: string;
  since?: string;
  until?: string;
  limit?: string;
  format?: string;
}

interface QuotesFlags extends StoreFlags {
  speaker?: string;
  search?: string;
  limit?: string;
  format?: string;
}

export function registerListCommands(program: Command): { events: Command } {
  storeFlags(
    program
      .command('documents')
      .description('list stored documents')
      .option('--lang <code>', 'only this language (fr, en, ...)')
      .option('--since <date>', 'published on or after YYYY-MM-DD')
      .option('--until <date>', 'published on or before YYYY-MM-DD')
      .option('--search <text>', 'full-text search (French and English stemming)')
      .option('--limit <n>', 'at most n documents', '100')
      .option('--format <format>', 'table, json or csv', 'table'),
  ).action(
    action(async (flags: DocumentsFlags) => {
      const format = parseFormat(flags.format);
      const filter = {
        lang: flags.lang,
        since: parseDate(flags.since, '--since'),
        until: parseDate(flags.until, '--until'),
        search: flags.search,
        limit: parsePositiveInt(flags.limit, '--limit', 100),
      };
      const docs = await withStore(flags, (store) => store.listDocuments(filter));
      printRows<StoredDocument>(
        docs,
        [
          { header: 'id', value: (d) => d.id.slice(0, 12) },
          { header: 'published', value: (d) => d.published ?? '-' },
          { header: 'lang', value: (d) => d.lang },
          { header: 'coded', value: (d) => (d.coded ? 'yes' : d.nearDuplicateOf ? `dup of ${d.nearDuplicateOf.slice(0, 8)}` : 'no') },
          { header: 'title', value: (d) => d.title ?? d.text.slice(0, 80), width: 70 },
          { header: 'source', value: (d) => d.source, width: 50 },
        ],
        format,
        ({ raw: _raw, text, ...meta }) => ({ ...meta, chars: text.length }),
      );
    }),
  );

  storeFlags(
    program
      .command('show')
      .description('show one document: cleaned text, what cleaning removed, and what was coded')
      .argument('<id>', 'document id or a unique prefix of it')
      .option('--format <format>', 'text or json', 'text'),
  ).action(
    action(async (id: string, flags: StoreFlags & { format?: string }) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw new EscaladeError(`--format must be text or json (got "${flags.format}")`, 2);
      await withStore(flags, async (store) => {
        const doc = await store.getDocument(id);
        if (!doc) throw new EscaladeError(`no document with id ${id}`);
        const record = await store.getRecord(doc.id);
        if (flags.format === 'json') {
          process.stdout.write(`${JSON.stringify({ ...doc, raw: undefined, record }, null, 2)}\n`);
          return;
        }
        const out: string[] = [
          `id:         ${doc.id}`,
          `source:     ${doc.source}`,
          `title:      ${doc.title ?? '-'}`,
          `language:   ${doc.lang}${doc.langScore !== undefined ? ` (score ${doc.langScore.toFixed(2)})` : ''}`,
          `published:  ${doc.published ?? 'unknown'}${doc.publishedFrom ? ` (from ${doc.publishedFrom})` : ''}`,
          `coded:      ${doc.coded ? `yes — ${record?.events.length ?? 0} events, ${record?.quotes.length ?? 0} quotes` : `no — ${doc.notCodedReason ?? 'not coded'}`}`,
          '',
          doc.text,
          '',
          `removed by cleaning (${doc.removedBoilerplate.length} lines):`,
          ...doc.removedBoilerplate.map((line) => `  - ${line}`),
        ];
        process.stdout.write(`${out.join('\n')}\n`);
      });
    }),
  );

  const events = program.command('events').description('list coded events (and merge or split them)');
  storeFlags(
    events
      .command('list', { isDefault: true })
      .description('list coded event mentions')
      .option('--type <type>', `event type (${EVENT_TYPES.join(', ')})`)
      .option('--actor <id>', 'actor id, e.g. RUS')
      .option('--polarity <polarity>', POLARITIES.join(', '))
      .option('--since <date>', 'event (or publication) date on or after YYYY-MM-DD')
      .option('--until <date>', 'on or before YYYY-MM-DD')
      .option('--limit <n>', 'at most n events', '1000')
      .option('--format <format>', 'table, json or csv', 'table'),
  ).action(
    action(async (flags: EventsFlags) => {
      const format = parseFormat(flags.format);
      if (flags.type && !(EVENT_TYPES as readonly string[]).includes(flags.type)) {
        throw new EscaladeError(`--type must be one of ${EVENT_TYPES.join(', ')} (got "${flags.type}")`, 2);
      }
      if (flags.polarity && !(POLARITIES as readonly string[]).includes(flags.polarity)) {
        throw new EscaladeError(`--polarity must be one of ${POLARITIES.join(', ')} (got "${flags.polarity}")`, 2);
      }
      const filter = {
        type: flags.type,
        actor: flags.actor?.toUpperCase(),
        polarity: flags.polarity,
        since: parseDate(flags.since, '--since'),
        until: parseDate(flags.until, '--until'),
        limit: parsePositiveInt(flags.limit, '--limit', 1000),
      };
      const rows = await withStore(flags, (store) => store.listEvents(filter));
      printRows<StoredEvent>(
        rows,
        [
          { header: 'id', value: (e) => e.id },
          { header: 'date', value: (e) => e.date.value ?? (e.published ? `~${e.published}` : '-') },
          { header: 'type', value: (e) => e.type },
          { header: 'actor', value: (e) => e.actor },
          { header: 'target', value: (e) => e.target ?? '' },
          { header: 'polarity', value: (e) => e.polarity },
          { header: 'attributedTo', value: (e) => e.attributedTo ?? '' },
          { header: 'evidence', value: (e) => e.evidence.text, width: 80 },
        ],
        format,
      );
    }),
  );

  storeFlags(
    program
      .command('quotes')
      .description('list quotes with their speakers')
      .option('--speaker <id>', 'speaker id, e.g. vladimir-putin')
      .option('--search <text>', 'quotes containing this text')
      .option('--limit <n>', 'at most n quotes', '1000')
      .option('--format <format>', 'table, json or csv', 'table'),
  ).action(
    action(async (flags: QuotesFlags) => {
      const format = parseFormat(flags.format);
      const filter = { speaker: flags.speaker, search: flags.search, limit: parsePositiveInt(flags.limit, '--limit', 1000) };
      const rows = await withStore(flags, (store) => store.listQuotes(filter));
      printRows<StoredQuote>(
        rows,
        [
          { header: 'document', value: (q) => q.documentId.slice(0, 12) },
          { header: 'speaker', value: (q) => q.speaker.id ?? `? ${q.speaker.name}` },
          { header: 'direct', value: (q) => (q.direct ? 'yes' : 'no') },
          { header: 'cue', value: (q) => q.cue ?? '', width: 24 },
          { header: 'text', value: (q) => q.text, width: 90 },
        ],
        format,
      );
    }),
  );

  return { events };
}
