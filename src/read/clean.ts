// Line rules: remove the boilerplate lines of a news page (share bars, "Read more" cross-links,
// navigation and crumbs, ads, cookie banners, follow/newsletter prompts, comment forms, tag clouds and
// "Tags:"-style labels, timestamp-only lines, anonymous bylines, wire and photo credits, copyright lines,
// all-capitals cross-link headlines, site name, repeated title) and keep every other line exactly as
// written. Lexicon phrases are data (data/read/lexicon.yaml); prefix and shape rules never remove a line
// that reads like an article sentence (isRealSentence). Linear in the input length:
// every rule looks at one line (or the next one) and the costly checks only run on short lines.
import { loadLexicon, type Lexicon } from './lexicon.js';
import { PhraseScanner } from './phrase-scanner.js';
import { PrefixIndex } from './prefix-index.js';
import { endsLikeSentence, foldForMatch, isLetter, isLowerLetter, isUpperLetter, scanWords, wordsOf } from './text-utils.js';

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
/** How many noise lines may come before the site name or the title. */
const MAX_HEADER_NOISE = 8;
/** How many headlines a "Related" cue alone on its line may list, and how long each of the later ones may be. */
const MAX_RELATED_HEADLINES = 5;
const MAX_RELATED_HEADLINE = 160;

export function cleanText(text: string, opts: CleanOptions = {}): CleanResult {
  const lexicon = opts.lexicon ?? loadLexicon();
  const units = toUnits(text);
  const removed: string[] = [];
  const kept: string[] = [];
  const givenTitle = normaliseTitle(opts.title);

  // Leading page noise ("Skip to main content", a cookie bar) is removed by the line rules below; the site
  // name and the title are looked for in the first lines that are not noise.
  // Memoised by index: the header search looks at the same first lines several times, the main loop once more.
  const cues: (ReturnType<typeof readMoreCue> | undefined)[] = [];
  const cueOf = (i: number) => {
    let cue = cues[i];
    if (cue === undefined) cues[i] = cue = readMoreCue(units[i].folded, lexicon);
    return cue;
  };
  const noise: (boolean | undefined)[] = [];
  const isNoise = (i: number) => {
    let known = noise[i];
    if (known === undefined) {
      const u = units[i];
      known = u.folded !== LONG_LINE && (isBoilerplateLine(u, lexicon) || cueOf(i) !== null || isSectionKicker(units, i, lexicon));
      noise[i] = known;
    }
    return known;
  };
  // The lines listed under a cue alone ("Sommaire", "Related") are other pages' titles: the search stops at the cue.
  const nextContent = (from: number) => {
    let i = from;
    while (i < units.length && i < from + MAX_HEADER_NOISE && isNoise(i)) {
      if (cueOf(i) === 'alone') return -1;
      i++;
    }
    return i < units.length && !isNoise(i) ? i : -1;
  };
  const head = nextContent(0);
  let siteIndex = -1;
  if (head >= 0) {
    const next = nextContent(head + 1);
    if (next >= 0 && (isSiteName(units[head], units[next], units[next + 1], lexicon, givenTitle) || namedInFooter(units[head], units, head))) siteIndex = head;
  }
  let firstIndex = siteIndex >= 0 ? nextContent(siteIndex + 1) : head;
  // Short lines right under the site name (or opening the page) and above a noise line, before the headline
  // ("PolitiFact" / "The Poynter Institute" / a menu): the site's owner, full name or tagline (v21).
  const taglines = new Set<number>();
  const isTagline = (i: number) => {
    const after = nextContent(i + 1);
    return (
      i < MAX_HEADER_NOISE &&
      (i === 0 || i - 1 === siteIndex || taglines.has(i - 1)) &&
      i + 1 < units.length && isNoise(i + 1) && cueOf(i + 1) !== 'alone' &&
      after >= 0 && looksLikeHeadline(units[after].text) &&
      isTaglineShaped(units[i], givenTitle)
    );
  };
  while (firstIndex >= 0 && isTagline(firstIndex)) {
    taglines.add(firstIndex);
    firstIndex = nextContent(firstIndex + 1);
  }
  const firstLine: Unit | undefined = firstIndex >= 0 ? units[firstIndex] : undefined;
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

  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (i === siteIndex || taglines.has(i)) {
      removed.push(unit.text);
      continue;
    }
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
    // A line the header search found not to be noise is neither a cue nor a boilerplate line.
    const notNoise = noise[i] === false;
    const cue = notNoise ? null : cueOf(i);
    if (cue === 'alone') {
      removed.push(unit.text);
      // The related headlines listed under the cue: the next line when it reads like a headline, and the lines after
      // it while they are short headlines too ("Related Stories" / two headlines / "Topics: ...").
      for (let listed = 0; listed < MAX_RELATED_HEADLINES; listed++) {
        const next = units[i + 1];
        if (!next || next.folded === LONG_LINE || !looksLikeHeadline(next.text)) break;
        if (listed > 0 && (next.text.length > MAX_RELATED_HEADLINE || !isHeadlineShaped(next.text))) break;
        removed.push(next.text);
        i++;
      }
      continue;
    }
    if (
      cue === 'inline' ||
      isNoise(i) ||
      (kept.length > 0 && isAllCapitalsHeadline(unit.text) && !isSignedByline(unit.folded, lexicon)) ||
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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = splitLines(body);
  const units: Unit[] = [];
  let previousBlank = true;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k].trimEnd();
    if (line.length === 0 || /^[\u200b-\u200d\u2060\ufeff\s]*$/.test(line)) {
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

function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
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
  // Decorations alone ("###" closing a press release, "* * *", "—"): no text.
  if (bare.length === 0) return true;
  // Phrases specific enough to be noise wherever they occur.
  if (isListedLine(bare, lexicon)) return true;
  // A reference-list entry and an encyclopaedia heading with its edit links, however they read.
  if (isReferenceEntry(bare, lexicon) || lexicon.editLinks.some((link) => bare.endsWith(link))) return true;
  if (isShareBar(bare, lexicon)) return true;
  const cues = phraseMatchers(lexicon);
  // Follow prompts (at most 160 characters), cookie banners (any length), legal footers (at most 250), "all rights
  // reserved" (at most 200) and publisher notes (short non-sentences), both below: one scan for the five lists.
  const found = cues.anywhere.scan(bare);
  if (((found & FOLLOW_CUE) !== 0 && bare.length <= 160) || (found & CONSENT_CUE) !== 0 || ((found & LEGAL_CUE) !== 0 && bare.length <= 250)) return true;
  if (bare.length <= 250 && cues.commentForm.candidates(bare).some((c) => startsWithWord(bare, c))) return true;
  // "Full Fact is a registered charity (no. 1158683). © Full Fact 2025": a copyright sign before a year ends the line.
  if (bare.length <= 200 && COPYRIGHT_WITH_YEAR.test(bare)) return true;
  if (isNavigation(unit.text, folded, lexicon)) return true;
  // "Copyright© 2024, THG PUBLISHING PVT LTD. or its affiliated companies. All rights reserved.": a sentence, but noise.
  // (A line starting "© 2024" or "(c) 2024" is already caught by COPYRIGHT_WITH_YEAR above.)
  if (bare.length <= 200 && (found & COPYRIGHT_CUE) !== 0 && /^copyright\s?©?\s?(?:19|20)\d{2}\b/u.test(bare)) return true;
  // Prefix and shape rules: never on a line that reads like a sentence of the article.
  if (isRealSentence(unit.text, lexicon)) return false;
  if (bare.length <= 120 && cues.sharePrefixes.candidates(bare).some((p) => bare.startsWith(p))) return true;
  if (bare.length <= 120 && cues.followPrefixes.candidates(bare).some((p) => startsWithWord(bare, p))) return true;
  if (bare.length <= 120 && (found & PUBLISHER_NOTE) !== 0) return true;
  return (
    isCopyright(bare, found) ||
    isLabelLine(bare, folded, lexicon) ||
    isTagListWithoutColon(unit.text, lexicon) ||
    isCreditLine(bare, lexicon) ||
    isAnonymousByline(bare, lexicon) ||
    isPrintEdition(bare, lexicon) ||
    isAgencyCredit(bare, lexicon) ||
    isTimestampLine(bare, lexicon) ||
    isDateLine(bare, lexicon) ||
    isNumericDateLine(bare) ||
    isAddressLine(bare) ||
    isPostalAddress(unit.text) ||
    isReferenceCode(unit.text) ||
    isHashtagLine(unit.text, lexicon) ||
    isSlideCounter(bare) ||
    isWireNote(bare, lexicon) ||
    isCrumbs(unit.text, bare, lexicon) ||
    isLabelPair(unit.text, bare, lexicon) ||
    isMenuOfNoise(bare, lexicon)
  );
}

/**
 * Per lexicon: "contains one of these phrases" for the five lists found anywhere in a line, in one pass (same result
 * as some(includes) per list), the longest entry of the whole-line lists, so that longer lines skip the look-ups, and the line-start lists
 * indexed by their first two characters.
 */
interface PhraseMatchers {
  /** followCues, consentCues, legalCues, copyrightCues and publisherNotes, found anywhere in a line (bits below). */
  anywhere: PhraseScanner;
  longestListedLine: number;
  longestShareWord: number;
  commentForm: PrefixIndex<string>;
  sharePrefixes: PrefixIndex<string>;
  followPrefixes: PrefixIndex<string>;
  labelPrefixes: PrefixIndex<string>;
  timestampLabels: PrefixIndex<string>;
  readMoreCues: PrefixIndex<Lexicon['readMoreCues'][number]>;
}

const matchersOf = new WeakMap<Lexicon, PhraseMatchers>();

function phraseMatchers(lexicon: Lexicon): PhraseMatchers {
  let m = matchersOf.get(lexicon);
  if (!m) {
    m = {
      anywhere: new PhraseScanner([lexicon.followCues, lexicon.consentCues, lexicon.legalCues, lexicon.copyrightCues, lexicon.publisherNotes]),
      longestListedLine: longest([lexicon.adLines, lexicon.navLines, lexicon.siteNames]),
      longestShareWord: longest([lexicon.shareWords]),
      commentForm: new PrefixIndex(lexicon.commentForm, phrase),
      sharePrefixes: new PrefixIndex(lexicon.sharePrefixes, phrase),
      followPrefixes: new PrefixIndex(lexicon.followPrefixes, phrase),
      labelPrefixes: new PrefixIndex(lexicon.labelPrefixes, phrase),
      timestampLabels: new PrefixIndex(lexicon.timestampLabels, phrase),
      readMoreCues: new PrefixIndex(lexicon.readMoreCues, (cue) => cue.text),
    };
    matchersOf.set(lexicon, m);
  }
  return m;
}

const phrase = (text: string) => text;

function longest(sets: Set<string>[]): number {
  let max = 0;
  for (const set of sets) for (const entry of set) max = Math.max(max, entry.length);
  return max;
}

/** The bits of PhraseMatchers.anywhere's lists. */
const FOLLOW_CUE = 1;
const CONSENT_CUE = 2;
const LEGAL_CUE = 4;
const COPYRIGHT_CUE = 8;
const PUBLISHER_NOTE = 16;

/** "© 2024", "© Full Fact 2025." at the end of a line, "(c) 2024 Name": the sign, at most four words, a year. */
const COPYRIGHT_WITH_YEAR = /(?:©|\(c\))\s?(?:(?:19|20)\d{2}\b|(?:[\p{L}\p{N}'’&.-]+\s){1,4}(?:19|20)\d{2}\s?\.?$)/u;

/** A whole line known as noise: an ad label, navigation, a site name, a comment count ("12 comments"). */
function isListedLine(bare: string, lexicon: Lexicon): boolean {
  const noStop = withoutFinalStops(bare);
  if (isWholeListedLine(bare, lexicon) || (noStop !== bare && isWholeListedLine(noStop, lexicon))) return true;
  // Comment and share counts: "12 comments", "Comments (12)", "Voir les 12 commentaires".
  return (
    /^(?:(?:voir|view|show|afficher|lire|read)(?: les| all)? )?\d[\d\s.,k]{0,8}\s?(?:comments?|commentaires?|réactions?|replies|réponses?|shares|partages|signatures|signataires)$/u.test(noStop) ||
    /^(?:vos |your |les |all )?(?:comments?|commentaires?|réactions?|reactions?) ?\(\d{1,7}\)$/u.test(noStop) ||
    isFollowOnNetwork(noStop, lexicon) ||
    isReadingTime(noStop, lexicon)
  );
}

/** "3 min read", "Temps de lecture : 4 min", "Écouter cet article – 4 min": a duration with only label words around it. */
function isReadingTime(line: string, lexicon: Lexicon): boolean {
  if (line.length > 80) return false;
  const isLabel = (part: string) => {
    const label = part.replace(/^[\s:–—|-]+|[\s:–—|-]+$/gu, '');
    return label === '' || lexicon.readingTimeWords.has(label) || lexicon.navLines.has(label);
  };
  // "Écouter - 05:01", "Listen (4:32)": a label and a clock duration.
  const clock = /^(.{1,30}?)[\s(]*\b\d{1,2}:\d{2}(?::\d{2})?\)?$/u.exec(line);
  if (clock && clock[1].trim() !== '' && isLabel(clock[1])) return true;
  const m = /^(.{0,45}?)[\s(]*\b(\d{1,3}) ?(?:min|mins|minutes?|mn)\b\.?\)?(.{0,30})$/u.exec(line);
  if (!m) return false;
  return isLabel(m[1]) && isLabel(m[3]);
}

function isWholeListedLine(line: string, lexicon: Lexicon): boolean {
  if (line.length > phraseMatchers(lexicon).longestListedLine) return false;
  return lexicon.adLines.has(line) || lexicon.navLines.has(line) || lexicon.siteNames.has(line);
}

/** The line without its final run of . ! … and the spaces before it (as .replace(/[.!…]+$/u, '').trimEnd()). */
function withoutFinalStops(line: string): string {
  let end = line.length;
  while (end > 0 && isFinalStop(line.charCodeAt(end - 1))) end--;
  return (end === line.length ? line : line.slice(0, end)).trimEnd();
}

function isFinalStop(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x2026;
}

/** "Follow Reuters on X", "Suivez Le Monde sur Instagram": a follow prompt naming a network. */
function isFollowOnNetwork(line: string, lexicon: Lexicon): boolean {
  // "Follow UN Press on X and Facebook": one network or a list of them (v20).
  const m = /^(?:follow|suivez|suivre) (.{1,50}) (?:on|sur) ([\p{L}\p{N}+.,& -]{1,60})$/u.exec(line);
  return m !== null && wordsOf(m[1]).length <= 5 && m[2].split(/\s*(?:,|&|\band\b|\bet\b)\s*/u).every((network) => lexicon.shareWords.has(network));
}

/** Over twelve words with punctuation and grammar: an article sentence, which no shape rule may remove. */
function isRealSentence(text: string, lexicon: Lexicon): boolean {
  if (!/[.!?…,;]/u.test(text)) return false;
  // More than twelve words (numbers aside) and two function words among all of them; only the words before the
  // second function word are sliced.
  let words = 0;
  let functionWords = 0;
  scanWords(text, (start, end) => {
    // Numbers are not words of a sentence: "Posted Tue 1 Nov 2022 at 5:47am, updated ..." is a timestamp.
    const first = text.charCodeAt(start);
    if (first >= 0x30 && first <= 0x39) return false;
    words++;
    if (functionWords < 2 && lexicon.functionWords.has(beforeApostrophe(text.slice(start, end).toLowerCase()))) functionWords++;
    return words > 12 && functionWords >= 2;
  });
  return words > 12 && functionWords >= 2;
}

/** The word up to its first ' or ’ ("l'armée" → "l"), as .replace(/['’].*$/u, '') on a one-line word. */
function beforeApostrophe(word: string): string {
  const a = word.indexOf("'");
  const b = word.indexOf('’');
  const cut = a < 0 ? b : b < 0 ? a : Math.min(a, b);
  return cut < 0 ? word : word.slice(0, cut);
}

/** "© AFP", "© 2024 Le Monde", "Copyright The Associated Press. All rights reserved." */
function isCopyright(bare: string, found: number): boolean {
  if (bare.length > 200) return false;
  return startsLikeCopyright(bare) || (found & COPYRIGHT_CUE) !== 0;
}

/** "© 2024", "(c) 2024", "Copyright 2024", "Copyright© 2024". */
function startsLikeCopyright(bare: string): boolean {
  return bare.startsWith('©') || /^\(c\)\s?\d/u.test(bare) || startsWithWord(bare, 'copyright') || bare.startsWith('copyright©');
}

/** "Tags: Russia, NATO", "Mots-clés : ...", "Source: kremlin.ru", "Photo: AFP": a label, a colon and a short value. */
function isLabelLine(bare: string, folded: string, lexicon: Lexicon): boolean {
  for (const label of phraseMatchers(lexicon).labelPrefixes.candidates(bare)) {
    if (!bare.startsWith(label)) continue;
    // "Tags:" alone (the colon was stripped with the decorations).
    if (bare.length === label.length && /:\s*$/u.test(folded)) return true;
    const colon = /^\s?:/u.exec(bare.slice(label.length));
    if (!colon) continue;
    const value = bare.slice(label.length + colon[0].length).trim();
    if (value.length === 0 || isItemList(value)) return true;
    const words = wordsOf(value).length;
    return words <= 12 && (words <= 5 || !endsLikeSentence(value));
  }
  return false;
}


/** "Tags Kim Jong Un North Korea Russia": a tag label, no colon, then only capitalised words (at least three). */
function isTagListWithoutColon(original: string, lexicon: Lexicon): boolean {
  const line = original.trim();
  if (line.length > 200) return false;
  // Only the head is lower-cased: the longest label (tagLabels are longest first) and its space.
  const lower = line.slice(0, (lexicon.tagLabels[0]?.length ?? 0) + 1).toLowerCase();
  const label = lexicon.tagLabels.find((l) => lower.startsWith(`${l} `));
  if (!label) return false;
  const words = line.slice(label.length).trim().split(/\s+/u);
  return words.length >= 3 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) && !/[.!?:;]$/u.test(w));
}

/**
 * "Arms Control, Nuclear Weapons, Russia": three or more short comma-separated items. Items between pipes may be
 * longer ("Traité de désarmement nucléaire | Relations entre la Russie et les États-Unis"): a pipe never joins clauses.
 */
function isItemList(value: string): boolean {
  const items = value.split(/[,;|]/u);
  const maxWords = value.includes('|') ? MAX_PIPED_ITEM_WORDS : MAX_ITEM_WORDS;
  return items.length >= 3 && items.every((item) => {
    const n = wordsOf(item).length;
    return n >= 1 && n <= maxWords;
  });
}

const MAX_ITEM_WORDS = 5;
const MAX_PIPED_ITEM_WORDS = 8;

/** "¹ Oukaze présidentiel n° 991", "↑ « Moscou suspend ... », Le Monde": reference markers, a space, the reference. */
function isReferenceEntry(bare: string, lexicon: Lexicon): boolean {
  let i = 0;
  while (i < bare.length && lexicon.referenceMarkers.has(bare[i])) i++;
  return i > 0 && i < bare.length && bare[i] === ' ';
}

/** "Reporting by X; Editing by Y", "(Writing by X)". */
function isCreditLine(bare: string, lexicon: Lexicon): boolean {
  const line = bare.replace(/^[(\[]\s*/u, '');
  return line.length <= 200 && lexicon.creditPrefixes.some((p) => startsWithWord(line, p));
}

/** A byline naming no person: "By Staff Writer", "Par la rédaction", "By Reuters". */
function isAnonymousByline(bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 100) return false;
  for (const prefix of lexicon.bylinePrefixes) {
    if (!startsWithWord(bare, prefix)) continue;
    const rest = bare.slice(prefix.length).replace(/^[\s:]+/u, '').replace(/[.\s]+$/u, '');
    const parts = splitCredits(rest);
    // "By Reuters | Updated 10:32 GMT": agencies, desks and labelled timestamps only ("By 2030" is not a byline).
    return parts.length > 0 && parts.every((p) => lexicon.anonymousBylines.has(p) || lexicon.agencies.has(p) || isOurRole(p, lexicon) || isTimestampLine(p, lexicon));
  }
  return lexicon.bareBylines.has(withoutFinalStops(bare));
}

/** "By LARA DEVLIN and SAM OKAFOR | 02/22/2023": a byline, whatever its case, is the article's (kept). */
function isSignedByline(folded: string, lexicon: Lexicon): boolean {
  return lexicon.bylinePrefixes.some((prefix) => startsWithWord(folded, prefix));
}

/** "our defence correspondent", "notre envoyé spécial à Kyiv": a staff role, no person. */
function isOurRole(part: string, lexicon: Lexicon): boolean {
  const words = wordsOf(part);
  if (words.length < 2 || words.length > 6 || (words[0] !== 'our' && words[0] !== 'notre')) return false;
  for (let n = 1; n <= 4 && n < words.length; n++) {
    const role = words.slice(n, n + 2).join(' ');
    if (lexicon.bylineRoleWords.has(words[n]) || lexicon.bylineRoleWords.has(role)) return true;
  }
  return false;
}

/** "Published in Dawn, May 13th, 2025", "Paru dans Le Monde du 3 mars 2024": a print-edition line. */
function isPrintEdition(bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 100) return false;
  const label = lexicon.printEditionLabels.find((l) => startsWithWord(bare, l));
  if (!label) return false;
  const rest = bare.slice(label.length).trim();
  // The name may hold the separator itself ("l'édition du Soir du 4 novembre 2025"): every split is tried.
  for (const m of rest.matchAll(/,\s*|\s+du\s+|\s+on\s+/gu)) {
    const name = rest.slice(0, m.index);
    if (name.length === 0 || name.length > 50) continue;
    // A page reference may follow the date ("- page 2967", ", p. 12").
    if (wordsOf(name).length <= 5 && isDateWithYear(rest.slice(m.index + m[0].length).replace(/\s*[-–,]\s*(?:p\.|page)\s*\d+$/u, ''), lexicon)) return true;
  }
  return false;
}

/** A photo or agency credit alone: "(Reuters)", "AFP", "Getty Images / AFP", "Photo AFP", "AP Photo/Jane Doe". */
function isAgencyCredit(bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 80) return false;
  const parts = splitCredits(bare.replace(/[()[\]]/gu, ' ').replace(/©/gu, '© '));
  if (parts.length === 0) return false;
  let agency = false;
  let photo = false;
  let names = 0;
  for (const part of parts) {
    const words = part.split(' ');
    let i = 0;
    while (i < words.length && lexicon.creditWords.has(words[i])) i++;
    if (i > 0) photo = true;
    const name = words.slice(i).join(' ');
    if (name.length === 0) continue;
    if (lexicon.agencies.has(name)) {
      agency = true;
      if (/\bphoto\b/u.test(name)) photo = true;
      continue;
    }
    // A photographer's name (at most four words, no sentence punctuation) is allowed in a photo credit.
    if (wordsOf(name).length > 4 || /[.!?;:]/u.test(name)) return false;
    names++;
  }
  return agency && (names === 0 || photo);
}

/** Splits a credit on / , | + & " - " and the words via, and, et, with, avec. */
function splitCredits(line: string): string[] {
  return line
    .split(/\s*(?:[/,|+&]|\s[-–—]\s|\svia\s|\sand\s|\set\s|\swith\s|\savec\s)\s*/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** "Updated 14:05 GMT", "Published: March 1, 2022", "Mis à jour le 3 mars 2024 à 10h32". */
function isTimestampLine(bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 120) return false;
  for (const label of phraseMatchers(lexicon).timestampLabels.candidates(bare)) {
    if (startsWithWord(bare, label)) return isTimestampValue(bare.slice(label.length), lexicon, true, timestampLabelWords(lexicon));
  }
  // A bare date and time with a year ("Nov 21, 2024 • 10:32 AM ET"); a live-blog "14:05" or a dateline with a
  // place ("Brussels, 10 October 2024") stays.
  if (/\b\d{1,2}[:h]\d{2}\b/u.test(bare) && isDateWithYear(bare, lexicon)) return true;
  // A date with a year next to a reading time ("Sunday 19 January 2025 · 6 min read").
  const parts = bare.split(/\s[|·•]\s/u);
  return (
    parts.length >= 2 &&
    parts.some((part) => isDateWithYear(part, lexicon)) &&
    parts.every((part) => isTimestampValue(part, lexicon, false) || isReadingTime(part, lexicon))
  );
}

const labelWordsOf = new WeakMap<Lexicon, Set<string>>();

/** The words of the timestamp labels ("updated", "mis", "jour"): a second label may follow the first date. */
function timestampLabelWords(lexicon: Lexicon): Set<string> {
  let words = labelWordsOf.get(lexicon);
  if (!words) {
    words = new Set(lexicon.timestampLabels.flatMap((label) => wordsOf(label)));
    labelWordsOf.set(lexicon, words);
  }
  return words;
}

/** A date with a year, in numbers and date words only ("10 juillet 2025", "May 13th, 2025"). */
function isDateWithYear(value: string, lexicon: Lexicon): boolean {
  return /\b(?:19|20)\d{2}\b/u.test(value) && isTimestampValue(value, lexicon, false);
}

/** Only numbers and date words ("14:05 gmt", "le 3 mars 2024 à 10h32"); needs a number unless allowEmpty and empty. */
function isTimestampValue(value: string, lexicon: Lexicon, allowEmpty: boolean, labelWords?: Set<string>): boolean {
  const words = wordsOf(value);
  if (words.length === 0) return allowEmpty;
  let numbers = 0;
  for (const w of words) {
    if (/^\d/u.test(w)) numbers++;
    else if (!lexicon.dateWords.has(w) && !labelWords?.has(w)) return false;
  }
  return numbers > 0;
}

/** Only a date with a year and a month ("June 2, 2023", "Sept. 23, 2024", "Mercredi 15 mai 2024"): the page's date. */
function isDateLine(bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 60) return false;
  const line = withoutFinalStops(bare);
  return isDateWithYear(line, lexicon) && wordsOf(line).some((w) => lexicon.monthWords.has(w));
}

/** A date in numbers alone on its line ("05.08.2025", "2025-08-05", "05/08/2025"): the page's date. */
function isNumericDateLine(bare: string): boolean {
  return bare.length <= 12 && /^(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})$/u.test(bare);
}

/** A web address alone or with a few labels after it ("https://crsreports.congress.gov | IF12851 · VERSION 3"). */
function isAddressLine(bare: string): boolean {
  return bare.length <= 160 && /^(?:https?:\/\/|www\.)\S+(?:\s|$)/u.test(bare) && wordsOf(bare).length <= 15;
}

/**
 * A postal address alone on its line (v21): at least three comma-separated parts ending with a US ZIP code ("…, New
 * York, NY 10003"), a UK postcode ("…, London SW1A 2AA") or a French postal code and its town ("…, 75007 Paris").
 */
function isPostalAddress(text: string): boolean {
  const t = text.trim();
  if (t.length > 160 || /[.!?]$/u.test(t) || t.split(', ').length < 3) return false;
  return /,\s(?:[A-Z]{2}\s\d{5}(?:-\d{4})?|(?:[\p{L} ]+\s)?[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|\d{5}\s\p{Lu}[\p{L} -]*(?:\s?cedex\s?\d*)?)$/u.test(t);
}

/** A document number alone on its line ("IF12851", "R48102", "N° 712", "[Pages S581-S583]"). */
function isReferenceCode(text: string): boolean {
  // v20: a press office's document symbol ("SC/15670", "SG/SM/22000") and an e-mail address alone ("yhn@yna.co.kr").
  return /^\s*(?:[A-Z]{1,4}-?\d{4,}[A-Z\d]*|[A-Z]{1,4}(?:\/[A-Z]{1,4})*\/\d{3,}[A-Z\d.-]*|N[°º]\s?\d{1,6}|\[(?:Pages?|pp?\.) ?[A-Z]?\d{1,6}(?:-[A-Z]?\d{1,6})?\]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*$/u.test(text);
}

/** A line of hashtags, after a tag label or not ("Keywords #N. Korea #nuclear #SSBN", "#Corée du Nord #SNLE") (v20). */
function isHashtagLine(text: string, lexicon: Lexicon): boolean {
  if (!text.includes('#')) return false;
  let t = text.trim();
  if (t.length > MAX_BOILERPLATE_LINE || /[.!?]$/u.test(t)) return false;
  const hash = t.indexOf('#');
  const label = foldForMatch(t.slice(0, hash).replace(/[\s:]+$/u, ''));
  if (label.length > 0 && !lexicon.tagLabels.includes(label)) return false;
  t = t.slice(hash);
  return (t.match(/(?:^|\s)#[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
}

/** A gallery's slide counter alone ("3 / 11", "photo 2 sur 8", "Slide 4 of 12"). */
function isSlideCounter(bare: string): boolean {
  return bare.length <= 24 && /^(?:photo |image |slide |diapositive )?\d{1,3} ?(?:\/|sur|of) ?\d{1,3}$/u.test(bare);
}

/** A wire story's revision note in brackets ("(Updates with Lavrov comment in sixth paragraph.)"). */
function isWireNote(bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 160 || !bare.startsWith('(') || !bare.endsWith(')')) return false;
  const inside = bare.slice(1).trimStart();
  return lexicon.wireNotes.some((note) => startsWithWord(inside, note));
}

/** Navigation crumbs: "Home > World > Europe", "Events › Transcripts", "Accueil / International", "Asie | Missiles | Corée". */
function isCrumbs(text: string, bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 200) return false;
  let sep: RegExp;
  if (/\s[>›→]\s/u.test(bare)) sep = /\s+[>›→]\s+/u;
  else if (!bare.includes('«') && /\s»\s/u.test(bare)) sep = /\s+»\s+/u;
  else if (/\s\/\s/u.test(bare) && lexicon.navLines.has(bare.split(' / ')[0])) sep = /\s+\/\s+/u;
  // Three or more short segments between pipes: a tag line or a metadata line ("Date | 6:10 AM UTC | 3 min read").
  else if (/\s\|\s.*\s\|\s/u.test(bare)) sep = /\s+\|\s+/u;
  else return false;
  const parts = stripDecorations(text.trim()).split(sep);
  if (parts.length < 2) return false;
  // "Accueil > Prises de parole > Traité sur la non-prolifération des armes nucléaires (TNP)": from the home page, the
  // last crumb is the page's own title, however long.
  if (parts.length >= 3 && /[>›→]/u.test(sep.source) && lexicon.navLines.has(foldForMatch(parts[0]))) return true;
  return parts.every((part) => {
    const words = wordsOf(part);
    if (words.length === 0 || words.length > 6 || part.length > 60) return false;
    if (endsLikeSentence(part) || /[;!?"“”«]/u.test(part)) return false;
    // Two segments must both look like section names; three or more are crumbs in any case.
    return parts.length >= 3 || isUpperLetter(part.trimStart()[0] ?? '');
  });
}

/**
 * Two segments around one pipe, a section label with its date or another label: "Idées | Éditorial", "Communiqué de
 * presse | 10 juillet 2025", "Monday edition | 4 min read". The label words (capitalised, no sentence) number at
 * most three in all, so that "Nucléaire | Poutine menace l'Occident" stays; a byline ("By Megan Ortiz | May 5, 2025")
 * stays too.
 */
function isLabelPair(text: string, bare: string, lexicon: Lexicon): boolean {
  if (bare.length > 80 || !bare.includes(' | ')) return false;
  const parts = stripDecorations(text.trim()).split(/\s+\|\s+/u);
  if (parts.length !== 2) return false;
  let labelWords = 0;
  for (const part of parts) {
    const folded = part.toLowerCase();
    if (isReadingTime(folded, lexicon) || isDateWithYear(folded, lexicon)) continue;
    if (!isUpperLetter(part[0] ?? '') || endsLikeSentence(part) || /[;:!?,"“”«]/u.test(part)) return false;
    if (isSignedByline(folded, lexicon)) return false; // a byline is kept
    labelWords += wordsOf(part).length;
  }
  return labelWords <= 3;
}

/** A menu bar whose every item is noise: "Cookie settings | Accept all cookies", "Home • Contact". */
function isMenuOfNoise(bare: string, lexicon: Lexicon): boolean {
  if (!/[|•·]/u.test(bare)) return false;
  const items = bare.split(/\s*[|•·]\s*/u).filter((p) => p.length > 0);
  return items.length >= 2 && items.every((item) => isBoilerplateLine({ text: item, folded: item, blockStart: true, blockEnd: true }, lexicon));
}

/** Bullets, pipes and arrows around a line ("• Facebook |", "› Lire aussi") carry no text. */
function stripDecorations(folded: string): string {
  let start = 0;
  let end = folded.length;
  while (start < end && DECORATIONS.has(folded[start])) start++;
  while (end > start && DECORATIONS.has(folded[end - 1])) end--;
  return start === 0 && end === folded.length ? folded : folded.slice(start, end);
}

const DECORATIONS = new Set([' ', '•', '·', '|', '>', '<', '›', '‹', '»', '«', '*', '#', '-', '–', '—', ':', '_', '=', '~', '★', '☆']);

function isShareBar(bare: string, lexicon: Lexicon): boolean {
  const longestShareWord = phraseMatchers(lexicon).longestShareWord;
  if (bare.length <= longestShareWord && lexicon.shareWords.has(bare)) return true;
  // Every token must be a share word: most lines fail on the first one, before any split.
  let start = 0;
  while (start < bare.length && isShareSeparator(bare.charCodeAt(start))) start++;
  let end = start;
  while (end < bare.length && !isShareSeparator(bare.charCodeAt(end))) end++;
  if (end === start || end - start > longestShareWord || !lexicon.shareWords.has(bare.slice(start, end))) return false;
  const tokens = bare.split(/[\s|•·/,]+/u).filter((t) => t.length > 0);
  return tokens.length > 0 && tokens.length <= 16 && tokens.every((t) => lexicon.shareWords.has(t));
}

/** The separators of a share bar: [\s|•·/,] (\s as in regular expressions: white space and line terminators). */
function isShareSeparator(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x7c || c === 0x2f || c === 0x2c;
  return (
    c === 0x2022 || c === 0x00b7 || c === 0x00a0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
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
  for (const cue of phraseMatchers(lexicon).readMoreCues.candidates(bare)) {
    if (!bare.startsWith(cue.text)) continue;
    const rest = bare.slice(cue.text.length);
    const restBare = rest.replace(/^[\s:.…›»|\-–—]+/u, '');
    if (restBare.length === 0) return 'alone';
    if (cue.aloneOnly) continue;
    if (cue.inline && /^[\s:›»|\-–—]/u.test(rest)) return 'inline';
    // "Related: <headline>": any cue followed by a colon introduces a cross-link.
    if (/^\s?:/u.test(rest)) return 'inline';
  }
  // "More from Opinion: <headline>": a section cue, a section name of at most four words, a colon.
  for (const cue of lexicon.sectionCues) {
    if (!startsWithWord(bare, cue)) continue;
    const rest = bare.slice(cue.length);
    if (/^(?:\s+[^\s:]+){1,4}\s?:/u.test(rest)) return 'inline';
    // "More from Books", "Most Read from Bloomberg": the cue and a name alone head a list of related headlines.
    if (/^(?:\s+[^\s:.!?]+){1,3}$/u.test(rest)) return 'alone';
  }
  return null;
}

/** Starts with a capital letter or a digit and has no sentence inside it (no ". " followed by a capital). */
function isHeadlineShaped(line: string): boolean {
  const t = line.trim();
  const initial = [...t].find((ch) => isLetter(ch) || /\p{N}/u.test(ch));
  if (initial === undefined || (isLetter(initial) && !isUpperLetter(initial))) return false;
  // "N. Korea fires 2 ballistic missiles": a capital's initial before its full stop is no sentence end (v20).
  return !/(?<!(?:^|[\s(])\p{Lu})[.!?]\s+\p{Lu}/u.test(t);
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
  if (line.length > MAX_BOILERPLATE_LINE || hasAsciiLowerShareOver(line, 0.15)) return false;
  const { letters, upper } = letterCase(line);
  // A shouted sentence ending with a full stop is content (a quoted post, a slogan); cross-link headlines have none.
  return letters >= 12 && upper / letters >= 0.85 && wordsOf(line).length >= 3 && !endsWithFullStop(line);
}

/** Whether the share of a-z among the characters is over `limit`: a cheap first test before the Unicode-aware count. */
function hasAsciiLowerShareOver(line: string, limit: number): boolean {
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // The share only grows with the count: once over the limit, the rest of the line cannot change the answer.
    if (c >= 97 && c <= 122 && ++lower / line.length > limit) return true;
  }
  return false;
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

/**
 * A page's section kicker: a short line right under the site's menu that repeats one of its entries ("Home | N. Korea |
 * National" then "N. Korea") (v20).
 */
function isSectionKicker(units: readonly Unit[], i: number, lexicon: Lexicon): boolean {
  const unit = units[i];
  if (i === 0 || i > MAX_HEADER_NOISE || unit.text.length > 40 || wordsOf(unit.text).length > 4) return false;
  const kicker = stripDecorations(unit.folded);
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    // Menu items ("Home | N. Korea | …") or crumbs ("Accueil › Info › Monde › Faky", v21).
    const items = stripDecorations(units[k].folded).split(/\s+[|•·>›»]\s+/u);
    if (items.length >= 3 && items.includes(kicker) && isBoilerplateLine(units[k], lexicon)) return true;
  }
  return false;
}

/** Longest site tagline, owner or full name in the page header. */
const MAX_TAGLINE = 80;

/**
 * A site's tagline, owner or full name: short, no digit, no quote, no sentence or label ending
 * ("The Poynter Institute", "L'expertise universitaire, l'exigence journalistique"); never the given title.
 */
function isTaglineShaped(unit: Unit, givenTitle: string | null): boolean {
  const t = unit.text.trim();
  if (t.length > MAX_TAGLINE || wordsOf(t).length > 10 || /[\p{N}«»"“”?!]/u.test(t) || /[.:]/u.test(lastSignificant(t))) return false;
  return !givenTitle || unit.folded !== foldForMatch(givenTitle);
}

/** The first line is a site name: known, or a short Title-Case line before a headline it shares no word with. */
function isSiteName(first: Unit, next: Unit, after: Unit | undefined, lexicon: Lexicon, givenTitle: string | null): boolean {
  if (first.text.length > 60) return false;
  const bare = stripDecorations(first.folded);
  if (lexicon.siteNames.has(bare)) return true;
  if (givenTitle && first.folded === foldForMatch(givenTitle)) return false;
  // "RFI - Radio France Internationale", "Zone Militaire - opex360.com", "Sénat - Un site au service des citoyens":
  // a name, a separator and a tagline or the site's domain.
  const [name, tagline] = splitSiteTagline(first.text.trim().replace(SITE_DOMAIN, 'X'));
  const words = name.split(/\s+/u);
  // Dotted initials ("U.S. Department of Defense") are part of a name, not sentence punctuation.
  const punctuated = (s: string) => /[.!?:;,«»"“”]/u.test(s.replace(/(?:\p{Lu}\.){2,}/gu, 'X'));
  // At most six words besides the connectors ("United States Senate Committee on Armed Services").
  if (words.filter((w) => !lexicon.titleCaseConnectors.has(w.toLowerCase())).length > 6 || punctuated(name)) return false;
  if (tagline !== null && (wordsOf(tagline).length > 7 || punctuated(tagline))) return false;
  const titleCase = words.every((w) => {
    const initial = [...w].find(isLetter);
    return initial === undefined ? lexicon.titleCaseConnectors.has(w) : isUpperLetter(initial) || lexicon.titleCaseConnectors.has(w.toLowerCase());
  });
  if (!titleCase) return false;
  const nextIsTitle = givenTitle ? next.folded === foldForMatch(givenTitle) : looksLikeHeadline(next.text) && after !== undefined;
  if (!nextIsTitle) return false;
  const contentWords = (s: string) =>
    new Set(wordsOf(s.toLowerCase()).filter((w) => !lexicon.functionWords.has(w) && !lexicon.titleCaseConnectors.has(w)));
  const own = contentWords(first.text);
  if (own.size === 0) return false;
  const around = contentWords(`${next.text} ${firstSentence(after?.text.slice(0, 400) ?? '')}`);
  for (const w of own) if (around.has(w)) return false;
  return true;
}

/**
 * The first line names the site when its copyright line at the foot of the page carries that name ("Assemblée
 * nationale" … "© Assemblée nationale"; "Courrier international" … "Courrier international © 2025") or its tagline
 * ("France Diplomatie - Ministère de l'Europe et des Affaires étrangères" … "© Ministère de l'Europe et des
 * Affaires étrangères - 2024"), whatever its case.
 */
function namedInFooter(first: Unit, units: readonly Unit[], head: number): boolean {
  if (first.folded === LONG_LINE || first.text.length > 90 || /[.!?;:«»"“”]/u.test(first.text.replace(SITE_DOMAIN, 'X'))) return false;
  // Each part as its words between spaces, so that a match holds whole words only.
  const parts = splitSiteTagline(first.folded)
    .map((part) => (part === null ? [] : wordsOf(part)))
    .filter((words) => words.length > 0 && words.length <= 10)
    .map((words) => ` ${words.join(' ')} `);
  if (parts.length === 0) return false;
  for (let i = units.length - 1; i > head && i >= units.length - FOOTER_LINES; i--) {
    const line = units[i].folded;
    if (line === LONG_LINE || !(line.includes('©') || line.startsWith('copyright') || line.startsWith('(c)'))) continue;
    const padded = ` ${wordsOf(line).join(' ')} `;
    if (parts.some((part) => padded.includes(part))) return true;
  }
  return false;
}

/** How many lines from the end a page's copyright line may stand. */
const FOOTER_LINES = 12;

/** A site's domain in its name line ("opex360.com"): one word of the name, not sentence punctuation. */
const SITE_DOMAIN = /\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|info|news|fr|be|ch|ca|de|eu|uk|co\.uk|io|tv|media)\b/giu;

/** [name, tagline] split at the first spaced separator (" - ", " | ", " – ", " — "); [line, null] without one. */
function splitSiteTagline(line: string): [string, string | null] {
  const m = /\s[-|–—]\s/u.exec(line);
  return m ? [line.slice(0, m.index).trim(), line.slice(m.index + m[0].length).trim()] : [line, null];
}

/** Up to the first full stop followed by a space: the lede's first sentence. */
function firstSentence(text: string): string {
  const m = /[.!?…]\s/u.exec(text);
  return m ? text.slice(0, m.index + 1) : text;
}
