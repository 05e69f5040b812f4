// HTML → article paragraphs and metadata: sanitize (linear pass), parse with linkedom, read the
// metadata, let Readability find the article, then turn its blocks into one line per paragraph.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normaliseDate } from './dates.js';
import { restorePlaceholders } from './html-entities.js';
import { sanitizeHtml } from './html-sanitize.js';

export interface HtmlArticle {
  /** Paragraphs, one per line, separated by blank lines. */
  text: string;
  title: string | null;
  published: string | null;
  /** The page's declared language (<html lang>), a hint only. */
  declaredLang: string | null;
}

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'caption', 'body', 'html',
]);

const DATE_META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
];

/** Readability scores every node several times; beyond this many elements the page is read whole. */
const MAX_READABILITY_ELEMENTS = 30_000;

export function extractHtml(raw: string): HtmlArticle {
  const { html, jsonLd, elements } = sanitizeHtml(raw);
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const title = pageTitle(document);
  const published = pagePublished(document, jsonLd);
  const declaredLang = document.documentElement?.getAttribute('lang')?.trim().slice(0, 2).toLowerCase() || null;

  let paragraphs = elements <= MAX_READABILITY_ELEMENTS ? readabilityParagraphs(document) : [];
  if (paragraphs.length === 0) {
    const { document: again } = parseHTML(/<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`);
    if (again.body) paragraphs = blocksToParagraphs(again.body as unknown as El);
  }
  return { text: restorePlaceholders(paragraphs.join('\n\n')), title: title && restorePlaceholders(title), published, declaredLang };
}

function readabilityParagraphs(document: Doc): string[] {
  try {
    // Readability mutates the document it is given; metadata has been read already.
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (!article?.content) return [];
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    return blocksToParagraphs(content.body as unknown as El);
  } catch {
    return []; // the whole page is read instead
  }
}

function metaContent(document: Doc, selector: string): string | null {
  const value = document.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : null;
}

/** The single <h1> when there is one; else og:title / twitter:title; else <title> without a " | Site" suffix. */
function pageTitle(document: Doc): string | null {
  const clean = (s: string | null | undefined) => s?.replace(/\s+/g, ' ').trim().slice(0, 500) || null;
  const h1s = document.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? clean(h1s[0].textContent) : null;
  if (h1 && h1.length >= 10) return h1;
  const meta = clean(metaContent(document, 'meta[property="og:title"]')) ?? clean(metaContent(document, 'meta[name="twitter:title"]'));
  if (meta) return meta;
  const title = clean(document.querySelector('title')?.textContent);
  if (!title) return h1;
  const cut = /^(.{20,}?)\s+[|–—-]\s+[^|–—-]{2,40}$/u.exec(title);
  return cut ? cut[1] : title;
}

function pagePublished(document: Doc, jsonLd: string[]): string | null {
  for (const selector of DATE_META_SELECTORS) {
    const date = normaliseDate(metaContent(document, selector));
    if (date) return date;
  }
  for (const el of document.querySelectorAll('[itemprop="datePublished"]')) {
    const date = normaliseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (date) return date;
  }
  for (const block of jsonLd) {
    const date = jsonLdDate(block);
    if (date) return date;
  }
  const time = document.querySelector('time[pubdate]') ?? document.querySelector('article time[datetime]');
  if (time) {
    const date = normaliseDate(time.getAttribute('datetime') ?? time.textContent);
    if (date) return date;
  }
  return null;
}

function jsonLdDate(block: string): string | null {
  let data: unknown;
  try {
    data = JSON.parse(block);
  } catch {
    return null;
  }
  // Iterative walk: JSON-LD may nest @graph arrays; a stack avoids deep recursion.
  const stack: unknown[] = [data];
  let visited = 0;
  while (stack.length > 0 && visited++ < 10_000) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.datePublished === 'string') {
        const date = normaliseDate(record.datePublished);
        if (date) return date;
      }
      for (const value of Object.values(record)) if (value && typeof value === 'object') stack.push(value);
    }
  }
  return null;
}

/** One paragraph per block element; inline text joined, HTML whitespace collapsed (no-break spaces kept). */
export function blocksToParagraphs(root: El): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (p.length > 0) paragraphs.push(p);
    current = '';
  };
  // Iterative depth-first walk; 'exit' markers close block elements.
  const stack: { node: Node; exit: boolean }[] = [{ node: root as unknown as Node, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = (node as Element).tagName.toLowerCase();
    if (BLOCK.has(name)) {
      flush();
      if (exit) continue;
      stack.push({ node, exit: true });
    }
    const children = node.childNodes;
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k], exit: false });
  }
  flush();
  return paragraphs;
}
