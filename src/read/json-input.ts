// JSON inputs: one article object, an array of them, or JSON Lines streamed one line at a time.
import { createReadStream } from 'node:fs';
import { EscaladeError } from '../errors.js';
import type { ReadDocument } from '../types.js';
import { article, failure, success, type Context, type ReadOutcome } from './input-context.js';
import { looksLikeHtml } from './text-utils.js';
import { tooLarge } from './validate.js';

/** One article record: {title, text|html, url, published, lang}. */
interface ArticleRecord {
  title?: unknown;
  text?: unknown;
  html?: unknown;
  content?: unknown;
  url?: unknown;
  link?: unknown;
  source?: unknown;
  published?: unknown;
  date?: unknown;
  lang?: unknown;
}

function recordToDocument(value: unknown, where: string, ctx: Context): ReadDocument {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new EscaladeError(`${where}: expected an article object {title, text|html, url, published, lang}`);
  }
  const r = value as ArticleRecord;
  const str = (v: unknown, field: string): string | null => {
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw new EscaladeError(`${where}: field "${field}" must be a string`);
    return v;
  };
  const text = str(r.text, 'text');
  const html = str(r.html, 'html') ?? str(r.content, 'content');
  const url = str(r.url, 'url') ?? str(r.link, 'link');
  const source = str(r.source, 'source') ?? url ?? where;
  const title = str(r.title, 'title');
  const publishedRaw = str(r.published, 'published') ?? str(r.date, 'date');
  const lang = str(r.lang, 'lang');
  if (text === null && html === null) throw new EscaladeError(`${where}: article has neither "text" nor "html"`);
  const raw = html ?? text ?? '';
  const format = html !== null && (r.html !== undefined || looksLikeHtml(html)) ? 'html' : 'text';
  return article(raw, { source, format, title, published: publishedRaw, publishedFrom: 'metadata', lang }, ctx);
}

export async function* readJsonDocument(text: string, source: string, ctx: Context): AsyncGenerator<ReadOutcome> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new EscaladeError(`${source}: invalid JSON (${(error as Error).message})`);
  }
  const records = Array.isArray(data) ? data : [data];
  for (let i = 0; i < records.length; i++) {
    const where = Array.isArray(data) ? `${source}[${i}]` : source;
    try {
      yield success(where, recordToDocument(records[i], where, ctx));
    } catch (error) {
      yield failure(where, error);
    }
  }
}

export function jsonLineOutcome(line: string, where: string, ctx: Context): ReadOutcome {
  try {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new EscaladeError(`${where}: invalid JSON (${(error as Error).message})`);
    }
    return success(where, recordToDocument(value, where, ctx));
  } catch (error) {
    return failure(where, error);
  }
}

/** JSON Lines streamed line by line: memory holds one line, whatever the file size. */
export async function* readJsonLines(path: string, ctx: Context): AsyncGenerator<ReadOutcome> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16 });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let lineNo = 0;
  let overflow = false;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const finishLine = (): ReadOutcome | null => {
    lineNo++;
    const where = `${path}:${lineNo}`;
    if (overflow) {
      overflow = false;
      parts = [];
      partBytes = 0;
      return failure(where, tooLarge(where, null, ctx.maxBytes));
    }
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, partBytes);
    parts = [];
    partBytes = 0;
    let line: string;
    try {
      line = decoder.decode(bytes);
    } catch {
      return failure(where, `${where}: not valid UTF-8 text`);
    }
    if (line.trim().length === 0) return null;
    return jsonLineOutcome(line, where, ctx);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (;;) {
        const nl = chunk.indexOf(10, start);
        const end = nl < 0 ? chunk.length : nl;
        if (end > start && !overflow) {
          partBytes += end - start;
          if (partBytes > ctx.maxBytes) {
            overflow = true;
            parts = [];
          } else parts.push(chunk.subarray(start, end));
        }
        if (nl < 0) break;
        const outcome = finishLine();
        if (outcome) yield outcome;
        start = nl + 1;
      }
    }
    if (partBytes > 0 || overflow) {
      const outcome = finishLine();
      if (outcome) yield outcome;
    }
  } finally {
    stream.destroy();
  }
}

