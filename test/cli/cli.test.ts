// End-to-end: the CLI as a user runs it (node bin/escalade.js), on a temporary store.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = join(process.cwd(), 'bin', 'escalade.js');
const dir = mkdtempSync(join(tmpdir(), 'escalade-cli-'));
const data = join(dir, 'store');

function run(args: string[], input?: string) {
  const result = spawnSync('node', [bin, ...args], { encoding: 'utf8', input, env: { ...process.env, CI: 'true' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('escalade CLI', () => {
  let demo: ReturnType<typeof run>;
  beforeAll(() => {
    demo = run(['demo', '--data', data]);
  }, 180_000);

  it('runs the demo on the bundled corpus and reports what it coded', () => {
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/ingest: 5 read, 5 new, 0 duplicate, 0 near-duplicate/);
    expect(demo.stdout).toMatch(/5 documents \(5 coded\)/);
  });

  it('is a no-op when the same corpus is ingested again', () => {
    const again = run(['demo', '--data', data]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/ingest: 5 read, 0 new, 5 duplicate/);
  });

  it('lists events as JSON with evidence found in the stored document text', () => {
    const events = JSON.parse(run(['events', '--data', data, '--actor', 'RUS', '--format', 'json']).stdout) as {
      documentId: string;
      actor: string;
      evidence: { text: string; start: number; end: number };
    }[];
    expect(events.length).toBeGreaterThan(5);
    expect(events.every((e) => e.actor === 'RUS')).toBe(true);
    const first = events[0];
    const shown = JSON.parse(run(['show', first.documentId.slice(0, 10), '--data', data, '--format', 'json']).stdout) as { text: string };
    expect(shown.text.slice(first.evidence.start, first.evidence.end)).toBe(first.evidence.text);
  });

  it('lists quotes by speaker and documents by full-text search', () => {
    const quotes = JSON.parse(run(['quotes', '--data', data, '--speaker', 'vladimir-putin', '--format', 'json']).stdout) as { speaker: { id: string } }[];
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.speaker.id === 'vladimir-putin')).toBe(true);
    // French stemming: "doctrines" finds documents that say "doctrine".
    const docs = run(['documents', '--data', data, '--search', 'doctrines', '--format', 'csv']);
    expect(docs.code).toBe(0);
    expect(docs.stdout.trim().split('\n').length).toBeGreaterThan(1);
  });

  it('shows what cleaning removed', () => {
    const list = JSON.parse(run(['documents', '--data', data, '--format', 'json']).stdout) as { id: string; removedBoilerplate: string[] }[];
    const noisy = list.find((d) => d.removedBoilerplate.includes('ADVERTISEMENT'));
    expect(noisy).toBeDefined();
    const shown = run(['show', noisy!.id, '--data', data]);
    expect(shown.stdout).toMatch(/removed by cleaning \(\d+ lines\):\n(.*\n)*  - ADVERTISEMENT/);
  });

  it('answers usage errors with one line and exit status 2', () => {
    const unknownFlag = run(['events', '--data', data, '--no-such-flag']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr.trim().split('\n')).toHaveLength(1);
    const badFormat = run(['events', '--data', data, '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/^escalade: --format must be one of table, json, csv/);
    const badDate = run(['documents', '--data', data, '--since', 'yesterday']);
    expect(badDate.code).toBe(2);
  });

  it('reports a bad input in one line, goes on with the rest, and exits 1', () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'Le Kremlin a annoncé mardi de nouveaux exercices nucléaires en Biélorussie.\n');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const result = run(['ingest', join(dir, 'missing.txt'), empty, good, '--data', data, '--published', '2024-05-07']);
    expect(result.code).toBe(1);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/missing\.txt/);
    expect(errors[1]).toMatch(/empty\.txt/);
    expect(result.stdout).toMatch(/1 new/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('extracts one document from standard input', () => {
    const result = run(['extract', '-', '--published', '2022-10-11', '--lang', 'fr'], 'Le président russe Vladimir Poutine a menacé vendredi d’utiliser l’arme nucléaire.\n');
    expect(result.code).toBe(0);
    const record = JSON.parse(result.stdout) as { document: { published: string }; events: { type: string; actor: string }[] };
    expect(record.document.published).toBe('2022-10-11');
    expect(record.events.some((e) => e.type === 'NUCLEAR_THREAT' && e.actor === 'RUS')).toBe(true);
  });
});
