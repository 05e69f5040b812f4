// Shared helpers of the simulate tests: a minimal scenario object to vary.
export function baseScenario(overrides: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'test-scenario',
    title: 'Test scenario',
    start: {
      at: '2024-11-20',
      actors: {
        RUS: { rung: 2, posture: 'launch_on_warning', resolve: 0.7 },
        USA: { rung: 1, posture: 'launch_on_warning', resolve: 0.5 },
        UKR: { rung: 1, posture: 'normal', resolve: 0.9 },
      },
    },
    parameters: overrides,
    events: [],
    ...extra,
  };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is n×n, copied). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}
