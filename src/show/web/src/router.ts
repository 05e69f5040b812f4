// Hash routes: #/overview, #/events?actor=RUS, #/documents/<id>?event=<eventId>, #/simulate, #/ingest.
import { useEffect, useState } from 'react';

export interface Route {
  path: string[];
  params: URLSearchParams;
}

function parse(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path, search] = raw.split('?');
  return { path: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(search ?? '') };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(path: string, params?: Record<string, string | undefined>): void {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v) search.set(k, v);
  const query = search.toString();
  window.location.hash = `#/${path}${query ? `?${query}` : ''}`;
}

export function documentHref(documentId: string, eventId?: string): string {
  return `#/documents/${encodeURIComponent(documentId)}${eventId ? `?event=${encodeURIComponent(eventId)}` : ''}`;
}
