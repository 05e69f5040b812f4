// Tokeniser and folding shared by every CODE component: one linear pass, offsets into the cleaned text.

export type TokenKind = 'word' | 'number' | 'quote' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded form: lower case, no accents, typographic apostrophes as "'". */
  norm: string;
  kind: TokenKind;
  /** Whitespace (or text start) right before / after the token. */
  spaceBefore: boolean;
  spaceAfter: boolean;
  /** First letter is upper case. */
  upper: boolean;
}

const APOSTROPHES = /[’‘ʼ`´]/g;

const foldCache = new Map<string, string>();

/** Lower case, accents removed, apostrophes unified, ligatures opened (memoised: words repeat). */
export function fold(text: string): string {
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  const out = foldUncached(text);
  if (foldCache.size > 200_000) foldCache.clear();
  if (text.length < 64) foldCache.set(text, out);
  return out;
}

function foldUncached(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase().replace(/`/g, "'");
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(APOSTROPHES, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** Quote marks: openers, closers, and ambiguous straight quotes. */
export const OPEN_QUOTES = new Set(['«', '“', '„', '‹']);
export const CLOSE_QUOTES = new Set(['»', '”', '›']);
export const STRAIGHT_QUOTES = new Set(['"']);

export function isQuoteChar(ch: string): boolean {
  return OPEN_QUOTES.has(ch) || CLOSE_QUOTES.has(ch) || STRAIGHT_QUOTES.has(ch);
}

// French elided words split off the word they are glued to: l'OTAN -> l' + OTAN.
const ELISIONS = new Set(['l', 'd', 'n', 's', 'j', 'm', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Tokenises `text`, adding `offset` to every position. Linear in the length of the text. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    if (raw.length > 1 && (raw.includes("'") || raw.includes('’'))) {
      const cut = raw.search(/['’]/);
      const head = fold(raw.slice(0, cut));
      const tail = raw.slice(cut + 1);
      if (ELISIONS.has(head) && tail.length > 0) {
        push(tokens, text, start, start + cut + 1, offset);
        push(tokens, text, start + cut + 1, start + raw.length, offset);
        continue;
      }
      if (fold(tail) === 's' && cut > 0) {
        push(tokens, text, start, start + cut, offset);
        push(tokens, text, start + cut, start + raw.length, offset);
        continue;
      }
    }
    push(tokens, text, start, start + raw.length, offset);
  }
  return tokens;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 12 || code === 11;
}

function kindOf(first: string): TokenKind {
  const c = first.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'word';
  if (c >= 48 && c <= 57) return 'number';
  if (c < 128) return isQuoteChar(first) ? 'quote' : 'punct';
  if (isQuoteChar(first)) return 'quote';
  if (/\p{L}/u.test(first)) return 'word';
  if (/\p{N}/u.test(first)) return 'number';
  return 'punct';
}

function push(tokens: Token[], text: string, start: number, end: number, offset: number): void {
  const raw = text.slice(start, end);
  const first = raw[0];
  const kind = kindOf(first);
  tokens.push({
    start: start + offset,
    end: end + offset,
    text: raw,
    norm: fold(raw),
    kind,
    spaceBefore: start === 0 || isSpace(text.charCodeAt(start - 1)),
    spaceAfter: end >= text.length || isSpace(text.charCodeAt(end)),
    upper: kind === 'word' && first !== first.toLowerCase(),
  });
}
