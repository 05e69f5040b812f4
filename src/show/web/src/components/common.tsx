// Small shared pieces: cards, status pills, loading and error lines, event rows.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n.js';
import type { ApiEvent } from '../types.js';

export function Card({ title, hint, children, className, testId }: { title: string; hint?: string; children: ReactNode; className?: string; testId?: string }) {
  return (
    <section className={`card ${className ?? ''}`} data-testid={testId}>
      <header className="card-head">
        <h2>{title}</h2>
        {hint ? <p className="hint">{hint}</p> : null}
      </header>
      {children}
    </section>
  );
}

export function Loading() {
  const { t } = useI18n();
  return <p className="muted loading">{t('loading')}</p>;
}

export function ErrorLine({ error }: { error: Error | null }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {t('error')}: {error.message}
    </p>
  );
}

export function Pill({ kind, children }: { kind: string; children: ReactNode }) {
  return <span className={`pill pill-${kind}`}>{children}</span>;
}

export function eventDate(e: ApiEvent): string {
  return e.date.value ?? e.published ?? '';
}

export function percent(p: number | null | undefined, digits = 1): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return '—';
  const value = p * 100;
  return `${value < 1 && value > 0 ? value.toFixed(2) : value.toFixed(digits)} %`;
}

export function EventLine({ event, onOpen }: { event: ApiEvent; onOpen: (e: ApiEvent) => void }) {
  const { eventType, t } = useI18n();
  return (
    <li className="event-line">
      <button type="button" className="linklike" onClick={() => onOpen(event)} title={t('openDocument')}>
        <span className="event-date">{eventDate(event)}</span>
        <span className="actor-tag">{event.actor}</span>
        <span className={`event-type type-${event.type}`}>{eventType(event.type)}</span>
        {event.polarity !== 'asserted' ? <Pill kind={event.polarity}>{t(`polarity_${event.polarity}`)}</Pill> : null}
      </button>
      <p className="evidence-snippet">{event.evidence.text}</p>
    </li>
  );
}
