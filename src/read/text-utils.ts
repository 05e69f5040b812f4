// Small string helpers shared by the read stage. All are linear in the input length.

/** The form lines are compared in: lower case, ’ as ', odd spaces as one space, trimmed. Never shown to users. */
export function foldForMatch(line: string): string {
  return foldCharacters(line).trim();
}

/** foldForMatch without the trim. */
function foldCharacters(text: string): string {
  // Most texts hold none of the characters the replacements below touch: then only lower case remains.
  if (!NEEDS_FOLDING.test(text)) return text.toLowerCase();
  // One pass for what four replacements would do in turn: drop zero-width characters, turn odd spaces into
  // spaces and ’-like quotes into ', then collapse each run of spaces into one.
  let out = '';
  let copyFrom = 0;
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < FOLD_KINDS.length ? FOLD_KINDS[c] : c === 0xfeff ? FOLD_DROP : KEEP;
    if (kind === KEEP) {
      previousSpace = false;
      continue;
    }
    if (kind === FOLD_DROP) {
      out += text.slice(copyFrom, i);
      copyFrom = i + 1;
    } else if (kind === FOLD_SPACE) {
      if (previousSpace) {
        out += text.slice(copyFrom, i);
        copyFrom = i + 1;
      } else if (c !== 0x20) {
        out += `${text.slice(copyFrom, i)} `;
        copyFrom = i + 1;
      }
      previousSpace = true;
    } else {
      out += `${text.slice(copyFrom, i)}'`;
      copyFrom = i + 1;
      previousSpace = false;
    }
  }
  return (out + text.slice(copyFrom)).toLowerCase();
}

const KEEP = 0;
const FOLD_DROP = 1;
const FOLD_SPACE = 2;
const FOLD_QUOTE = 3;
/** What foldCharacters does with each UTF-16 unit up to U+3000 (U+FEFF, dropped, is tested on its own). */
const FOLD_KINDS: Uint8Array = (() => {
  const kinds = new Uint8Array(0x3001);
  for (const c of [0x20, 0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) kinds[c] = FOLD_SPACE;
  for (let c = 0x2000; c <= 0x200a; c++) kinds[c] = FOLD_SPACE;
  for (const c of [0x200b, 0x200c, 0x200d, 0x2060]) kinds[c] = FOLD_DROP;
  for (const c of [0x2018, 0x2019, 0x02bc]) kinds[c] = FOLD_QUOTE;
  return kinds;
})();

/** Any character one of foldCharacters' replacements changes: zero-width, odd space, ’-like quote, double space. */
const NEEDS_FOLDING = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\t\u2060\ufeff\u2018\u2019\u02bc]| {2}/;

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

/** The word-character table (see above), built once: 1 where a word may start ([\p{L}\p{N}]). */
export function wordChars(): Uint8Array {
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
  let i = 0;
  while (i < n) {
    if (wordCharKind(table, line, i) !== WORD_START_CHAR) {
      i += charWidth(line, i);
      continue;
    }
    const start = i;
    i += charWidth(line, i);
    while (i < n && wordCharKind(table, line, i) !== NOT_WORD_CHAR) i += charWidth(line, i);
    if (visit(start, i)) return;
  }
}

const NOT_WORD_CHAR = 0;
const WORD_START_CHAR = 1;

/** 0: not a word character; 1: starts or continues a word; 2: only continues one. Decided per code point. */
function wordCharKind(table: Uint8Array, line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return table[c];
  return charWidth(line, i) === 2 && WORD_START.test(line.slice(i, i + 2)) ? WORD_START_CHAR : NOT_WORD_CHAR;
}

/** 2 for a surrogate pair, 1 otherwise (a lone surrogate included). */
function charWidth(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= line.length) return 1;
  const d = line.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
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
