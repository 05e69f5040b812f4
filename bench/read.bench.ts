// Read-stage benchmark. Generates a corpus (seed paragraphs recombined, with exact and near duplicates
// and boilerplate lines mixed in) in a temp folder, streaming it to disk, then measures:
//   (a) baselines: walking the folder, reading each file and hashing it with sha256, once with
//       fs/promises readFile and once with readFileSync (the kind of call readInputs makes);
//   (b) cleaning: readInputs over the same folder (decode, clean, language, id);
//   (b') the floor of (b): the same reads, UTF-8 check, language and id hash without any line rule;
//   (c) cleaning + MinHash + storing in batches of 500 in an embedded store (written with COPY), and how much of the store's time
//       goes to computing the full-text vectors (PostgreSQL's own parser and french/english dictionaries).
// Prints documents/s, MB/s, the (b)/(a) ratio and RSS at 5k docs and at the end. Asserts nothing.
// ESCALADE_BENCH_READ_DOCS sets the corpus size (default 20,000). `npm run bench` runs node with --expose-gc,
// so RSS/heap figures are taken after a collection (without it they include garbage not yet collected).
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { detectLanguage, minhashOf, readInputs } from '../src/read/index.js';
import { assertText, decodeUtf8 } from '../src/read/validate.js';
import { Store, type DocumentToSave } from '../src/store/store.js';
import { mulberry32 as rng } from '../src/util/mulberry32.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FILES_PER_FOLDER = 1_000;
const BATCH = 500;
const RSS_MARK = 5_000;

const BOILERPLATE = [
  'Facebook\nTwitter\nLinkedIn\nPinterest',
  'ADVERTISEMENT',
  'Lire aussi\u00a0 Les États-Unis ont confondu le drone avec l’un des leurs | International',
  'For Latest Updates Follow us on Google\u00a0News',
  'Leave a Comment',
  'arme nucléaire vladimir poutine russie poutine attaque de missile',
];


function seedParagraphs(): string[] {
  const dir = join(ROOT, 'corpus', 'seeds');
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    for (const p of readFileSync(join(dir, f), 'utf8').split(/\n/)) if (p.trim().length > 80) out.push(p.trimEnd());
  }
  return out;
}

function makeDocument(i: number, paragraphs: string[]): string {
  const next = rng(i * 7919 + 1);
  const count = 6 + Math.floor(next() * 10);
  const body: string[] = [`Dépêche ${i} : ${paragraphs[Math.floor(next() * paragraphs.length)].slice(0, 90)}`];
  for (let k = 0; k < count; k++) {
    body.push(paragraphs[Math.floor(next() * paragraphs.length)]);
    if (next() < 0.15) body.push(BOILERPLATE[Math.floor(next() * BOILERPLATE.length)]);
  }
  return body.join('\n\n');
}

/** 80% fresh, 10% exact copies and 10% lightly edited copies of an earlier document. */
function generateCorpus(dir: string, total: number): number {
  const paragraphs = seedParagraphs();
  let bytes = 0;
  for (let i = 0; i < total; i++) {
    const roll = rng(i + 104_729)();
    let text: string;
    if (i > 10 && roll < 0.1) text = makeDocument(Math.floor(roll * 10 * i), paragraphs);
    else if (i > 10 && roll < 0.2) text = `Publié par la rédaction\n\n${makeDocument(Math.floor((roll - 0.1) * 10 * i), paragraphs).replace(/\bPoutine\b/, 'Vladimir Poutine')}`;
    else text = makeDocument(i, paragraphs);
    const folder = join(dir, String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0'));
    if (i % FILES_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const buffer = Buffer.from(text, 'utf8');
    bytes += buffer.length;
    writeFileSync(join(folder, `${String(i).padStart(6, '0')}.txt`), buffer);
  }
  return bytes;
}

function* walkFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path);
    else yield path;
  }
}

const mb = (bytes: number) => bytes / (1024 * 1024);
/** Collects garbage first when node runs with --expose-gc, so the figures show what is retained. */
const collect = () => (globalThis as { gc?: () => void }).gc?.();
const rssMb = () => {
  collect();
  return Math.round(mb(process.memoryUsage().rss));
};
const heapMb = () => Math.round(mb(process.memoryUsage().heapUsed));
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function run(): Promise<void> {
  const total = Number(process.env.ESCALADE_BENCH_READ_DOCS ?? 20_000);
  const work = mkdtempSync(join(tmpdir(), 'escalade-read-bench-'));
  const corpus = join(work, 'corpus');
  try {
    let t = performance.now();
    const bytes = generateCorpus(corpus, total);
    process.stdout.write(`corpus: ${fmt(total)} documents, ${fmt(mb(bytes), 1)} MB, generated in ${fmt((performance.now() - t) / 1000, 1)} s (RSS ${rssMb()} MB)\n`);

    // (a) baselines. The two ways of reading differ by up to 15x on the same machine (promise-based reads
    // make several thread-pool round trips per file, whose cost varies with the kernel and libuv's io_uring
    // setting), so both are printed and the cleaning ratio is given against each.
    const baseline = async (read: (file: string) => Buffer | Promise<Buffer>) => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      let docs = 0;
      for (const file of walkFiles(corpus)) {
        createHash('sha256').update(await read(file)).digest('hex');
        docs++;
      }
      const seconds = (performance.now() - started) / 1000;
      return { docs, seconds, rate: docs / seconds, cpuS: cpuSeconds(cpuBefore) };
    };
    const asyncBaseline = await baseline((file) => readFile(file));
    const syncBaseline = await baseline((file) => readFileSync(file));
    for (const [label, b] of [['readFile (async)', asyncBaseline], ['readFileSync', syncBaseline]] as const) {
      process.stdout.write(`(a) read + sha256, ${label.padEnd(17)} ${fmt(b.rate)} docs/s, ${fmt(mb(bytes) / b.seconds, 1)} MB/s (CPU ${fmt(b.cpuS, 1)} s)\n`);
    }

    // (b) cleaning alone
    const cpu = process.cpuUsage();
    t = performance.now();
    let cleaned = 0;
    let failed = 0;
    const ids = new Set<string>();
    let rssAt5k = 0;
    let heapAt5k = 0;
    for await (const outcome of readInputs([corpus])) {
      if (outcome.ok) {
        cleaned++;
        ids.add(outcome.doc.id);
      } else failed++;
      if (cleaned + failed === RSS_MARK) {
        rssAt5k = rssMb();
        heapAt5k = heapMb();
      }
    }
    const cleanS = (performance.now() - t) / 1000;
    const cleanCpuS = cpuSeconds(cpu);
    const cleanRate = cleaned / cleanS;
    const percentOf = (rate: number) => `${fmt((100 * cleanRate) / rate, 1)}%`;
    process.stdout.write(
      `(b) readInputs (cleaning): ${fmt(cleanRate)} docs/s, ${fmt(mb(bytes) / cleanS, 1)} MB/s, ${failed} failed, ${fmt(ids.size)} distinct ids; CPU ${fmt(cleanCpuS, 1)} s; ` +
        `RSS ${rssAt5k} MB (heap ${heapAt5k} MB) at ${fmt(RSS_MARK)} docs, ${rssMb()} MB (heap ${heapMb()} MB) at ${fmt(cleaned + failed)}\n` +
        `    cleaning throughput = ${percentOf(asyncBaseline.rate)} of the readFile baseline, ${percentOf(syncBaseline.rate)} of the readFileSync baseline (target >= 30%)\n`,
    );

    // (b') what (b) costs before its line rules run: no line rule can make cleaning faster than this.
    {
      const started = performance.now();
      let docs = 0;
      for (const file of walkFiles(corpus)) {
        const text = decodeUtf8(readFileSync(file), file);
        assertText(text, file);
        detectLanguage(text);
        createHash('sha256').update(text).digest('hex');
        docs++;
      }
      const rate = docs / ((performance.now() - started) / 1000);
      process.stdout.write(
        `(b') read + UTF-8 check + language + id hash, no line rule: ${fmt(rate)} docs/s = ${fmt((100 * rate) / syncBaseline.rate, 1)}% of the readFileSync baseline ` +
          `(the ceiling for (b) on one core); the rest of (b), line rules and folder walk, takes ${fmt(1e6 / cleanRate - 1e6 / rate, 0)} µs per document\n`,
      );
    }

    // (c) cleaning + MinHash + storing
    const openStart = performance.now();
    const store = await Store.open({ data: join(work, 'store') });
    const openS = (performance.now() - openStart) / 1000;
    try {
      t = performance.now();
      let stored = 0;
      let storeMs = 0;
      let batch: DocumentToSave[] = [];
      let rssStoreAt5k = 0;
      const flush = async () => {
        const s = performance.now();
        await store.saveDocuments(batch);
        storeMs += performance.now() - s;
        stored += batch.length;
        batch = [];
      };
      for await (const outcome of readInputs([corpus])) {
        if (!outcome.ok) continue;
        batch.push({ doc: outcome.doc, record: null, notCodedReason: 'bench', minhash: minhashOf(outcome.doc.text) });
        if (batch.length >= BATCH) await flush();
        if (stored + batch.length === RSS_MARK) rssStoreAt5k = rssMb();
      }
      await flush();
      const allS = (performance.now() - t) / 1000;
      const counts = await store.countDocuments();
      // The stored full-text vector is a generated column: time the same expression over stored rows.
      const sampleRows = Math.min(2_000, counts.total);
      const vectorStart = performance.now();
      await sql`select sum(length(case when lang = 'fr' then to_tsvector('french', coalesce(title, '') || ' ' || text)
                                      else to_tsvector('english', coalesce(title, '') || ' ' || text) end))
                from (select lang, title, text from documents limit ${sampleRows}) d`.execute(store.db);
      const vectorMsPerDoc = (performance.now() - vectorStart) / sampleRows;
      process.stdout.write(
        `(c) clean + minhash + store: ${fmt(stored / allS)} docs/s overall (${fmt(mb(bytes) / allS, 1)} MB/s); ` +
          `store alone ${fmt(stored / (storeMs / 1000))} docs/s in batches of ${BATCH} (target >= 1,000); ` +
          `${fmt(counts.total)} rows kept (exact duplicates skipped); store opened in ${fmt(openS, 1)} s; ` +
          `RSS ${rssStoreAt5k} MB at ${fmt(RSS_MARK)} docs, ${rssMb()} MB at ${fmt(stored)}\n` +
          `    of the store's time per document (${fmt(storeMs / stored, 2)} ms), computing the full-text vector takes ${fmt(vectorMsPerDoc, 2)} ms ` +
          `(${fmt((100 * vectorMsPerDoc * stored) / storeMs, 0)}%, timed on ${fmt(sampleRows)} stored rows)\n`,
      );
    } finally {
      await store.close();
    }
    process.stdout.write(`peak RSS (maxRSS): ${fmt(process.resourceUsage().maxRSS / 1024)} MB\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
