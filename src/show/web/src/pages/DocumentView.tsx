// One document: its text with evidence, actors and quotes highlighted, the coded events, the removed boilerplate.
import { useEffect, useState } from 'react';
import { useApi } from '../api.js';
import { HighlightedText } from '../components/HighlightedText.js';
import { Card, ErrorLine, Loading, Pill } from '../components/common.js';
import { useI18n } from '../i18n.js';
import { navigate, type Route } from '../router.js';
import type { DocumentDetail, Highlight } from '../types.js';

export function DocumentView({ route }: { route: Route }) {
  const { t, eventType } = useI18n();
  const id = route.path[1] ?? '';
  const focusParam = route.params.get('event');
  const answer = useApi<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`);
  const [show, setShow] = useState<Record<Highlight['kind'], boolean>>({ evidence: true, actor: true, quote: true });
  const [focus, setFocus] = useState<string | null>(focusParam);

  useEffect(() => setFocus(focusParam), [focusParam]);
  useEffect(() => {
    if (!answer.data || !focus) return;
    const mark = document.querySelector(`mark.hl-focus`);
    mark?.scrollIntoView({ block: 'center' });
  }, [answer.data, focus]);

  if (answer.loading && !answer.data) return <Loading />;
  if (answer.error) return <ErrorLine error={answer.error} />;
  const data = answer.data;
  if (!data) return null;
  const doc = data.document;

  return (
    <div className="document-page">
      <div className="doc-main">
        <button type="button" className="linklike back" onClick={() => window.history.back()}>
          ← {t('back')}
        </button>
        <article className="card document" data-testid="document">
          <h1 className="doc-title">{doc.title ?? doc.source}</h1>
          <dl className="doc-meta">
            <div>
              <dt>{t('source')}</dt>
              <dd className="source">{doc.source}</dd>
            </div>
            <div>
              <dt>{t('published')}</dt>
              <dd>{doc.published ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('lang')}</dt>
              <dd>{doc.lang}</dd>
            </div>
          </dl>
          {!doc.coded ? <p className="muted">{t('notCoded')}: {doc.notCodedReason}</p> : null}
          <fieldset className="legend">
            <legend>{t('legend')}</legend>
            {(['evidence', 'actor', 'quote'] as const).map((kind) => (
              <label key={kind} className={`legend-item legend-${kind}`}>
                <input type="checkbox" checked={show[kind]} onChange={(e) => setShow({ ...show, [kind]: e.target.checked })} />
                <span className={`swatch hl-${kind}`} />
                {t(kind === 'evidence' ? 'legendEvidence' : kind === 'actor' ? 'legendActors' : 'legendQuotes')}
              </label>
            ))}
          </fieldset>
          <HighlightedText text={doc.text} highlights={data.highlights} show={show} focus={focus} />
          <details className="boilerplate" data-testid="boilerplate">
            <summary>
              {t('removedBoilerplate')} ({doc.removedBoilerplate.length})
            </summary>
            {doc.removedBoilerplate.length === 0 ? (
              <p className="muted">{t('noneRemoved')}</p>
            ) : (
              <ul>
                {doc.removedBoilerplate.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </details>
        </article>
      </div>
      <aside className="doc-side">
        <Card title={`${t('navEvents')} (${data.events.length})`}>
          <ul className="side-events">
            {data.events.map((e) => (
              <li key={e.id} className={focus === e.id ? 'focused' : ''}>
                <button type="button" className="linklike" onClick={() => navigate(`documents/${doc.id}`, { event: e.id })} data-event-id={e.id}>
                  <span className="actor-tag">{e.actor}</span> <span className={`event-type type-${e.type}`}>{eventType(e.type)}</span>
                </button>
                <span className="muted small">
                  {e.date.value ?? e.published ?? ''} · {t('confidence')} {Math.round(e.confidence * 100)} %
                  {e.attributedTo ? ` · ${t('attributedTo')} ${e.attributedTo}` : ''}
                </span>
                {e.polarity !== 'asserted' ? <Pill kind={e.polarity}>{t(`polarity_${e.polarity}`)}</Pill> : null}
              </li>
            ))}
          </ul>
        </Card>
        <Card title={`${t('actors')} (${data.actors.length})`}>
          <p className="chips">
            {data.actors.map((a, i) => (
              <span key={i} className="chip" title={a.kind}>
                {a.name}
                {a.id ? <span className="muted"> · {a.id}</span> : null}
              </span>
            ))}
          </p>
        </Card>
        <Card title={`${t('quotes')} (${data.quotes.length})`}>
          <ul className="quote-list compact">
            {data.quotes.map((q) => (
              <li key={q.seq}>
                <blockquote>{q.text}</blockquote>
                <p className="quote-meta">— {q.speaker.name}</p>
              </li>
            ))}
          </ul>
        </Card>
      </aside>
    </div>
  );
}
