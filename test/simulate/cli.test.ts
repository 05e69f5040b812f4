// The `escalade simulate` command, run in-process on its own commander program.
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerSimulateCommands } from '../../src/cli/simulate-commands.js';
import type { SimulationResult } from '../../src/simulate/index.js';

async function run(args: string[]): Promise<{ stdout: string; stderr: string; exitCode: number | undefined }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    const program = new Command('escalade').exitOverride();
    registerSimulateCommands(program);
    await program.parseAsync(['node', 'escalade', 'simulate', ...args]);
    return { stdout, stderr, exitCode: process.exitCode as number | undefined };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = before;
  }
}

afterEach(() => vi.restoreAllMocks());

describe('escalade simulate', () => {
  it('prints the result as JSON with the seed, scenario and parameters used', async () => {
    const { stdout, exitCode } = await run(['deep-strike', '--runs', '300', '--horizon', '60', '--seed', '3', '--no-sensitivity', '--format', 'json']);
    expect(exitCode).toBeUndefined();
    const r = JSON.parse(stdout) as SimulationResult;
    expect(r.seed).toBe(3);
    expect(r.scenario.name).toBe('deep-strike');
    expect(r.horizonDays).toBe(60);
    expect(r.parameters.version).toBe(1);
    expect(r.survival.map((s) => s.day)).toEqual([30, 60]);
  });

  it('prints a table with P(use), shares, max rung, survival and sensitivity', async () => {
    const { stdout, stderr } = await run(['measured-2024-11-20', '--runs', '500', '--sensitivity-runs', '200']);
    expect(stdout).toMatch(/P\(nuclear use within 365 days\): [\d.]+% \(95% CI [\d.]+%–[\d.]+%\)/);
    expect(stdout).toMatch(/deliberate .* inadvertent/);
    expect(stdout).toMatch(/Maximum rung reached/);
    expect(stdout).toMatch(/day {3}30/);
    expect(stdout).toMatch(/Sensitivity \(one at a time, 200 runs per point/);
    expect(stderr).toBe(''); // no progress bar outside a terminal
  });

  it('bad input: one line naming the flag, non-zero exit', async () => {
    const bad = await run(['deep-strike', '--runs', '-5']);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^escalade: --runs must be a positive integer/);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const unknown = await run(['no-such']);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toMatch(/unknown scenario "no-such"/);
  });

  it('--list lists the bundled scenarios', async () => {
    const { stdout } = await run(['--list']);
    expect(stdout).toMatch(/measured-2022-10-01/);
    expect(stdout).toMatch(/negotiated-de-escalation/);
  });
});
