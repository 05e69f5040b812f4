// Commands of the code stage: `extract` (one document -> coded record) and `eval` (scores against gold).
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { EscaladeError } from '../errors.js';
import type { CodedRecord } from '../types.js';

// The extractor and its data load on first use, so other commands do not pay for them at start-up.
const SUPPORTED = ['fr', 'en'];
import { action, parseDate, parseFormat } from './common.js';

interface ExtractFlags {
  published?: string;
  lang?: string;
  format?: string;
}

interface EvalFlags {
  format?: string;
  details?: boolean;
}

function readInput(file: string): string {
  let buffer: Buffer;
  try {
    if (file === '-') buffer = readFileSync(0);
    else {
      if (statSync(file).isDirectory()) throw new EscaladeError(`${file}: is a directory, not a document`);
      buffer = readFileSync(file);
    }
  } catch (error) {
    if (error instanceof EscaladeError) throw error;
    throw new EscaladeError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (buffer.length === 0) throw new EscaladeError(`${file}: empty input`);
  const sample = buffer.subarray(0, 8000);
  if (sample.includes(0)) throw new EscaladeError(`${file}: binary input, not text`);
  const text = buffer.toString('utf8');
  if (text.trim().length === 0) throw new EscaladeError(`${file}: empty input`);
  return text;
}

function printRecordTable(record: CodedRecord): void {
  const out: string[] = [];
  const d = record.document;
  out.push(`document ${d.id.slice(0, 12)}  ${d.source}  lang=${d.lang}  published=${d.published ?? '-'}`);
  if (record.notCoded) out.push(`not coded: ${record.notCoded}`);
  out.push(`actors: ${record.actors.map((a) => `${a.id ?? a.name}×${a.mentions.length}`).join(', ') || '-'}`);
  out.push('quotes:');
  for (const q of record.quotes) out.push(`  ${(q.speaker.id ?? `?${q.speaker.name}`).padEnd(26)} ${q.direct ? 'direct ' : 'partial'} «${q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text}»`);
  out.push('events:');
  for (const e of record.events) {
    out.push(`  ${e.type.padEnd(24)} ${e.actor.padEnd(5)} ${(e.target ?? '-').padEnd(5)} ${e.polarity.padEnd(12)} ${(e.attributedTo ?? '-').padEnd(24)} ${(e.date.value ?? '-').padEnd(10)} ${e.confidence.toFixed(2)}  «${e.evidence.text.length > 70 ? `${e.evidence.text.slice(0, 69)}…` : e.evidence.text}»`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

export function registerCodeCommands(program: Command): void {
  program
    .command('extract')
    .description('code one document: actors, quotes and events as JSON (ontology §5)')
    .argument('<file>', 'text file, or - for standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD (relative dates and role phrases resolve against it)')
    .option('--lang <lang>', `language of the text (${SUPPORTED.join('|')}); detected when absent`)
    .option('--format <format>', 'json or table', 'json')
    .action(
      action(async (file: string, flags: ExtractFlags) => {
        const format = parseFormat(flags.format, ['json', 'table']);
        const published = parseDate(flags.published, '--published') ?? null;
        if (flags.lang !== undefined && !/^[a-z]{2}$/.test(flags.lang)) throw new EscaladeError(`--lang must be a two-letter language code such as fr or en (got "${flags.lang}")`, 2);
        const raw = readInput(file);
        const { readString } = await import('../read/index.js');
        const { extract } = await import('../code/index.js');
        const doc = readString(raw, { source: file === '-' ? 'stdin' : file, fallbackPublished: published, lang: flags.lang ?? null });
        const record = extract({ id: doc.id, source: doc.source, title: doc.title, lang: flags.lang ?? doc.lang, published: doc.published ?? published, text: doc.text, removedBoilerplate: doc.removedBoilerplate });
        if (format === 'json') process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
        else printRecordTable(record);
      }),
    );

  program
    .command('eval')
    .description('score the extractor against gold annotations (ontology §6)')
    .argument('<goldDir>', 'folder of gold *.json files')
    .argument('<textDir>', 'folder of the texts they annotate')
    .option('--format <format>', 'table or json', 'table')
    .option('--details', 'list missed and spurious items per document')
    .action(
      action(async (goldDir: string, textDir: string, flags: EvalFlags) => {
        const format = parseFormat(flags.format, ['table', 'json']);
        const { evaluate, formatTable, prf, summaryLine } = await import('../code/eval.js');
        const report = evaluate(goldDir, textDir);
        if (format === 'json') {
          const byType = Object.fromEntries(Object.entries(report.eventsByType).map(([t, c]) => [t, { ...c, ...prf(c) }]));
          const out = { ...report, details: flags.details ? report.details : undefined, eventsByType: byType, eventScores: prf(report.events), quoteScores: prf(report.quotes), summary: summaryLine(report) };
          process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        } else process.stdout.write(`${formatTable(report, flags.details === true)}\n`);
      }),
    );
}
