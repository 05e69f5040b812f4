// Simulation: pick or edit a scenario, run it, watch progress, read the outcomes, survival and sensitivity.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import { apiFetch, useApi } from '../api.js';
import { Chart, axisStyle, palette } from '../components/Chart.js';
import { Card, ErrorLine, percent } from '../components/common.js';
import { useI18n } from '../i18n.js';
import type { SimulationJob } from '../types.js';

interface Proportion {
  p: number;
  ci95: { low: number; high: number };
}
interface SimulationResult {
  runs: number;
  horizonDays: number;
  seed: number;
  pUse: Proportion;
  deliberateShare?: Proportion;
  inadvertentShare?: Proportion;
  deEscalated?: Proportion;
  byActor?: Record<string, Proportion>;
  maxRung: { rung: number; name: string; count: number; share: number }[];
  survival: { day: number; pNoUse: number; ci95: { low: number; high: number } }[];
  sensitivity: { parameter: string; meaning: string; low: number; high: number; swing: number; pUseAtLow: Proportion; pUseAtHigh: Proportion }[];
  notes?: string[];
}

export function Simulate() {
  const { t } = useI18n();
  const scenarios = useApi<{ items: { name: string; title: string }[] }>('/api/scenarios');
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [original, setOriginal] = useState('');
  const [runs, setRuns] = useState(2000);
  const [horizon, setHorizon] = useState(365);
  const [seed, setSeed] = useState(1);
  const [job, setJob] = useState<SimulationJob | null>(null);
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const timer = useRef<number | null>(null);

  useEffect(() => {
    if (!name && scenarios.data && scenarios.data.items.length > 0) setName(scenarios.data.items[0].name);
  }, [scenarios.data, name]);

  useEffect(() => {
    if (!name) return;
    apiFetch<{ source: unknown }>(`/api/scenarios/${encodeURIComponent(name)}`)
      .then((answer) => {
        const text = answer.source ? JSON.stringify(answer.source, null, 2) : '';
        setSource(text);
        setOriginal(text);
      })
      .catch((e: Error) => setError(e));
  }, [name]);

  useEffect(() => () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
  }, []);

  const poll = useCallback((id: string) => {
    apiFetch<SimulationJob>(`/api/simulations/${id}`)
      .then(async (state) => {
        setJob(state);
        if (state.status === 'running') {
          timer.current = window.setTimeout(() => poll(id), 400);
        } else if (state.status === 'done') {
          const answer = await apiFetch<{ result: SimulationResult }>(`/api/simulations/${id}/result`);
          setResult(answer.result);
        } else {
          setError(new Error(state.error ?? state.status));
        }
      })
      .catch((e: Error) => setError(e));
  }, []);

  const run = async () => {
    setError(null);
    setResult(null);
    let scenario: unknown = name;
    if (source.trim() && source !== original) {
      try {
        scenario = JSON.parse(source);
      } catch {
        setError(new Error(t('invalidJson')));
        return;
      }
    }
    try {
      const started = await apiFetch<SimulationJob>('/api/simulations', { method: 'POST', body: { scenario, runs, horizonDays: horizon, seed } });
      setJob(started);
      poll(started.id);
    } catch (e) {
      setError(e as Error);
    }
  };

  const running = job?.status === 'running';
  return (
    <div className="simulate-page">
      <Card title={t('scenario')}>
        <ErrorLine error={scenarios.error} />
        <div className="sim-form">
          <label>
            {t('scenario')}
            <select value={name} onChange={(e) => setName(e.target.value)} data-testid="scenario-select">
              {(scenarios.data?.items ?? []).map((s) => (
                <option key={s.name} value={s.name}>
                  {s.title || s.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('runs')}
            <input type="number" min={100} max={200000} step={100} value={runs} onChange={(e) => setRuns(Number(e.target.value))} data-testid="runs" />
          </label>
          <label>
            {t('horizon')}
            <input type="number" min={1} max={3650} value={horizon} onChange={(e) => setHorizon(Number(e.target.value))} />
          </label>
          <label>
            {t('seed')}
            <input type="number" min={0} value={seed} onChange={(e) => setSeed(Number(e.target.value))} />
          </label>
          <button type="button" className="button" onClick={run} disabled={running || !name} data-testid="run-simulation">
            {running ? t('running') : t('run')}
          </button>
        </div>
        <details className="scenario-editor">
          <summary>{t('editScenario')}</summary>
          <textarea value={source} onChange={(e) => setSource(e.target.value)} spellCheck={false} rows={18} aria-label={t('editScenario')} />
        </details>
        {job ? (
          <div className="progress" data-testid="sim-progress">
            <span>{t('progress')}</span>
            <progress max={1} value={job.fraction ?? 0} />
            <span>{Math.round((job.fraction ?? 0) * 100)} %</span>
          </div>
        ) : null}
        <ErrorLine error={error} />
      </Card>
      {result ? <SimulationResults result={result} /> : null}
    </div>
  );
}

function SimulationResults({ result }: { result: SimulationResult }) {
  const { t } = useI18n();
  const rungData = useMemo<uPlot.AlignedData>(() => [result.maxRung.map((r) => r.rung), result.maxRung.map((r) => r.share * 100)], [result]);
  const rungOptions = useCallback(
    (): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [-0.6, Math.max(8, result.maxRung.length - 1) + 0.6] }, y: { range: [0, 100] } },
      axes: [
        { ...axisStyle, label: t('maxRung'), labelSize: 22, labelFont: axisStyle.font, values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')) },
        { ...axisStyle, size: 60, values: (_u, ticks) => ticks.map((v) => `${v} %`) },
      ],
      series: [{}, { label: 'share', fill: 'rgba(47,93,138,0.75)', stroke: palette.accent, paths: uPlot.paths.bars!({ size: [0.7, 48] }), points: { show: false } }],
    }),
    [result, t],
  );
  const survival = useMemo(() => [{ day: 0, pNoUse: 1, ci95: { low: 1, high: 1 } }, ...result.survival], [result]);
  const survivalData = useMemo<uPlot.AlignedData>(
    () => [survival.map((s) => s.day), survival.map((s) => s.pNoUse * 100), survival.map((s) => s.ci95.low * 100), survival.map((s) => s.ci95.high * 100)],
    [survival, t],
  );
  const survivalOptions = useCallback(
    (): Omit<uPlot.Options, 'width' | 'height'> => {
      const lowest = Math.min(...survival.map((s) => s.ci95.low * 100));
      return {
        legend: { show: false },
        scales: { x: { time: false }, y: { range: [Math.max(0, Math.floor(lowest - 1)), 100] } },
        axes: [{ ...axisStyle, label: t('day'), labelSize: 22, labelFont: axisStyle.font }, { ...axisStyle, size: 60, values: (_u, ticks) => ticks.map((v) => `${+v.toFixed(1)} %`) }],
        series: [
          {},
          { label: 'P(no use)', stroke: palette.green, width: 2, points: { show: true, size: 6, fill: palette.green } },
          { label: 'low', stroke: 'rgba(79,122,90,0.35)' },
          { label: 'high', stroke: 'rgba(79,122,90,0.35)' },
        ],
        bands: [{ series: [3, 2], fill: 'rgba(79,122,90,0.15)' }],
      };
    },
    [survival, t],
  );
  const sensitivity = [...result.sensitivity].sort((a, b) => Math.abs(b.swing) - Math.abs(a.swing)).slice(0, 10);
  const maxSwing = Math.max(1e-9, ...sensitivity.map((s) => Math.abs(s.swing)));
  return (
    <div className="sim-results" data-testid="sim-results">
      <div className="headline card">
        <span className="risk-value">{percent(result.pUse.p, 2)}</span>
        <span className="risk-sub">
          P(nuclear use) · {t('withinDays', { n: result.horizonDays })} · 95 % {percent(result.pUse.ci95.low, 2)}–{percent(result.pUse.ci95.high, 2)} · {result.runs} {t('runs').toLowerCase()} · seed {result.seed}
        </span>
      </div>
      <div className="grid-2">
        <Card title={t('outcomes')} testId="outcomes">
          <Chart options={rungOptions} data={rungData} label={t('outcomes')} height={220} testId="outcome-chart" />
          <p className="muted small">
            {result.maxRung.filter((r) => r.share > 0).map((r) => `${r.rung} ${r.name}: ${percent(r.share)}`).join(' · ')}
          </p>
        </Card>
        <Card title={t('survival')} testId="survival">
          <Chart options={survivalOptions} data={survivalData} label={t('survival')} height={220} testId="survival-chart" />
        </Card>
      </div>
      <Card title={t('sensitivity')} hint={t('sensitivityHint')} testId="sensitivity">
        <ul className="tornado">
          {sensitivity.map((s) => (
            <li key={s.parameter}>
              <span className="param" title={s.meaning}>
                {s.parameter}
              </span>
              <span className="bar-track">
                <span
                  className={`bar ${s.swing >= 0 ? 'up' : 'down'}`}
                  style={{ width: `${(Math.abs(s.swing) / maxSwing) * 50}%`, [s.swing >= 0 ? 'left' : 'right']: '50%' }}
                />
              </span>
              <span className="swing">
                {s.swing >= 0 ? '+' : '−'}
                {percent(Math.abs(s.swing), 2)}
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
