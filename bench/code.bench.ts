// Benchmark of the CODE stage: extraction throughput over >= 10,000 generated documents (seed paragraphs
// recombined with a fixed seed), next to a baseline pass measured in the same run (our own tokeniser +
// sentence splitter over the same texts), and linearity (1x vs 4x input size). Prints figures; asserts nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDiscourse } from '../src/code/discourse.js';
import { detectEvents } from '../src/code/events.js';
import { gazetteer } from '../src/code/gazetteer.js';
import { extract } from '../src/code/index.js';
import { segment } from '../src/code/segment.js';
import { mulberry32 as rng } from '../src/util/mulberry32.js';

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, '..', 'corpus', 'seeds');
const EN = join(here, '..', 'corpus', 'en', 'texts');


function paragraphs(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split(/\n\s*\n/))
      .map((p) => p.trim())
      .filter((p) => p.length > 40);
  } catch {
    return [];
  }
}

interface Doc {
  text: string;
  lang: string;
}

function generate(count: number, seed: number): Doc[] {
  const fr = paragraphs(SEEDS);
  const en = paragraphs(EN);
  const next = rng(seed);
  const docs: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const useEn = en.length > 0 && next() < 0.3;
    const pool = useEn ? en : fr;
    const n = 3 + Math.floor(next() * 6);
    const parts: string[] = [];
    for (let k = 0; k < n; k++) parts.push(pool[Math.floor(next() * pool.length)]);
    docs.push({ text: parts.join('\n\n'), lang: useEn ? 'en' : 'fr' });
  }
  return docs;
}

function timeIt(fn: () => number): { ms: number; out: number } {
  const t0 = performance.now();
  const out = fn();
  return { ms: performance.now() - t0, out };
}

function runExtract(docs: Doc[]): number {
  let events = 0;
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i];
    events += extract({ id: String(i), source: 'bench', title: null, lang: d.lang, published: '2024-11-19', text: d.text, removedBoilerplate: [] }).events.length;
  }
  return events;
}

/** The extractor's own steps (segmentation, gazetteer, quotes and speakers, events), without dates and attributes. */
function runCore(docs: Doc[]): number {
  let events = 0;
  for (const d of docs) {
    const seg = segment(d.text);
    const mentions = gazetteer().match(seg.tokens, '2024-11-19');
    events += detectEvents(seg, mentions, analyseDiscourse(seg, mentions)).length;
  }
  return events;
}

function runBaseline(docs: Doc[]): number {
  let sentences = 0;
  for (const d of docs) sentences += segment(d.text).sentences.length;
  return sentences;
}

export async function run(): Promise<void> {
  const docs = generate(10_000, 42);
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const mb = bytes / 1e6;
  // Warm-up (JIT, lexicon loading) on a slice, not timed.
  runExtract(docs.slice(0, 200));
  runBaseline(docs.slice(0, 200));

  runCore(docs.slice(0, 200));
  const base = timeIt(() => runBaseline(docs));
  const full = timeIt(() => runExtract(docs));
  const core = timeIt(() => runCore(docs));
  const coreMBs = mb / (core.ms / 1000);
  const baseMBs = mb / (base.ms / 1000);
  const fullMBs = mb / (full.ms / 1000);
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`documents: ${docs.length}, ${mb.toFixed(2)} MB (seed paragraphs recombined, seed 42)`);
  out(`baseline (tokeniser + sentence splitter): ${base.ms.toFixed(0)} ms, ${baseMBs.toFixed(2)} MB/s, ${(docs.length / (base.ms / 1000)).toFixed(0)} docs/s, ${base.out} sentences`);
  out(`extract (full CODE stage):                ${full.ms.toFixed(0)} ms, ${fullMBs.toFixed(2)} MB/s, ${(docs.length / (full.ms / 1000)).toFixed(0)} docs/s, ${full.out} events`);
  out(`core (without the dates and attributes engines): ${core.ms.toFixed(0)} ms, ${coreMBs.toFixed(2)} MB/s, ${(docs.length / (core.ms / 1000)).toFixed(0)} docs/s, ratio to baseline ${((coreMBs / baseMBs) * 100).toFixed(1)}%`);
  out(`breakdown: dates + attributes engines (extract - core) ${(full.ms - core.ms).toFixed(0)} ms = ${(((full.ms - core.ms) / full.ms) * 100).toFixed(1)}% of extract; core ${((core.ms / full.ms) * 100).toFixed(1)}%`);
  out(`ratio extract/baseline throughput: ${((fullMBs / baseMBs) * 100).toFixed(1)}% (target >= 20%); extract >= 1 MB/s: ${fullMBs >= 1 ? 'yes' : 'no'}`);

  // Linearity: one document made of n paragraphs vs one made of 4n paragraphs.
  const fr = paragraphs(SEEDS);
  const make = (n: number) => Array.from({ length: n }, (_, i) => fr[i % fr.length]).join('\n\n');
  const small = make(400);
  const large = make(1600);
  const one = (text: string) => timeIt(() => extract({ id: 'l', source: 'bench', title: null, lang: 'fr', published: '2024-11-19', text, removedBoilerplate: [] }).events.length);
  one(small);
  const t1 = one(small);
  const t4 = one(large);
  out(`linearity: 1x ${(small.length / 1e6).toFixed(2)} MB in ${t1.ms.toFixed(0)} ms; 4x ${(large.length / 1e6).toFixed(2)} MB in ${t4.ms.toFixed(0)} ms; ratio ${(t4.ms / t1.ms).toFixed(2)} (linear = 4)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await run();
