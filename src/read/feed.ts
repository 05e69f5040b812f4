// RSS 2.0, Atom, RDF and JSON feeds (feedsmith) → items with their text when the feed carries it.
import { parseFeed } from 'feedsmith';
import { EscaladeError } from '../errors.js';
import { normaliseDate } from './dates.js';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** HTML of the item's full text, or null when the item must be followed to its link. */
  content: string | null;
  /** The short description, used when there is no full text and no link. */
  summary: string | null;
}

/** A description with at least this much text counts as the article itself, not a teaser. */
export const FULL_TEXT_MIN_CHARS = 600;

export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(head);
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head) || /<(rss|feed)[\s>][\s\S]*?<(channel|entry|item|title)[\s>]/i.test(head);
}

export function parseFeedItems(text: string, source: string, baseUrl?: string): FeedItem[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    throw new EscaladeError(`${source}: malformed feed (${(error as Error).message})`);
  }
  const resolve = (link: string | null | undefined): string | null => {
    if (!link) return null;
    try {
      return new URL(link.trim(), baseUrl).href;
    } catch {
      return null;
    }
  };
  const items: FeedItem[] = [];
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    for (const item of parsed.feed.items ?? []) {
      const it = item as {
        title?: string; link?: string; description?: string; pubDate?: string;
        content?: { encoded?: string }; dc?: { date?: string; dates?: string[] }; guid?: { value?: string } | string;
      };
      const guid = typeof it.guid === 'string' ? it.guid : it.guid?.value;
      items.push(makeItem(it.title, resolve(it.link ?? (guid && /^https?:/.test(guid) ? guid : null)),
        it.pubDate ?? it.dc?.date ?? it.dc?.dates?.[0], it.content?.encoded, it.description));
    }
  } else if (parsed.format === 'atom') {
    for (const entry of parsed.feed.entries ?? []) {
      const e = entry as {
        title?: { value?: string } | string; links?: { href?: string; rel?: string }[];
        published?: string; updated?: string; content?: { value?: string } | string; summary?: { value?: string } | string;
      };
      const link = e.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? e.links?.[0]?.href;
      items.push(makeItem(textOf(e.title), resolve(link), e.published ?? e.updated, textOf(e.content), textOf(e.summary)));
    }
  } else if (parsed.format === 'json') {
    for (const item of parsed.feed.items ?? []) {
      const it = item as { title?: string; url?: string; date_published?: string; content_html?: string; content_text?: string; summary?: string };
      const content = it.content_html ?? (it.content_text ? escapeText(it.content_text) : undefined);
      items.push(makeItem(it.title, resolve(it.url), it.date_published, content, it.summary));
    }
  }
  return items;
}

function textOf(value: { value?: string } | string | undefined): string | undefined {
  return typeof value === 'string' ? value : value?.value;
}

function makeItem(title: string | undefined, link: string | null, date: string | undefined, content: string | undefined, description: string | undefined): FeedItem {
  const summary = description?.trim() ? description : null;
  let full = content?.trim() ? content : null;
  if (!full && summary && plainLength(summary) >= FULL_TEXT_MIN_CHARS) full = summary;
  return { title: title?.replace(/\s+/g, ' ').trim() || null, link, published: normaliseDate(date), content: full, summary };
}

/** Length of the visible text of an HTML fragment, roughly (tags removed by a linear scan). */
function plainLength(html: string): number {
  let inTag = false;
  let count = 0;
  for (let i = 0; i < html.length; i++) {
    const ch = html[i];
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else if (!inTag && ch.trim() !== '') count++;
  }
  return count;
}

function escapeText(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');
}
