// Checks that an input is text worth reading: not empty, not binary, valid UTF-8, not oversized.
import { EscaladeError } from '../errors.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How much of a text is inspected for control characters: enough to tell text from binary. */
const SNIFF_CHARS = 65_536;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function tooLarge(source: string, size: number | null, maxBytes: number): EscaladeError {
  const what = size === null ? `more than ${formatBytes(maxBytes)}` : formatBytes(size);
  return new EscaladeError(`${source}: input is ${what}, over the ${formatBytes(maxBytes)} limit`);
}

/** Strict, drops a leading BOM; each decode() call without { stream } starts afresh, so one decoder serves all. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly (a leading BOM is dropped); binary and invalid bytes get a one-line error. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  const head = bytes.subarray(0, SNIFF_CHARS);
  if (head.includes(0)) throw new EscaladeError(`${source}: binary content (NUL bytes), not text`);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new EscaladeError(`${source}: not valid UTF-8 text`);
  }
  return text;
}

/** What the loop in assertText counts (and NUL): C0 controls except tab, line feed, form feed and carriage return; C1; U+FFFD. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffd]/;

/** Throws for an empty or binary-looking text. */
export function assertText(text: string, source: string): void {
  if (text.trim().length === 0) throw new EscaladeError(`${source}: empty input`);
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  // Text holds none of the characters counted below (NUL included): one native scan instead of the loop.
  if (!CONTROL_CHARACTER.test(head)) return;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) throw new EscaladeError(`${source}: binary content (NUL bytes), not text`);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) control++;
  }
  if (control / head.length > 0.1) throw new EscaladeError(`${source}: binary content (${Math.round((100 * control) / head.length)}% control characters), not text`);
}
