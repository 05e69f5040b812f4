// Line rules: remove the boilerplate lines of a news page (share bars, "Read more" cross-links,
// navigation, ads, comment forms, tag clouds, all-capitals cross-link headlines, site name,
// repeated title) and keep every other line exactly as written. Linear in the input length:
// every rule looks at one line (or the next one) and the costly checks only run on short lines.
import { loadLexicon, type Lexicon } from './lexicon.js';
import { endsLikeSentence, foldForMatch, isLetter, isLowerLetter, isUpperLetter, wordsOf } from './text-utils.js';

export interface CleanOptions {
  /** The title known from metadata; it becomes the first line when the text does not start with it. */
  title?: string | null;
  lexicon?: Lexicon;
}

export interface CleanResult {
  text: string;
  /** Every removed line, in document order. */
  removed: string[];
  title: string | null;
}

/** A logical line: one source line, or hard-wrapped lines joined back into their paragraph. */
interface Unit {
  text: string;
  folded: string;
  /** Preceded by a blank line or the start of the text. */
  blockStart: boolean;
  /** Followed by a blank line or the end of the text. */
  blockEnd: boolean;
}

/** Lines longer than this are article paragraphs for every rule: no boilerplate line is that long. */
const MAX_BOILERPLATE_LINE = 300;
const MAX_HEADLINE = 250;
/** Titles and boilerplate lines are shorter; longer lines get LONG_LINE as their folded form. */
const MAX_FOLDED_LINE = 600;
const LONG_LINE = '\u0000long';

export function cleanText(text: string, opts: CleanOptions = {}): CleanResult {
  const lexicon = opts.lexicon ?? loadLexicon();
  const units = toUnits(text);
  const removed: string[] = [];
  const kept: string[] = [];
  const givenTitle = normaliseTitle(opts.title);

  let start = 0;
  if (units.length > 1 && isSiteName(units, lexicon, givenTitle)) {
    removed.push(units[0].text);
    start = 1;
  }
  const firstLine = units[start];
  // Without a known title, the first line is the title only when it reads like a headline (a lede paragraph is not).
  const title = givenTitle ?? (firstLine && looksLikeHeadline(firstLine.text) ? firstLine.text.trim() : null);
  const foldedTitle = title ? foldForMatch(title) : null;
  let titleSeen = false;
  if (givenTitle && (!firstLine || firstLine.folded !== foldedTitle)) {
    kept.push(givenTitle);
    titleSeen = true;
  }
  // A text without any blank line writes one paragraph per line: every line stands alone.
  const standaloneEverywhere = !/\n[ \t\u00a0]*\r?\n/.test(text) || units.every((u) => u.blockStart && u.blockEnd);

  for (let i = start; i < units.length; i++) {
    const unit = units[i];
    if (foldedTitle !== null && unit.folded === foldedTitle) {
      if (titleSeen) removed.push(unit.text);
      else kept.push(unit.text);
      titleSeen = true;
      continue;
    }
    if (unit.folded === LONG_LINE) {
      // Longer than any boilerplate line: an article paragraph.
      kept.push(unit.text);
      titleSeen = true;
      continue;
    }
    const cue = readMoreCue(unit.folded, lexicon);
    if (cue === 'alone') {
      removed.push(unit.text);
      const next = units[i + 1];
      if (next && looksLikeHeadline(next.text)) {
        removed.push(next.text);
        i++;
      }
      continue;
    }
    if (
      cue === 'inline' ||
      isBoilerplateLine(unit, lexicon) ||
      (kept.length > 0 && isAllCapitalsHeadline(unit.text)) ||
      ((standaloneEverywhere || (unit.blockStart && unit.blockEnd)) && isTagCloud(unit.text, lexicon))
    ) {
      removed.push(unit.text);
      continue;
    }
    kept.push(unit.text);
    titleSeen = true;
  }
  return { text: kept.join('\n\n'), removed, title: title && title.length > 0 ? title : null };
}

function normaliseTitle(title: string | null | undefined): string | null {
  if (typeof title !== 'string') return null;
  const t = title.replace(/\s+/g, ' ').trim().slice(0, MAX_FOLDED_LINE);
  return t.length > 0 ? t : null;
}

/** Splits into non-blank lines (line endings normalised, trailing spaces stripped) and joins hard-wrapped ones. */
function toUnits(text: string): Unit[] {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const units: Unit[] = [];
  let previousBlank = true;
  for (const rawLine of lines) {
    const line = rawLine.trimEnd();
    if (line.trim().length === 0 || /^[\u200b-\u200d\u2060\ufeff\s]*$/.test(line)) {
      if (units.length > 0) units[units.length - 1].blockEnd = true;
      previousBlank = true;
      continue;
    }
    const last = units[units.length - 1];
    if (!previousBlank && last && isWrappedContinuation(last.text, line)) {
      last.text = `${last.text} ${line.trimStart()}`;
      last.folded = foldIfShort(last.text);
      continue;
    }
    units.push({ text: line, folded: foldIfShort(line), blockStart: previousBlank, blockEnd: false });
    previousBlank = false;
  }
  if (units.length > 0) units[units.length - 1].blockEnd = true;
  return units;
}

/** Folding costs several passes; lines longer than any title or boilerplate line are never compared. */
function foldIfShort(line: string): string {
  return line.length <= MAX_FOLDED_LINE ? foldForMatch(line) : LONG_LINE;
}

/** A hard-wrapped paragraph: a long line cut mid-sentence and a next line starting in lower case. */
function isWrappedContinuation(previous: string, line: string): boolean {
  if (previous.length < 40 || endsLikeSentence(previous) || /[:;,]\s*$/.test(previous.slice(-3))) return false;
  const first = line.trimStart()[0] ?? '';
  return isLowerLetter(first);
}

function isBoilerplateLine(unit: Unit, lexicon: Lexicon): boolean {
  const folded = unit.folded;
  if (folded.length > MAX_BOILERPLATE_LINE) return false;
  const bare = stripDecorations(folded);
  if (bare.length === 0) return false;
  if (lexicon.adLines.has(bare) || lexicon.navLines.has(bare) || lexicon.siteNames.has(bare)) return true;
  if (isShareBar(bare, lexicon)) return true;
  if (bare.length <= 120 && lexicon.sharePrefixes.some((p) => bare.startsWith(p))) return true;
  if (bare.length <= 160 && lexicon.followCues.some((c) => bare.includes(c))) return true;
  if (bare.length <= 120 && lexicon.followPrefixes.some((p) => startsWithWord(bare, p))) return true;
  if (bare.length <= 250 && lexicon.commentForm.some((c) => startsWithWord(bare, c))) return true;
  return isNavigation(unit.text, folded, lexicon);
}

/** Bullets, pipes and arrows around a line ("• Facebook |", "› Lire aussi") carry no text. */
function stripDecorations(folded: string): string {
  let start = 0;
  let end = folded.length;
  while (start < end && DECORATIONS.has(folded[start])) start++;
  while (end > start && DECORATIONS.has(folded[end - 1])) end--;
  return start === 0 && end === folded.length ? folded : folded.slice(start, end);
}

const DECORATIONS = new Set([' ', '•', '·', '|', '>', '<', '›', '‹', '»', '«', '*', '#', '-', '–', '—', ':']);

function isShareBar(bare: string, lexicon: Lexicon): boolean {
  if (lexicon.shareWords.has(bare)) return true;
  const tokens = bare.split(/[\s|•·/,]+/u).filter((t) => t.length > 0);
  return tokens.length > 0 && tokens.length <= 16 && tokens.every((t) => lexicon.shareWords.has(t));
}

function isNavigation(original: string, folded: string, lexicon: Lexicon): boolean {
  const trimmed = original.trim();
  for (const prefix of lexicon.navPrefixes) {
    const line = prefix.caseSensitive ? trimmed : folded;
    if (line.startsWith(prefix.text) && isBoundary(line[prefix.text.length])) return true;
  }
  return false;
}

/** Starts with the phrase followed by the end of the line or a non-letter ("subscribe to" but not "subscribe tomorrow"). */
function startsWithWord(line: string, phrase: string): boolean {
  if (!line.startsWith(phrase)) return false;
  const next = line[phrase.length];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next);
}

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === ':' || ch === '\u00a0' || ch === '»' || ch === '›' || ch === '|';
}

/** 'alone': the line is only a "Read more" cue; 'inline': cue plus the related headline; null: no cue. */
function readMoreCue(folded: string, lexicon: Lexicon): 'alone' | 'inline' | null {
  if (folded.length > MAX_BOILERPLATE_LINE) return null;
  const bare = stripDecorations(folded);
  for (const cue of lexicon.readMoreCues) {
    if (!bare.startsWith(cue.text)) continue;
    const rest = bare.slice(cue.text.length);
    const restBare = rest.replace(/^[\s:.…›»|\-–—]+/u, '');
    if (restBare.length === 0) return 'alone';
    if (cue.inline && /^[\s:›»|\-–—]/u.test(rest)) return 'inline';
    // "Related: <headline>": any cue followed by a colon introduces a cross-link.
    if (/^\s?:/u.test(rest)) return 'inline';
  }
  return null;
}

function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_HEADLINE) return false;
  const last = lastSignificant(t);
  return last !== '.' && last !== ':';
}

function endsWithFullStop(line: string): boolean {
  return lastSignificant(line) === '.';
}

/** The last character before closing quotes, brackets and spaces. */
function lastSignificant(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && /["'”’»)\]\s]/u.test(line[i])) i--;
  return i >= 0 ? line[i] : '';
}

/** A cross-link headline in capitals inserted mid-article ("L’UKRAINE NOUS APPELLE À ..."). */
function isAllCapitalsHeadline(line: string): boolean {
  if (line.length > MAX_BOILERPLATE_LINE || asciiLowerShare(line) > 0.15) return false;
  const { letters, upper } = letterCase(line);
  // A shouted sentence ending with a full stop is content (a quoted post, a slogan); cross-link headlines have none.
  return letters >= 12 && upper / letters >= 0.85 && wordsOf(line).length >= 3 && !endsWithFullStop(line);
}

/** Share of a-z among the characters: a cheap first test before the Unicode-aware count. */
function asciiLowerShare(line: string): number {
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
  }
  return line.length === 0 ? 0 : lower / line.length;
}

/** Counts letters and upper-case letters with two whole-line case mappings (no per-character strings). */
function letterCase(line: string): { letters: number; upper: number } {
  const up = line.toUpperCase();
  const low = line.toLowerCase();
  let letters = 0;
  let upper = 0;
  if (up.length !== line.length || low.length !== line.length) {
    for (const ch of line) {
      if (!isLetter(ch)) continue;
      letters++;
      if (isUpperLetter(ch)) upper++;
    }
    return { letters, upper };
  }
  for (let i = 0; i < line.length; i++) {
    if (up.charCodeAt(i) === low.charCodeAt(i)) continue;
    letters++;
    if (line.charCodeAt(i) === up.charCodeAt(i)) upper++;
  }
  return { letters, upper };
}

/** A line of lower-case keywords without sentence punctuation or grammar ("arme nucléaire vladimir poutine russie"). */
function isTagCloud(line: string, lexicon: Lexicon): boolean {
  if (line.length > MAX_BOILERPLATE_LINE) return false;
  if (/[.!?;:«»"“”()]/u.test(line) || /\p{Lu}/u.test(line)) return false;
  const words = wordsOf(line).map((w) => w.toLowerCase());
  if (words.length < 3 || words.length > 30) return false;
  const items = line.split(',');
  if (items.length >= 3 && items.every((item) => wordsOf(item).length <= 4)) return true;
  if (line.includes(',')) return false;
  const functionWords = words.filter((w) => lexicon.functionWords.has(w.replace(/['’].*$/u, ''))).length;
  return functionWords / words.length <= 0.2;
}

/** The first line is a site name: known, or a short Title-Case line before a headline it shares no word with. */
function isSiteName(units: Unit[], lexicon: Lexicon, givenTitle: string | null): boolean {
  const first = units[0];
  if (first.text.length > 60) return false;
  const bare = stripDecorations(first.folded);
  if (lexicon.siteNames.has(bare)) return true;
  if (givenTitle && first.folded === foldForMatch(givenTitle)) return false;
  const words = first.text.trim().split(/\s+/u);
  if (words.length > 6 || /[.!?:;,«»"“”]/u.test(first.text)) return false;
  const titleCase = words.every((w) => {
    const initial = [...w].find(isLetter);
    return initial === undefined ? false : isUpperLetter(initial) || lexicon.titleCaseConnectors.has(w.toLowerCase());
  });
  if (!titleCase) return false;
  const next = units[1];
  const nextIsTitle = givenTitle ? next.folded === foldForMatch(givenTitle) : looksLikeHeadline(next.text) && units.length > 2;
  if (!nextIsTitle) return false;
  const contentWords = (s: string) =>
    new Set(wordsOf(s.toLowerCase()).filter((w) => !lexicon.functionWords.has(w) && !lexicon.titleCaseConnectors.has(w)));
  const own = contentWords(first.text);
  if (own.size === 0) return false;
  const around = contentWords(`${next.text} ${units[2]?.text.slice(0, 400) ?? ''}`);
  for (const w of own) if (around.has(w)) return false;
  return true;
}
