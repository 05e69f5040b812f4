// One raw text or HTML → one ReadDocument: format, metadata, cleaning, language, id.
import { createHash } from 'node:crypto';
import { EscaladeError } from '../errors.js';
import type { ReadDocument } from '../types.js';
import { cleanText } from './clean.js';
import { normaliseDate } from './dates.js';
import { extractHtml } from './html.js';
import { detectLanguage } from './language.js';
import { extractMarkdown } from './markdown.js';
import { assertText } from './validate.js';

export type TextFormat = 'text' | 'markdown' | 'html' | 'auto';
export type PublishedFrom = NonNullable<ReadDocument['publishedFrom']>;

export interface ReadStringMeta {
  source: string;
  format?: TextFormat;
  title?: string | null;
  /** The date given with the input (JSON field, feed item): wins over what the page says. */
  published?: string | null;
  /** Where `published` came from; 'metadata' when not said. */
  publishedFrom?: PublishedFrom | null;
  /** The --published flag: used only when neither the input nor the page gives a date. */
  fallbackPublished?: string | null;
  /** Forced language. */
  lang?: string | null;
}

export function readString(raw: string, meta: ReadStringMeta): ReadDocument {
  const source = meta.source;
  if (typeof raw !== 'string') throw new EscaladeError(`${source}: input is not text`);
  assertText(raw, source);
  const format = meta.format && meta.format !== 'auto' ? meta.format : detectFormat(raw, source);

  let body = raw;
  let title: string | null = null;
  let pagePublished: string | null = null;
  let pageFrom: PublishedFrom = 'metadata';
  let hintLang: string | null = null;
  if (format === 'html') {
    const article = extractHtml(raw);
    body = article.text;
    title = article.title;
    pagePublished = article.published;
    pageFrom = 'html-meta';
    hintLang = article.declaredLang;
  } else if (format === 'markdown') {
    const article = extractMarkdown(raw);
    body = article.text;
    title = article.title;
    pagePublished = normaliseDate(article.published);
    hintLang = article.lang;
  }

  const cleaned = cleanText(body, { title: meta.title ?? title });
  if (cleaned.text.trim().length === 0) throw new EscaladeError(`${source}: no article text left after cleaning`);

  let published: string | null = null;
  let publishedFrom: ReadDocument['publishedFrom'] = null;
  const given = normaliseDate(meta.published);
  const fallback = normaliseDate(meta.fallbackPublished);
  if (given) {
    published = given;
    publishedFrom = meta.publishedFrom ?? 'metadata';
  } else if (pagePublished) {
    published = pagePublished;
    publishedFrom = pageFrom;
  } else if (fallback) {
    published = fallback;
    publishedFrom = 'flag';
  }

  let lang: string;
  let langScore: number | undefined;
  if (meta.lang && meta.lang.trim()) {
    lang = meta.lang.trim().toLowerCase();
  } else {
    const detected = detectLanguage(cleaned.text);
    lang = detected.lang === 'und' && hintLang && /^[a-z]{2}$/.test(hintLang) ? hintLang : detected.lang;
    langScore = detected.score;
  }

  const doc: ReadDocument = {
    id: createHash('sha256').update(cleaned.text).digest('hex'),
    source,
    title: cleaned.title,
    lang,
    published,
    removedBoilerplate: cleaned.removed,
    raw,
    text: cleaned.text,
    publishedFrom,
  };
  if (langScore !== undefined) doc.langScore = langScore;
  return doc;
}

/** HTML when it starts like markup, Markdown for .md sources, plain text otherwise. */
export function detectFormat(raw: string, source: string): Exclude<TextFormat, 'auto'> {
  const head = raw.slice(0, 2048).replace(/^\ufeff/, '').trimStart().toLowerCase();
  if (/\.(html?|xhtml)(\?|#|$)/i.test(source)) return 'html';
  if (/\.(md|markdown)$/i.test(source)) return 'markdown';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && /<(body|p|div|article|head)[\s>]/.test(head))) return 'html';
  return 'text';
}
