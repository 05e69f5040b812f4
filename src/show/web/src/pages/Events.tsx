// Events explorer: filters in the address (shareable), a table, paging; a row opens its document.
import { useState, type FormEvent } from 'react';
import { EVENT_TYPES, POLARITIES } from '../../../../types.js';
import { query, useApi } from '../api.js';
import { Card, ErrorLine, Loading, Pill, eventDate } from '../components/common.js';
import { useI18n } from '../i18n.js';
import { navigate, type Route } from '../router.js';
import type { ApiEvent, Page } from '../types.js';

const PAGE = 25;
const FIELDS = ['actor', 'type', 'polarity', 'since', 'until', 'search'] as const;
type Field = (typeof FIELDS)[number];

export function Events({ route }: { route: Route }) {
  const { t, eventType } = useI18n();
  const current = Object.fromEntries(FIELDS.map((f) => [f, route.params.get(f) ?? ''])) as Record<Field, string>;
  const offset = Number(route.params.get('offset') ?? 0) || 0;
  const [form, setForm] = useState(current);
  const actors = useApi<{ items: { id: string; events: number }[] }>('/api/actors');
  const events = useApi<Page<ApiEvent>>(`/api/events${query({ ...current, limit: PAGE, offset })}`);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate('events', { ...form });
  };
  const go = (newOffset: number) => navigate('events', { ...current, offset: newOffset > 0 ? String(newOffset) : undefined });
  const total = events.data?.total ?? 0;

  return (
    <div className="events-page">
      <Card title={t('filters')}>
        <form className="filters" onSubmit={apply} data-testid="event-filters">
          <label>
            {t('actor')}
            <select value={form.actor} onChange={(e) => setForm({ ...form, actor: e.target.value })} name="actor">
              <option value="">{t('any')}</option>
              {(actors.data?.items ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {a.id} ({a.events})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('type')}
            <select value={form.type} onChange={(e) => setForm({ ...form, type: e.target.value })} name="type">
              <option value="">{t('any')}</option>
              {EVENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {eventType(type)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('polarity')}
            <select value={form.polarity} onChange={(e) => setForm({ ...form, polarity: e.target.value })} name="polarity">
              <option value="">{t('any')}</option>
              {POLARITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`polarity_${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('since')}
            <input type="date" value={form.since} onChange={(e) => setForm({ ...form, since: e.target.value })} name="since" />
          </label>
          <label>
            {t('until')}
            <input type="date" value={form.until} onChange={(e) => setForm({ ...form, until: e.target.value })} name="until" />
          </label>
          <label className="grow">
            {t('search')}
            <input type="search" value={form.search} onChange={(e) => setForm({ ...form, search: e.target.value })} name="search" />
          </label>
          <div className="filter-buttons">
            <button type="submit" className="button">{t('apply')}</button>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setForm(Object.fromEntries(FIELDS.map((f) => [f, ''])) as Record<Field, string>);
                navigate('events');
              }}
            >
              {t('reset')}
            </button>
          </div>
        </form>
      </Card>
      <Card title={`${t('navEvents')}${events.data ? ` · ${total}` : ''}`}>
        <ErrorLine error={events.error} />
        {events.loading && !events.data ? <Loading /> : null}
        <table className="events-table" data-testid="events-table">
          <thead>
            <tr>
              <th>{t('date')}</th>
              <th>{t('actor')}</th>
              <th>{t('type')}</th>
              <th>{t('evidence')}</th>
            </tr>
          </thead>
          <tbody>
            {(events.data?.items ?? []).map((e) => (
              <tr
                key={e.id}
                tabIndex={0}
                data-event-id={e.id}
                onClick={() => navigate(`documents/${e.documentId}`, { event: e.id })}
                onKeyDown={(k) => {
                  if (k.key === 'Enter') navigate(`documents/${e.documentId}`, { event: e.id });
                }}
              >
                <td className="nowrap">{eventDate(e)}</td>
                <td>
                  <span className="actor-tag">{e.actor}</span>
                  {e.target ? <span className="target"> → {e.target}</span> : null}
                </td>
                <td>
                  <span className={`event-type type-${e.type}`}>{eventType(e.type)}</span>
                  {e.polarity !== 'asserted' ? <Pill kind={e.polarity}>{t(`polarity_${e.polarity}`)}</Pill> : null}
                </td>
                <td className="evidence-cell">{e.evidence.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {events.data ? (
          <div className="pager">
            <button type="button" className="button secondary" disabled={offset === 0} onClick={() => go(Math.max(0, offset - PAGE))}>
              ← {t('previous')}
            </button>
            <span>{t('ofTotal', { from: total === 0 ? 0 : offset + 1, to: Math.min(total, offset + PAGE), total })}</span>
            <button type="button" className="button secondary" disabled={offset + PAGE >= total} onClick={() => go(offset + PAGE)}>
              {t('next')} →
            </button>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
