// readInputs: files, folders (recursive, lazy), JSON/JSONL (streamed), feeds, URLs and stdin →
// one outcome per document or per failed input. A bad input never stops the batch.
import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { EscaladeError, oneLine } from '../errors.js';
import { looksLikeFeed, parseFeedItems, type FeedItem } from './feed.js';
import { fetchText } from './fetch.js';
import { article, contextOf, failure, success, type Context, type ReadOptions, type ReadOutcome } from './input-context.js';
import type { PublishedFrom } from './document.js';
import { jsonLineOutcome, readJsonDocument, readJsonLines } from './json-input.js';
import { looksLikeHtml } from './text-utils.js';
import { decodeUtf8, tooLarge } from './validate.js';

export type { ReadOptions, ReadOutcome } from './input-context.js';

const FILE_FORMATS: Record<string, 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed'> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.xhtml': 'html', '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Streams documents from files, folders, feeds, URLs or '-' (stdin). Never throws for a bad input. */
export async function* readInputs(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const ctx = contextOf(options);
  for (const input of inputs) {
    try {
      if (input === '-') yield* readStdin(ctx);
      else if (/^https?:\/\//i.test(input)) yield* readUrl(input, ctx, null);
      else if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input)) yield failure(input, `${input}: only http and https URLs are read`);
      else yield* readPath(input, ctx);
    } catch (error) {
      yield failure(input, error);
    }
  }
}

// ---------- files and folders ----------

async function* readPath(path: string, ctx: Context): AsyncGenerator<ReadOutcome> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield failure(path, `${path}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : oneLine(error)}`);
    return;
  }
  if (info.isDirectory()) {
    for await (const run of walk(path, new Set())) {
      if ('error' in run) {
        yield failure(run.path, run.error);
        continue;
      }
      for (const file of run.files) {
        try {
          const loaded = loadFile(file, ctx);
          // One article per file (text, Markdown, HTML): its outcome is yielded here, without a generator per file.
          const one = loaded.kind === 'bytes' ? singleArticle(file, loaded.bytes, ctx) : null;
          if (one) yield one;
          else yield* readLoaded(file, loaded, ctx, false);
        } catch (error) {
          yield failure(file, error);
        }
      }
    }
  } else if (info.isFile()) {
    yield* readFileInput(path, ctx, true);
  } else {
    yield failure(path, `${path}: not a regular file or folder`);
  }
}

/**
 * Files with a known extension, depth first in name order, as runs of consecutive files of one folder (one
 * yield per run, not per file); one folder listing in memory at a time.
 */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<{ files: string[] } | { path: string; error: EscaladeError }> {
  const names: { name: string; dir: boolean }[] = [];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return; // a symbolic link loop
    seen.add(real);
    // One listing call per folder (an opendir iterator makes one thread-pool round trip per 32 entries).
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const known = Boolean(FILE_FORMATS[extname(entry.name).toLowerCase()]);
      if (entry.isDirectory() || (entry.isSymbolicLink() && !known)) names.push({ name: entry.name, dir: true });
      else if ((entry.isFile() || entry.isSymbolicLink()) && known) names.push({ name: entry.name, dir: false });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield { path: dir, error: new EscaladeError(`${dir}: cannot list folder (${code ?? oneLine(error)})`) };
    return;
  }
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let files: string[] = [];
  for (const { name, dir: isDir } of names) {
    const path = join(dir, name);
    if (!isDir) {
      files.push(path);
      continue;
    }
    if (files.length > 0) yield { files };
    files = [];
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* walk(path, seen);
  }
  if (files.length > 0) yield { files };
}

/** The outcome of a file that holds one article (text, Markdown, HTML); null for the other kinds. */
function singleArticle(path: string, bytes: Buffer, ctx: Context): ReadOutcome | null {
  const kind = FILE_FORMATS[extname(path).toLowerCase()];
  if (kind !== 'text' && kind !== 'markdown' && kind !== 'html') return null;
  return success(path, article(decodeUtf8(bytes, path), { source: path, format: kind }, ctx));
}

type Loaded = { kind: 'stream' } | { kind: 'bytes'; bytes: Buffer } | { kind: 'error'; error: unknown };

/**
 * Loads a whole file (size checked on the open descriptor before reading); JSON Lines are streamed later.
 * Synchronous on purpose: a news file is a few kilobytes, and four thread-pool round trips (open, fstat, read,
 * close) cost the event loop several times what the system calls themselves take, for a wait no longer than
 * the cleaning of the previous file.
 */
function loadFile(path: string, ctx: Context): Loaded {
  if (FILE_FORMATS[extname(path).toLowerCase()] === 'jsonl') return { kind: 'stream' };
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.size > ctx.maxBytes) return { kind: 'error', error: tooLarge(path, info.size, ctx.maxBytes) };
    return { kind: 'bytes', bytes: readWhole(fd, info) };
  } catch (error) {
    return { kind: 'error', error: new EscaladeError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? oneLine(error)})`) };
  } finally {
    if (fd !== null) {
      try {
        closeSync(fd);
      } catch {
        // Nothing was left to read; a failed close changes nothing for the document.
      }
    }
  }
}

/** Reads to the end like readFile: a regular file in one buffer of its size, anything else in chunks. */
function readWhole(fd: number, info: Stats): Buffer {
  const size = info.isFile() ? info.size : 0;
  if (size > IO_MAX_LENGTH) throw Object.assign(new RangeError(`File size (${size}) is greater than 2 GiB`), { code: 'ERR_FS_FILE_TOO_LARGE' });
  if (size > 0) {
    const buffer = Buffer.allocUnsafe(size);
    let total = 0;
    while (total < size) {
      const n = readSync(fd, buffer, total, size - total, null);
      if (n === 0) break;
      total += n;
    }
    return total === size ? buffer : buffer.subarray(0, total);
  }
  // Size unknown (empty, a device, a pipe): chunks until the end.
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(UNKNOWN_SIZE_CHUNK);
    const n = readSync(fd, chunk, 0, UNKNOWN_SIZE_CHUNK, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

/** Node's limit for one read (readFile refuses larger files with ERR_FS_FILE_TOO_LARGE). */
const IO_MAX_LENGTH = 2 ** 31 - 1;
const UNKNOWN_SIZE_CHUNK = 64 * 1024;

async function* readFileInput(path: string, ctx: Context, explicit: boolean): AsyncGenerator<ReadOutcome> {
  yield* readLoaded(path, loadFile(path, ctx), ctx, explicit);
}

async function* readLoaded(path: string, loaded: Loaded, ctx: Context, explicit: boolean): AsyncGenerator<ReadOutcome> {
  if (loaded.kind === 'stream') {
    yield* readJsonLines(path, ctx);
    return;
  }
  if (loaded.kind === 'error') throw loaded.error;
  const one = singleArticle(path, loaded.bytes, ctx);
  if (one) {
    yield one;
    return;
  }
  const text = decodeUtf8(loaded.bytes, path);
  const kind = FILE_FORMATS[extname(path).toLowerCase()];
  const sniffed = kind ?? (explicit ? sniff(text) : null);
  if (!sniffed) return;
  yield* readBody(text, sniffed, path, ctx, null);
}

type BodyKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

function sniff(text: string): BodyKind {
  const head = text.slice(0, 2048).replace(/^\ufeff/, '').trimStart();
  if (looksLikeFeed(head)) return 'feed';
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = text.split('\n', 1)[0].trim();
    if (head.startsWith('{') && firstLine.endsWith('}') && text.trim().includes('\n')) return 'jsonl';
    return 'json';
  }
  if (/^(<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i.test(head)) return 'html';
  return 'text';
}

/** Reads a whole body (file, URL, stdin) of a known kind. */
async function* readBody(text: string, kind: BodyKind, source: string, ctx: Context, baseUrl: string | null): AsyncGenerator<ReadOutcome> {
  switch (kind) {
    case 'feed':
      yield* readFeed(text, source, ctx, baseUrl);
      return;
    case 'json':
      if (looksLikeFeed(text)) yield* readFeed(text, source, ctx, baseUrl);
      else yield* readJsonDocument(text, source, ctx);
      return;
    case 'jsonl': {
      let lineNo = 0;
      for (const line of text.split(/\r?\n/)) {
        lineNo++;
        if (line.trim()) yield jsonLineOutcome(line, `${source}:${lineNo}`, ctx);
      }
      return;
    }
    default:
      yield success(source, article(text, { source, format: kind }, ctx));
  }
}

// ---------- feeds and URLs ----------

async function* readFeed(text: string, source: string, ctx: Context, baseUrl: string | null): AsyncGenerator<ReadOutcome> {
  const items = parseFeedItems(text, source, baseUrl ?? undefined);
  yield* mapOrdered(items, ctx.concurrency, (item, index) => readFeedItem(item, index, source, ctx));
}

async function readFeedItem(item: FeedItem, index: number, feed: string, ctx: Context): Promise<ReadOutcome[]> {
  const where = item.link ?? `${feed}#item${index + 1}`;
  const meta = { title: item.title, published: item.published, publishedFrom: 'feed' as const };
  try {
    if (item.content) return [success(where, article(item.content, { source: where, format: looksLikeHtml(item.content) ? 'html' : 'text', ...meta }, ctx))];
    if (item.link) {
      const outcomes: ReadOutcome[] = [];
      for await (const outcome of readUrl(item.link, ctx, meta)) outcomes.push(outcome);
      return outcomes;
    }
    if (item.summary) return [success(where, article(item.summary, { source: where, format: looksLikeHtml(item.summary) ? 'html' : 'text', ...meta }, ctx))];
    return [failure(where, `${where}: feed item has no text and no link`)];
  } catch (error) {
    return [failure(where, error)];
  }
}

/** Runs fn over items with at most `width` in flight, yielding results in input order. */
async function* mapOrdered<T, R>(items: T[], width: number, fn: (item: T, index: number) => Promise<R[]>): AsyncGenerator<R> {
  const pending: Promise<R[]>[] = [];
  let next = 0;
  while (next < items.length && pending.length < width) pending.push(fn(items[next], next++));
  while (pending.length > 0) {
    const results = await pending.shift()!;
    if (next < items.length) pending.push(fn(items[next], next++));
    yield* results;
  }
}

interface ItemMeta {
  title: string | null;
  published: string | null;
  publishedFrom: PublishedFrom;
}

async function* readUrl(url: string, ctx: Context, itemMeta: ItemMeta | null): AsyncGenerator<ReadOutcome> {
  const fetched = await fetchText(url, ctx);
  const mime = fetched.contentType.split(';')[0].trim();
  const text = fetched.text;
  let kind: BodyKind;
  if (/(rss|atom|rdf)\+xml$|^(text|application)\/xml$/.test(mime) || (!itemMeta && looksLikeFeed(text))) kind = 'feed';
  else if (mime === 'application/feed+json') kind = 'feed';
  else if (mime === 'application/json' || mime === 'application/ld+json') kind = 'json';
  else if (mime === 'text/html' || mime === 'application/xhtml+xml') kind = 'html';
  else if (mime === 'text/markdown') kind = 'markdown';
  else if (mime === 'text/plain') kind = 'text';
  else kind = sniff(text);
  if (itemMeta && (kind === 'feed' || kind === 'json' || kind === 'jsonl')) kind = sniff(text) === 'html' ? 'html' : 'text';
  if (kind === 'feed' || kind === 'json' || kind === 'jsonl') {
    yield* readBody(text, kind, url, ctx, fetched.finalUrl);
    return;
  }
  yield success(url, article(text, { source: url, format: kind, ...(itemMeta ?? {}) }, ctx));
}

// ---------- stdin ----------

async function* readStdin(ctx: Context): AsyncGenerator<ReadOutcome> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > ctx.maxBytes) {
      process.stdin.destroy();
      throw tooLarge('stdin', null, ctx.maxBytes);
    }
    chunks.push(chunk);
  }
  const text = decodeUtf8(Buffer.concat(chunks, total), 'stdin');
  yield* readBody(text, sniff(text), 'stdin', ctx, null);
}
