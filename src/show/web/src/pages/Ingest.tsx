// Ingest: paste a text or give a URL, see the coded record.
import { useState, type FormEvent } from 'react';
import { apiFetch } from '../api.js';
import { Card, ErrorLine, Pill } from '../components/common.js';
import { useI18n } from '../i18n.js';
import { documentHref } from '../router.js';
import type { IngestAnswer } from '../types.js';

export function Ingest() {
  const { t, eventType } = useI18n();
  const [mode, setMode] = useState<'text' | 'url'>('text');
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<IngestAnswer | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setAnswer(null);
    const body: Record<string, string> = mode === 'text' ? { text } : { url };
    if (title) body.title = title;
    if (published) body.published = published;
    try {
      setAnswer(await apiFetch<IngestAnswer>('/api/ingest', { method: 'POST', body }));
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const record = answer?.record;
  return (
    <div className="ingest-page">
      <Card title={t('ingestTitle')} hint={t('ingestHint')}>
        <form onSubmit={submit} className="ingest-form" data-testid="ingest-form">
          <div className="segmented" role="tablist">
            <button type="button" role="tab" aria-selected={mode === 'text'} className={mode === 'text' ? 'on' : ''} onClick={() => setMode('text')}>
              {t('pasteText')}
            </button>
            <button type="button" role="tab" aria-selected={mode === 'url'} className={mode === 'url' ? 'on' : ''} onClick={() => setMode('url')}>
              {t('fromUrl')}
            </button>
          </div>
          {mode === 'text' ? (
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={12} required aria-label={t('pasteText')} name="text" />
          ) : (
            <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" required aria-label={t('fromUrl')} name="url" />
          )}
          <div className="row">
            <label className="grow">
              {t('title')}
              <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} name="title" />
            </label>
            <label>
              {t('published')}
              <input type="date" value={published} onChange={(e) => setPublished(e.target.value)} name="published" />
            </label>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('loading') : t('submit')}
            </button>
          </div>
        </form>
        <ErrorLine error={error} />
      </Card>
      {answer ? (
        <Card title={t('codedResult')} testId="ingest-result">
          <p>
            <Pill kind={answer.status}>{answer.status === 'new' ? t('statusNew') : answer.status === 'duplicate' ? t('statusDuplicate') : t('statusNear')}</Pill>{' '}
            {answer.documentId ? <a href={documentHref(answer.documentId)}>{t('openDocument')}</a> : null}
          </p>
          {record ? (
            <>
              <h3>
                {t('navEvents')} ({record.events.length})
              </h3>
              {record.events.length === 0 ? <p className="muted">{t('noEvents')}</p> : null}
              <ul className="event-list">
                {record.events.map((e, i) => (
                  <li key={i} className="event-line">
                    <span className="event-date">{e.date.value ?? ''}</span> <span className="actor-tag">{e.actor}</span>{' '}
                    <span className={`event-type type-${e.type}`}>{eventType(e.type)}</span>{' '}
                    {e.polarity !== 'asserted' ? <Pill kind={e.polarity}>{t(`polarity_${e.polarity}`)}</Pill> : null}
                    <p className="evidence-snippet">{e.evidence.text}</p>
                  </li>
                ))}
              </ul>
              <h3>{t('actors')}</h3>
              <p className="chips">
                {record.actors.map((a, i) => (
                  <span key={i} className="chip">
                    {a.name}
                    {a.id ? <span className="muted"> · {a.id}</span> : null}
                  </span>
                ))}
              </p>
              {record.quotes.length > 0 ? <h3>{t('quotes')}</h3> : null}
              <ul className="quote-list compact">
                {record.quotes.map((q, i) => (
                  <li key={i}>
                    <blockquote>{q.text}</blockquote>
                    <p className="quote-meta">— {q.speaker.name}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
