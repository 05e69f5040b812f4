// Fetching one URL safely: http(s) only, optional refusal of private addresses (SSRF guard, checked
// on every redirect hop after DNS resolution), own redirect limit, one timeout for the whole exchange,
// a streaming size cap and a content-type check.
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { EscaladeError } from '../errors.js';
import { tooLarge } from './validate.js';

export interface FetchOptions {
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedBody {
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  contentType: string;
  text: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'Escalade/0.1 (nuclear escalation monitor; +https://github.com/escalade)';
const ACCEPTED_TYPES = [
  'text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/xml', 'application/xml',
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/json',
  'application/feed+json', 'application/ld+json',
];

/** Throws EscaladeError unless the URL is http(s) and every address its host resolves to is public. */
export async function assertPublicUrl(url: string): Promise<void> {
  const parsed = parseHttpUrl(url);
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    } catch (error) {
      throw new EscaladeError(`${url}: cannot resolve ${host} (${errorCode(error)})`);
    }
  }
  if (addresses.length === 0) throw new EscaladeError(`${url}: ${host} has no address`);
  for (const address of addresses) {
    if (isPrivateAddress(address)) throw new EscaladeError(`${url}: refused, ${host} is a private, loopback or link-local address (${address})`);
  }
}

export function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EscaladeError(`${url}: not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new EscaladeError(`${url}: only http and https URLs are read (got ${parsed.protocol.replace(/:$/, '')})`);
  }
  if (parsed.username || parsed.password) throw new EscaladeError(`${url}: URLs with credentials are refused`);
  return parsed;
}

/** Loopback, private, link-local, CGNAT, multicast, reserved and unspecified addresses (IPv4 and IPv6). */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return isPrivateV4(address);
  if (version !== 6) return true;
  const a = address.toLowerCase();
  const mapped = /^(?:::ffff:(?:0:)?|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return isPrivateV4(mapped[1]);
  const words = expandV6(a);
  if (!words) return true;
  if (words.every((w) => w === 0)) return true; // ::
  if (words.slice(0, 7).every((w) => w === 0) && words[7] === 1) return true; // ::1
  if (words.slice(0, 5).every((w) => w === 0) && (words[5] === 0xffff || words[5] === 0)) {
    return isPrivateV4(`${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`);
  }
  if (words[0] === 0x64 && words[1] === 0xff9b) return isPrivateV4(`${words[6] >> 8}.${words[6] & 255}.${words[7] >> 8}.${words[7] & 255}`);
  const first = words[0];
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xffc0) === 0xfec0) return true; // fec0::/10 site-local (deprecated)
  if ((first & 0xff00) === 0xff00) return true; // multicast
  if (first === 0x2001 && words[1] === 0x0db8) return true; // documentation
  return false;
}

function isPrivateV4(address: string): boolean {
  const [a, b] = address.split('.').map(Number);
  return (
    a === 0 || a === 10 || a === 127 || a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

function expandV6(address: string): number[] | null {
  const zone = address.indexOf('%');
  const a = zone >= 0 ? address.slice(0, zone) : address;
  const halves = a.split('::');
  if (halves.length > 2) return null;
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((w) => parseInt(w, 16)));
  const head = parse(halves[0]);
  const tail = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const words = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return words.some((w) => Number.isNaN(w) || w < 0 || w > 0xffff) ? null : words;
}

/** GETs a URL and returns its decoded body. Throws a one-line EscaladeError naming the URL on any failure. */
export async function fetchText(url: string, options: FetchOptions = {}): Promise<FetchedBody> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? 20 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const allowPrivate = options.allowPrivateNetwork ?? true;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      parseHttpUrl(current);
      if (!allowPrivate) await assertPublicUrl(current);
      let response: Response;
      try {
        response = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' },
        });
      } catch (error) {
        if (controller.signal.aborted) throw new EscaladeError(`${url}: timed out after ${timeoutMs} ms`);
        throw new EscaladeError(`${url}: cannot fetch (${errorCode(error)})`);
      }
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw new EscaladeError(`${url}: HTTP ${response.status} redirect without a Location`);
        if (hop >= maxRedirects) throw new EscaladeError(`${url}: too many redirects (more than ${maxRedirects})`);
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new EscaladeError(`${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
      const mime = contentType.split(';')[0].trim();
      if (mime && !ACCEPTED_TYPES.includes(mime) && !mime.endsWith('+xml')) {
        await response.body?.cancel().catch(() => undefined);
        throw new EscaladeError(`${url}: unsupported content type ${mime} (expected HTML, text, XML, RSS/Atom or JSON)`);
      }
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge(url, declared, maxBytes);
      }
      const bytes = await readCapped(response, url, maxBytes, controller, timeoutMs);
      return { url, finalUrl: current, contentType, text: decodeBody(bytes, contentType, url) };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, url: string, maxBytes: number, controller: AbortController, timeoutMs: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw tooLarge(url, null, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof EscaladeError) throw error;
    if (controller.signal.aborted) throw new EscaladeError(`${url}: timed out after ${timeoutMs} ms`);
    throw new EscaladeError(`${url}: connection failed while reading (${errorCode(error)})`);
  } finally {
    reader.releaseLock();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function decodeBody(bytes: Uint8Array, contentType: string, url: string): string {
  if (bytes.subarray(0, 65_536).includes(0)) throw new EscaladeError(`${url}: binary content (NUL bytes), not text`);
  const charset = /charset="?([\w-]+)"?/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // Unknown label: fall through to strict UTF-8.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new EscaladeError(`${url}: not valid UTF-8 text`);
  }
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
}
