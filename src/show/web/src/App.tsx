// The dashboard's frame: header, navigation, language switch, token, and the current page.
import { useMemo, useState } from 'react';
import { getToken, setToken } from './api.js';
import { I18nContext, initialLocale, makeI18n, useI18n, type Locale } from './i18n.js';
import { DocumentView } from './pages/DocumentView.js';
import { Events } from './pages/Events.js';
import { Ingest } from './pages/Ingest.js';
import { Overview } from './pages/Overview.js';
import { Simulate } from './pages/Simulate.js';
import { useRoute } from './router.js';

const PAGES = [
  { path: 'overview', key: 'navOverview' },
  { path: 'events', key: 'navEvents' },
  { path: 'simulate', key: 'navSimulate' },
  { path: 'ingest', key: 'navIngest' },
] as const;

export function App() {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const i18n = useMemo(
    () =>
      makeI18n(locale, (next) => {
        localStorage.setItem('escalade.locale', next);
        document.documentElement.lang = next;
        setLocaleState(next);
      }),
    [locale],
  );
  const route = useRoute();
  const page = route.path[0] ?? 'overview';
  const { t } = i18n;

  return (
    <I18nContext.Provider value={i18n}>
      <header className="topbar">
        <div className="brand">
          <a href="#/overview" className="logo">
            Escalade
          </a>
          <span className="tagline">{t('appTagline')}</span>
        </div>
        <nav aria-label="main">
          {PAGES.map((p) => (
            <a key={p.path} href={`#/${p.path}`} className={page === p.path || (p.path === 'events' && page === 'documents') ? 'active' : ''} data-nav={p.path}>
              {t(p.key)}
            </a>
          ))}
        </nav>
        <div className="tools">
          <TokenBox />
          <div className="lang-switch" role="group" aria-label={t('language')}>
            {(['fr', 'en'] as const).map((l) => (
              <button key={l} type="button" className={locale === l ? 'on' : ''} aria-pressed={locale === l} onClick={() => i18n.setLocale(l)} data-lang={l}>
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
      </header>
      <main className="page">
        {page === 'events' ? (
          <Events route={route} key={route.params.toString()} />
        ) : page === 'documents' ? (
          <DocumentView route={route} key={route.path[1]} />
        ) : page === 'simulate' ? (
          <Simulate />
        ) : page === 'ingest' ? (
          <Ingest />
        ) : (
          <Overview />
        )}
      </main>
    </I18nContext.Provider>
  );
}

function TokenBox() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(getToken);
  const has = Boolean(getToken());
  return (
    <div className="token-box">
      <button type="button" className={`token-button ${has ? 'set' : ''}`} onClick={() => setOpen(!open)} aria-expanded={open} data-testid="token-button">
        {has ? `● ${t('tokenSet')}` : `○ ${t('token')}`}
      </button>
      {open ? (
        <form
          className="token-pop"
          onSubmit={(e) => {
            e.preventDefault();
            setToken(value.trim());
            setOpen(false);
          }}
        >
          <p className="hint">{t('tokenHint')}</p>
          <input type="password" value={value} onChange={(e) => setValue(e.target.value)} aria-label={t('token')} autoComplete="off" name="token" />
          <button type="submit" className="button">
            {t('tokenSave')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

