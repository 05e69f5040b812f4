// Small string helpers shared by the read stage. All are linear in the input length.

/** Unicode space separators (no-break, thin, narrow no-break, ideographic...) other than the plain space. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** The form lines are compared in: lower case, ’ as ', odd spaces as one space, trimmed. Never shown to users. */
export function foldForMatch(line: string): string {
  return line
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/ {2,}/g, ' ')
    .trim()
    .toLowerCase();
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
