// Dates told relative to the story rather than to the publication date, and datelines.
// - Sequels ("le lendemain", "two days later", "the same day"): data/code/dates.yaml `sequels`; the caller
//   resolves them against the last day-precise date told before them in the text.
// - Datelines ("BEIJING, Sept 28 -", "Séoul, 3 novembre 2024 (AFP) –"): the date the dispatch was filed, not
//   the date of what it reports when the sentence names another one.
import { addDays, fmtDay, parseIsoDay } from './calendar.js';
import { datesLexicon, escapeRegExp, phraseSource } from './lexicon.js';

export interface Sequel {
  /** Days from the reference date. */
  offset: number;
  text: string;
}

interface SequelPhrase {
  re: RegExp;
  offset: number;
  /** The phrase's longest word in lower case (with either apostrophe): a sentence without it cannot match (a quick test). */
  anchors: string[];
}

interface SequelPatterns {
  phrases: SequelPhrase[];
  /** Any anchor of any phrase (one scan of the sentence): a sentence without one holds no sequel. */
  anyAnchor: RegExp;
}

let sequelPatterns: SequelPatterns | null = null;

function patterns(): SequelPatterns {
  if (sequelPatterns) return sequelPatterns;
  const lex = datesLexicon();
  const counts = [...Object.keys(lex.numberWords.fr), ...Object.keys(lex.numberWords.en)].filter((w) => lex.numberWords.fr[w] !== null && lex.numberWords.en[w] !== null);
  const count = `(?<n>\\d{1,2}|${counts.map(escapeRegExp).join('|')})`;
  const phrases: SequelPhrase[] = [];
  for (const entry of lex.sequels) {
    for (const phrase of [...entry.fr, ...entry.en]) {
      const body = phrase.split('{n}').map(phraseSource).join(count);
      // The longest word, the last one among equals ("that same day": "same"), as the most telling.
      const word = (phrase.split(/\s+/).filter((w) => w !== '{n}').reverse().sort((a, b) => b.length - a.length)[0] ?? '').toLowerCase();
      phrases.push({
        // Not followed by its own reference: "au lendemain de l'annonce", "the day before the vote".
        re: new RegExp(`(?<![\\p{L}\\d])${body}(?![\\p{L}\\d])(?!\\s+(?:de|du|des|d['’]|of|the)(?![\\p{L}]))`, 'iu'),
        offset: entry.offset,
        anchors: word.includes("'") ? [word, word.replace(/'/g, '’')] : [word],
      });
    }
  }
  const anchors = [...new Set(phrases.flatMap((p) => p.anchors))];
  sequelPatterns = { phrases, anyAnchor: anchors.length > 0 ? new RegExp(anchors.map(escapeRegExp).join('|')) : /(?!)/ };
  return sequelPatterns;
}

/** The sequel expression of a sentence, or null. */
export function findSequel(sentence: string): Sequel | null {
  const lower = sentence.toLowerCase();
  const lex = datesLexicon();
  const { phrases, anyAnchor } = patterns();
  if (!anyAnchor.test(lower)) return null;
  for (const { re, offset, anchors } of phrases) {
    if (!anchors.some((word) => lower.includes(word))) continue;
    const m = re.exec(sentence);
    if (!m) continue;
    const raw = m.groups?.n;
    const n = raw === undefined ? 1 : /^\d+$/.test(raw) ? Number(raw) : (lex.numberWords.fr[raw.toLowerCase()] ?? lex.numberWords.en[raw.toLowerCase()] ?? null);
    if (n === null) continue;
    return { offset: offset * n, text: m[0] };
  }
  return null;
}

/** The day `offset` days from an ISO day, or null when `day` is not one. */
export function shiftDay(day: string, offset: number): string | null {
  const ymd = parseIsoDay(day);
  return ymd ? fmtDay(addDays(ymd, offset)) : null;
}

const DATELINE_BEFORE = /^[\p{Lu}][\p{L} .'’-]{1,30},\s*$/u;
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,20}\)\s*)?[-–—]/;

/** True when the date at [start, end) of `text` is a dispatch dateline ("BEIJING, Sept 28 -"). */
export function isDateline(text: string, lineStart: number, start: number, end: number): boolean {
  return DATELINE_BEFORE.test(text.slice(lineStart, start)) && DATELINE_AFTER.test(text.slice(end, end + 25));
}
