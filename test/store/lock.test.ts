// The data-folder lock: PGlite has none between (or within) processes, so Escalade keeps its own.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../src/store/lock.js';

describe('data folder lock', () => {
  it('refuses a second lock on the same folder in the same process until released', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escalade-lock-'));
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, 'escalade.lock'), 'utf8')).toBe(String(process.pid));
    expect(() => lockDataFolder(dir)).toThrow(/already open in this process/);
    release();
    const again = lockDataFolder(dir);
    again();
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'escalade-lock-'));
    // Pids are bounded by pid_max (at most 2^22 on Linux): this one cannot be alive.
    writeFileSync(join(dir, 'escalade.lock'), String(2 ** 22 + 12345));
    const release = lockDataFolder(dir);
    expect(readFileSync(join(dir, 'escalade.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
