import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const run = (args: string[], input?: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', input });

describe('escalade extract / eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'escalade-code-cli-'));
  it('extract prints the §5 record as JSON', () => {
    const file = join(dir, 'doc.txt');
    writeFileSync(file, 'Vendredi, la Russie a déployé des armes nucléaires tactiques en Biélorussie, a déclaré Antony Blinken.\n');
    const r = run(['extract', file, '--published', '2023-06-20', '--lang', 'fr']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { document: { published: string }; events: Array<{ type: string; attributedTo: string }> };
    expect(out.document.published).toBe('2023-06-20');
    expect(out.events[0]).toMatchObject({ type: 'NUCLEAR_DEPLOYMENT', attributedTo: 'antony-blinken' });
  }, 120_000);
  it('a missing file exits 1 with one line', () => {
    const missing = run(['extract', join(dir, 'nope.txt')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n').filter((l) => l.startsWith('escalade:'))).toHaveLength(1);
  }, 120_000);
  it('empty and binary input exit 1', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(run(['extract', join(dir, 'empty.txt')]).status).toBe(1);
    writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 0, 255]));
    expect(run(['extract', join(dir, 'bin.dat')]).status).toBe(1);
  }, 120_000);
  it('bad flag values exit 2', () => {
    writeFileSync(join(dir, 'doc2.txt'), 'La Russie a déployé des armes nucléaires.\n');
    expect(run(['extract', join(dir, 'doc2.txt'), '--published', 'yesterday']).status).toBe(2);
    expect(run(['extract', join(dir, 'doc2.txt'), '--format', 'xml']).status).toBe(2);
  }, 120_000);
  it('eval prints per-type scores and one summary line', () => {
    const r = run(['eval', 'corpus/gold', 'corpus/seeds']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[lines.length - 1]).toMatch(/^summary: events F1 \d\.\d\d \(P \d\.\d\d R \d\.\d\d\) \| quotes F1 \d\.\d\d \| attribution \d\.\d\d \| dates \d\.\d\d \| boilerplate \d\.\d\d \| docs 5$/);
    expect(r.stdout).toMatch(/NUCLEAR_THREAT/);
  }, 120_000);
});
