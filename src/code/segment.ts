// Paragraphs (lines) and sentences over the document tokens. A period ends a sentence unless it follows an
// abbreviation or an initial, or the next word is lower case; closing quote marks stay with their sentence.
import { lexicon } from './lexicon.js';
import { CLOSE_QUOTES, OPEN_QUOTES, tokenize, type Token } from './text.js';

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  /** Token range in the document tokens. */
  tokStart: number;
  tokEnd: number;
  /** Sentence index range. */
  sentStart: number;
  sentEnd: number;
  /** Same folded text as an earlier paragraph (a repeated title line): not coded again. */
  duplicate: boolean;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
}

export interface Segmented {
  tokens: Token[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const TERMINALS = new Set(['.', '!', '?', '…']);
/** Longest sentence (in tokens) analysed as one unit. */
export const MAX_SENTENCE_TOKENS = 250;

/**
 * A sentence's words outside quote marks, for lexicon matching: their token indices, normalised forms and word
 * ids (`wordIds`: the document's, see wordIdsOf in pattern.ts).
 */
export function sentenceWords(tokens: Token[], sent: Sentence, wordIds: Int32Array): { idx: number[]; norms: string[]; ids: number[] } {
  const idx: number[] = [];
  const norms: string[] = [];
  const ids: number[] = [];
  for (let k = sent.tokStart; k < sent.tokEnd; k++) {
    if (tokens[k].kind === 'quote') continue;
    idx.push(k);
    norms.push(tokens[k].norm);
    ids.push(wordIds[k]);
  }
  return { idx, norms, ids };
}

/** Whether a straight quote token opens (space before, word after) rather than closes. */
export function straightOpens(tok: Token): boolean {
  return tok.spaceBefore && !tok.spaceAfter;
}

export function isOpener(tok: Token): boolean {
  return tok.kind === 'quote' && (OPEN_QUOTES.has(tok.text) || (tok.text === '"' && straightOpens(tok)));
}

export function isCloser(tok: Token): boolean {
  return tok.kind === 'quote' && (CLOSE_QUOTES.has(tok.text) || (tok.text === '"' && !straightOpens(tok)));
}

export function segment(text: string): Segmented {
  const abbreviations = lexicon().abbreviations;
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const seen = new Set<string>();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > 0) {
      const toks = tokenize(line, lineStart);
      const tokStart = tokens.length;
      for (const t of toks) tokens.push(t);
      const key = toks.map((t) => t.norm).join(' ');
      const para: Paragraph = {
        index: paragraphs.length,
        start: toks.length ? toks[0].start : lineStart,
        end: toks.length ? toks[toks.length - 1].end : lineEnd,
        tokStart,
        tokEnd: tokens.length,
        sentStart: sentences.length,
        sentEnd: sentences.length,
        duplicate: seen.has(key),
      };
      seen.add(key);
      splitSentences(tokens, tokStart, tokens.length, para.index, sentences, abbreviations);
      para.sentEnd = sentences.length;
      paragraphs.push(para);
    }
    lineStart = lineEnd + 1;
  }
  return { tokens, paragraphs, sentences };
}

function splitSentences(tokens: Token[], from: number, to: number, paragraph: number, out: Sentence[], abbreviations: ReadonlySet<string>): void {
  const numberAbbreviations = lexicon().numberAbbreviations;
  let start = from;
  const close = (end: number) => {
    if (end <= start) return;
    out.push({ index: out.length, paragraph, start: tokens[start].start, end: tokens[end - 1].end, tokStart: start, tokEnd: end });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (i - start >= MAX_SENTENCE_TOKENS) {
      // A run-on "sentence" (no punctuation for pages): cut it, at a comma when one is near, so that every
      // later step works on bounded windows and the whole stays linear.
      let cut = i;
      for (let j = i; j > i - 60 && j > start; j--) if (tokens[j].text === ',' || tokens[j].text === ';') {
        cut = j + 1;
        break;
      }
      close(cut);
    }
    if (!TERMINALS.has(tok.text)) continue;
    // Ellipses and "?!" runs: move to the last terminal.
    while (i + 1 < to && TERMINALS.has(tokens[i + 1].text)) i++;
    if (tok.text === '.' && i > from) {
      const prev = tokens[i - 1];
      if (!tok.spaceBefore || prev.end === tok.start) {
        // "No. 5", "vol. 2": these abbreviate only before a number; "No." before a word is the answer "No."
        if (abbreviations.has(prev.norm) && !(numberAbbreviations.has(prev.norm) && tokens[i + 1]?.kind !== 'number')) continue;
        if (prev.kind === 'word' && prev.text.length === 1 && prev.upper) continue; // initial: "J. Smith", "U.S."
      }
    }
    // Closing quote marks and brackets after the terminal belong to this sentence.
    let end = i + 1;
    while (end < to && (isCloser(tokens[end]) || tokens[end].text === ')') && !(tokens[end].text === '"' && straightOpens(tokens[end]))) end++;
    if (end >= to) break;
    const next = tokens[end];
    if (!next.spaceBefore && next.kind === 'word') continue; // "Express.co.uk"
    const startsSentence = next.upper || next.kind === 'number' || isOpener(next) || next.text === '–' || next.text === '—' || next.text === '-';
    if (!startsSentence) continue;
    close(end);
    i = end - 1;
  }
  close(to);
}
