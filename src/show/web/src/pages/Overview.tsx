// Overview: risk per actor now and over time, ladder, doctrine checklist, latest events and quotes.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type uPlot from 'uplot';
import { query, useApi } from '../api.js';
import { Chart, axisStyle, palette, toSeconds } from '../components/Chart.js';
import { Card, ErrorLine, EventLine, Loading, Pill, percent } from '../components/common.js';
import { useI18n } from '../i18n.js';
import { documentHref, navigate } from '../router.js';
import { readContributions, readLadderState, readRisk, readSeries, type SeriesPoint } from '../shapes.js';
import type { ApiEvent, Overview as OverviewData } from '../types.js';

const HORIZON = 365;

interface RiskAnswer {
  risk: unknown;
}
interface SeriesAnswer {
  series: unknown;
  events: { id: string; date: string; type: string; documentId: string; evidence: string }[];
}
interface LadderAnswer {
  rungs: { level: number; id: string; name: { en: string; fr: string } }[];
  state: unknown;
}
interface DoctrineAnswer {
  doctrines: {
    actor: string;
    doctrine: { id: string; title: string } | null;
    conditions: { id: string; ref: string; text: string; status: 'met' | 'approached' | 'not_met'; evidence: { eventId: string; documentId: string; date: string | null; text: string; reason: string }[] }[];
  }[];
}

function openEvent(e: { documentId: string; id: string }) {
  navigate(`documents/${e.documentId}`, { event: e.id });
}

export function Overview() {
  const { t } = useI18n();
  const overview = useApi<OverviewData>('/api/overview');
  const [at, setAt] = useState<string>('');
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    if (overview.data && !at) setAt(overview.data.latestDate?.slice(0, 10) || new Date().toISOString().slice(0, 10));
    if (overview.data && !selected && overview.data.actors.length > 0) setSelected(overview.data.actors[0].id);
  }, [overview.data, at, selected]);

  if (overview.loading && !overview.data) return <Loading />;
  if (overview.error) return <ErrorLine error={overview.error} />;
  const data = overview.data;
  if (!data) return null;
  if (data.counts.events === 0) {
    return (
      <div className="empty" data-testid="overview-empty">
        <p>{t('noData')}</p>
        <a className="button" href="#/ingest">{t('navIngest')}</a>
      </div>
    );
  }
  const actors = data.actors.slice(0, 4);
  return (
    <div className="overview" data-testid="overview">
      <div className="toolbar">
        <p className="counts">
          <strong>{data.counts.total}</strong> {t('documents')} · <strong>{data.counts.events}</strong> {t('events')}
        </p>
        <label className="inline">
          {t('asOf')}{' '}
          <input type="date" value={at} onChange={(e) => setAt(e.target.value)} data-testid="as-of" />
        </label>
      </div>
      <AlertsStrip />
      {at ? (
        <>
          <div className="risk-cards">
            {actors.map((a) => (
              <RiskCard key={a.id} actor={a.id} at={at} selected={a.id === selected} onSelect={() => setSelected(a.id)} />
            ))}
          </div>
          {selected ? <RiskSeriesCard actor={selected} at={at} /> : null}
          <div className="grid-2">
            <LadderCard at={at} actors={actors.map((a) => a.id)} />
            <DoctrineCard at={at} />
          </div>
        </>
      ) : null}
      <div className="grid-2">
        <Card title={t('latestEvents')} testId="latest-events">
          <ul className="event-list">
            {data.latestEvents.map((e: ApiEvent) => (
              <EventLine key={e.id} event={e} onOpen={openEvent} />
            ))}
          </ul>
        </Card>
        <Card title={t('latestQuotes')} testId="latest-quotes">
          <ul className="quote-list">
            {data.latestQuotes.map((q) => (
              <li key={`${q.documentId}-${q.seq}`}>
                <blockquote>{q.text}</blockquote>
                <p className="quote-meta">
                  — {q.speaker.name}
                  {q.published ? `, ${q.published}` : ''} · <a href={documentHref(q.documentId)}>{t('openDocument')}</a>
                </p>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}

function RiskCard({ actor, at, selected, onSelect }: { actor: string; at: string; selected: boolean; onSelect: () => void }) {
  const { t } = useI18n();
  const answer = useApi<RiskAnswer>(`/api/risk${query({ actor, at, horizon: HORIZON })}`);
  const ladder = useApi<LadderAnswer>(`/api/ladder${query({ at })}`);
  const { locale } = useI18n();
  const risk = readRisk(answer.data?.risk);
  const state = readLadderState(ladder.data?.state).find((s) => s.actor === actor);
  const rung = state ? ladder.data?.rungs[state.rung] : undefined;
  return (
    <button type="button" className={`risk-card ${selected ? 'selected' : ''}`} onClick={onSelect} data-testid={`risk-card-${actor}`}>
      <span className="risk-actor">{actor}</span>
      <span className="risk-value">{answer.error ? t('unavailable') : risk ? percent(risk.p) : '…'}</span>
      <span className="risk-sub">
        {t('withinDays', { n: HORIZON })}
        {risk && risk.low !== null && risk.high !== null ? ` · ${t('band')} ${percent(risk.low)}–${percent(risk.high)}` : ''}
      </span>
      {state && rung ? (
        <span className="risk-rung">
          <span className="rung-meter" aria-hidden="true">
            {Array.from({ length: 9 }, (_, i) => (
              <span key={i} className={i <= state.rung ? 'on' : ''} />
            ))}
          </span>
          {t('rung')} {state.rung} · {rung.name[locale]}
        </span>
      ) : null}
    </button>
  );
}

function RiskSeriesCard({ actor, at }: { actor: string; at: string }) {
  const { t, eventType } = useI18n();
  const answer = useApi<SeriesAnswer>(`/api/risk/series${query({ actor, to: at, horizon: HORIZON, step: 7 })}`);
  const explain = useApi<{ contributions: unknown }>(`/api/risk/explain${query({ actor, at, horizon: HORIZON, limit: 12 })}`);
  const points: SeriesPoint[] = useMemo(() => readSeries(answer.data?.series), [answer.data]);
  const markers = answer.data?.events ?? [];
  const data = useMemo<uPlot.AlignedData>(() => {
    const xs = points.map((p) => toSeconds(p.date));
    return [xs, points.map((p) => p.p * 100), points.map((p) => (p.low ?? p.p) * 100), points.map((p) => (p.high ?? p.p) * 100)];
  }, [points]);
  const options = useCallback(
    (): Omit<uPlot.Options, 'width' | 'height'> => ({
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.15)] } },
      axes: [
        { ...axisStyle },
        { ...axisStyle, size: 56, values: (_u, ticks) => ticks.map((v) => `${+v.toFixed(2)} %`) },
      ],
      series: [
        {},
        { label: 'risk', stroke: palette.accent, width: 2 },
        { label: 'low', stroke: 'rgba(47,93,138,0.35)', width: 1 },
        { label: 'high', stroke: 'rgba(47,93,138,0.35)', width: 1 },
      ],
      bands: [{ series: [3, 2], fill: palette.band }],
      hooks: {
        draw: [
          (u: uPlot) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.fillStyle = palette.risk;
            const bottom = u.bbox.top + u.bbox.height;
            for (const m of markers) {
              const x = u.valToPos(toSeconds(m.date), 'x', true);
              if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
              ctx.beginPath();
              ctx.moveTo(x, bottom - 9 * devicePixelRatio);
              ctx.lineTo(x - 4 * devicePixelRatio, bottom);
              ctx.lineTo(x + 4 * devicePixelRatio, bottom);
              ctx.closePath();
              ctx.fill();
            }
            ctx.restore();
          },
        ],
      },
    }),
    [markers],
  );
  const contributions = readContributions(explain.data?.contributions).slice(0, 6);
  return (
    <Card title={`${t('riskSeries')} — ${actor}`} hint={t('riskSeriesHint')} testId="risk-series">
      {answer.loading && !answer.data ? <Loading /> : null}
      <ErrorLine error={answer.error} />
      {points.length > 0 ? <Chart options={options} data={data} label={`${t('riskSeries')} ${actor}`} testId="risk-chart" /> : null}
      {contributions.length > 0 ? (
        <div className="contributions">
          <h3>
            {t('movedBy')} <span className="muted small">({t('logOdds')})</span>
          </h3>
          <ul>
            {contributions.map((c, i) => (
              <li key={i}>
                <span className={`delta ${c.weight >= 0 ? 'up' : 'down'}`}>{c.weight >= 0 ? '▲' : '▼'} {Math.abs(c.weight) < 1 ? c.weight.toFixed(3) : c.weight.toFixed(1)}</span>
                <span className="contrib-label">
                  {c.date ? `${c.date} · ` : ''}
                  {c.type ? eventType(c.type) : c.label}
                </span>
                {c.documentId ? (
                  <a href={documentHref(c.documentId, c.eventId ?? undefined)}>{t('openDocument')}</a>
                ) : null}
                {c.text ? <p className="evidence-snippet">{c.text}</p> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

function LadderCard({ at, actors }: { at: string; actors: string[] }) {
  const { t, locale } = useI18n();
  const answer = useApi<LadderAnswer>(`/api/ladder${query({ at })}`);
  const states = readLadderState(answer.data?.state);
  const rungs = answer.data?.rungs ?? [];
  return (
    <Card title={t('ladder')} hint={t('ladderHint')} testId="ladder">
      <ErrorLine error={answer.error} />
      <ol className="ladder" reversed>
        {[...rungs].reverse().map((r) => {
          const here = states.filter((s) => s.rung === r.level && (actors.includes(s.actor) || s.rung > 0));
          return (
            <li key={r.id} className={here.length > 0 ? 'occupied' : ''}>
              <span className="rung-level">{r.level}</span>
              <span className="rung-name">{r.name[locale]}</span>
              <span className="rung-actors">
                {here.map((s) => (
                  <span key={s.actor} className="actor-tag" title={s.peak ? `${t('peak')} ${s.peak.level.toFixed(1)} (${s.peak.date})` : undefined}>
                    {s.actor}
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

function DoctrineCard({ at }: { at: string }) {
  const { t } = useI18n();
  const answer = useApi<DoctrineAnswer>(`/api/doctrines${query({ at })}`);
  const reports = (Array.isArray(answer.data?.doctrines) ? answer.data.doctrines : []).filter((d) => d.doctrine);
  return (
    <Card title={t('doctrines')} hint={t('doctrinesHint')} testId="doctrines">
      {answer.loading && !answer.data ? <Loading /> : null}
      <ErrorLine error={answer.error} />
      {reports.map((report) => (
        <div key={report.actor} className="doctrine">
          <h3>
            <span className="actor-tag">{report.actor}</span> {report.doctrine?.title}
          </h3>
          <ul className="checklist">
            {report.conditions.map((c) => (
              <li key={c.id} className={`status-${c.status}`}>
                <Pill kind={c.status}>{t(`status_${c.status}`)}</Pill>
                <span className="condition-text">{c.text}</span>
                {c.evidence.slice(0, 2).map((e) => (
                  <a key={e.eventId} className="evidence-link" href={documentHref(e.documentId, e.eventId)} title={e.reason}>
                    {e.date ?? ''} · {e.text.slice(0, 140)}
                    {e.text.length > 140 ? '…' : ''}
                  </a>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </Card>
  );
}

interface AlertRow {
  id: number;
  rule: string;
  message: string;
  firedAt: string;
  delivered: boolean;
}

/** Alerts fired by watch mode (shown only when there are some). */
function AlertsStrip() {
  const { t } = useI18n();
  const answer = useApi<{ items: AlertRow[] }>('/api/alerts?limit=5');
  const items = answer.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('alerts')} className="alerts" testId="alerts">
      <ul className="alert-list">
        {items.map((a) => (
          <li key={a.id}>
            <span className="alert-time">{a.firedAt.slice(0, 16).replace('T', ' ')}</span>
            <code className="alert-rule">{a.rule}</code>
            <span>{a.message}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
