// Small string helpers shared by the read stage. All are linear in the input length.

/** Unicode space separators (no-break, thin, narrow no-break, ideographic...) other than the plain space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** The form lines are compared in: lower case, ’ as ', odd spaces as one space, trimmed. Never shown to users. */
export function foldForMatch(line: string): string {
  // Most lines hold none of the characters the replacements below touch: then only trim and lower case remain.
  if (!needsFolding(line)) return line.trim().toLowerCase();
  return line
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/ {2,}/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether any of foldForMatch's replacements would change the line (zero-width, odd space, ’-like quote, double space). */
function needsFolding(line: string): boolean {
  let previous = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x09 || (c === 0x20 && previous === 0x20)) return true;
    } else if (
      c === 0x00a0 || c === 0x02bc || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2018 || c === 0x2019 ||
      c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
    ) {
      return true;
    }
    previous = c;
  }
  return false;
}

export function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerLetter(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** Words of a line: runs of letters, digits, apostrophes and hyphens. */
export function wordsOf(line: string): string[] {
  return line.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Per UTF-16 unit below 0x10000: 1 when [\p{L}\p{N}] (a word may start there), 2 for ' ’ - (only inside a word). */
let wordTable: Uint8Array | null = null;
const WORD_START = /^[\p{L}\p{N}]$/u;

function wordChars(): Uint8Array {
  if (wordTable) return wordTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: decided per code point
    if (WORD_START.test(String.fromCharCode(c))) table[c] = 1;
  }
  table[0x27] = 2;
  table[0x2019] = 2;
  table[0x2d] = 2;
  wordTable = table;
  return table;
}

/**
 * Calls visit(start, end) for each word of wordsOf(line), in order, without building the strings; stops when
 * visit returns true. Same boundaries as the regular expression (code points, surrogate pairs included).
 */
export function scanWords(line: string, visit: (start: number, end: number) => boolean): void {
  const table = wordChars();
  const n = line.length;
  // 0: not a word character; 1: starts or continues a word; 2: only continues one. Width 2 for a surrogate pair.
  let width = 1;
  const kind = (i: number): number => {
    const c = line.charCodeAt(i);
    width = 1;
    if (c < 0xd800 || c > 0xdfff) return table[c];
    if (c <= 0xdbff && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        width = 2;
        return WORD_START.test(line.slice(i, i + 2)) ? 1 : 0;
      }
    }
    return 0;
  };
  let i = 0;
  while (i < n) {
    if (kind(i) !== 1) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < n && kind(i) !== 0) i += width;
    if (visit(start, i)) return;
  }
}

/** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
export function endsLikeSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && CLOSERS.has(line[i])) i--;
  return i >= 0 && SENTENCE_ENDS.has(line[i]);
}

const CLOSERS = new Set([' ', '\u00a0', '"', "'", '”', '’', '»', ')', ']']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…']);

/** Contains HTML markup (a common element tag), as opposed to plain text with an odd '<'. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|div|br|span|a|h[1-6]|article|section|ul|ol|li|img|em|strong|b|i|blockquote|figure|table)\b[^>]{0,200}>/i.test(text.slice(0, 100_000));
}
