// Compiles the dates lexicon into a fixed set of regular expressions (one per
// grammar family, built once per language set). Scanning a text is then a
// constant number of linear passes, whatever the size of the lexicon.
import type { DatesLexicon } from './lexicon.js';
import { PhraseScanner, StartFinder, WordEndingScanner } from './scan.js';

export type Lang = 'fr' | 'en';
export type PeriodPart = 'early' | 'mid' | 'late';
export type Shift = 'last' | 'next' | 'this';
export type Unit = 'day' | 'week' | 'month' | 'year';

/** Letters/digits must not touch a match on either side. */
export const LB = '(?<![\\p{L}\\p{N}])';
export const RB = '(?![\\p{L}\\p{N}])';
const YEAR = '(?:1[89]|20)\\d{2}';
const APOS = "['’ʼ]";
const HYPH = '[-‐‑–]';

/** Splits a lexicon word into regex units: one per character, with apostrophes, hyphens and spaces folded. */
export function units(word: string): string[] {
  const out: string[] = [];
  for (const ch of word.trim().toLowerCase()) {
    let u: string;
    if (ch === "'" || ch === '’' || ch === 'ʼ') u = APOS;
    else if (ch === '-' || ch === '‐' || ch === '‑' || ch === '–') u = HYPH;
    else if (/\s/.test(ch)) u = '\\s+';
    else u = ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (u === '\\s+' && out[out.length - 1] === u) continue;
    out.push(u);
  }
  return out;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()].map(([u, child]) => u + emit(child));
  if (!branches.length) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * Alternation of words compiled as a prefix trie (for use with the `i` flag): the regex engine
 * walks shared prefixes once instead of trying every word, and prefers the longest entry
 * (greedy optional tails), backtracking to shorter ones when the rest of the pattern fails.
 */
export function alt(list: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  let count = 0;
  for (const w of list) {
    const us = units(w);
    if (!us.length) continue;
    let node = root;
    for (const u of us) {
      let child = node.next.get(u);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(u, child);
      }
      node = child;
    }
    node.end = true;
    count++;
  }
  return count ? `(?:${emit(root)})` : '(?!)';
}

const keyCache = new Map<string, string>();

/** Lower-case key for lexicon lookups: folds apostrophes, hyphens and spaces (memoised: words repeat). */
export function key(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = keyUncached(s);
    if (keyCache.size > 50_000) keyCache.clear();
    if (s.length <= 64) keyCache.set(s, k);
  }
  return k;
}

function keyUncached(s: string): string {
  return s
    .toLowerCase()
    .replace(/['’ʼ]/g, "'")
    .replace(/[‐‑–]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .trim();
}

function pick(entry: { fr: string[]; en: string[] }, langs: Lang[]): string[] {
  return langs.flatMap((l) => entry[l]);
}

function pickMap(map: { fr: Record<string, number | null>; en: Record<string, number | null> }, langs: Lang[]) {
  const out = new Map<string, number | null>();
  for (const l of langs) for (const [w, n] of Object.entries(map[l])) out.set(key(w), n);
  return out;
}

export interface Grammar {
  langs: Lang[];
  monthOf: Map<string, number>;
  /** Month words that need a capital letter to count (English "May", "March"). */
  capitalOnly: Set<string>;
  weekdayOf: Map<string, number>;
  seasonOf: Map<string, { name: string; startMonth: number }>;
  periodOf: Map<string, PeriodPart>;
  shiftOf: Map<string, Shift>;
  unitOf: Map<string, Unit>;
  relativeDayOf: Map<string, number>;
  numberOf: Map<string, number | null>;
  ordinalOf: Map<string, number | null>;
  anchorOf: Map<string, { id: string; date: string }>;
  families: {
    dayMonth: RegExp;
    monthDay: RegExp | null;
    month: RegExp;
    year: RegExp;
    yearRange: RegExp;
    weekday: RegExp;
    relativeDay: RegExp;
    unitShift: RegExp;
    ago: RegExp;
    season: RegExp;
    anchor: RegExp;
    /** Names that contain date words but are not dates ("Sunday Times", "Arab Spring"). */
    notDate: RegExp;
  };
  /**
   * Scanning by required words: every match of a family contains one of its required words (a month,
   * a weekday, a year...) with at most `runs` whitespace runs between the match start and that word
   * (anchor: the match starts at one), and starts at a word start; so instead of running the family's
   * pattern at every position, it is tried (sticky) only at the word starts of those windows.
   * `finder` groups: month, weekday, relative day, calendar unit, unit, season, anchor first word.
   */
  around: {
    finder: StartFinder;
    sticky: Record<Exclude<keyof Grammar['families'], 'notDate'>, RegExp | null>;
    runs: Record<Exclude<keyof Grammar['families'], 'notDate'>, number>;
  };
  /** Same matches as families.notDate (see scan.ts). */
  notDateScanner: PhraseScanner;
  /** Tense cues: same matches as the regexes in their comments (see scan.ts). */
  tense: {
    /** `${LB}${alt(futureWords)}${RB}` (giu) */
    future: PhraseScanner;
    /** `${LB}${alt(pastWords)}${RB}` (giu) */
    past: PhraseScanner;
    /** `${LB}\p{Ll}+${alt(futureSuffixFr)}${RB}` (gu); null without French. */
    futureSuffix: WordEndingScanner | null;
    futureStop: Set<string>;
    pastAux: RegExp | null;
    /** `${LB}\p{Ll}{2,}ed${RB}` (gu); null without English. */
    pastEd: WordEndingScanner | null;
  };
}

export function buildGrammar(lex: DatesLexicon, langs: Lang[]): Grammar {
  const monthOf = new Map<string, number>();
  const monthFull: string[] = [];
  const monthAbbr: string[] = [];
  const frMonthKeys = new Set<string>();
  for (const entry of lex.months) {
    for (const l of langs) {
      const list = entry[l];
      list.forEach((w, i) => {
        monthOf.set(key(w), entry.n);
        if (l === 'fr') frMonthKeys.add(key(w));
        const isAbbr = i > 0 && list.some((full) => full.length > w.length && key(full).startsWith(key(w)));
        (isAbbr ? monthAbbr : monthFull).push(w);
      });
    }
  }
  const capitalOnly = new Set(
    langs.includes('en') ? lex.capitalOnly.map(key).filter((k) => !frMonthKeys.has(k)) : [],
  );
  const MONTH = `(?:${alt(monthFull)}|${alt(monthAbbr)}\\.?)`;

  const weekdayOf = new Map<string, number>();
  for (const e of lex.weekdays) for (const w of pick(e, langs)) weekdayOf.set(key(w), e.n);
  const WEEKDAY = alt(lex.weekdays.flatMap((e) => pick(e, langs)));

  const seasonOf = new Map<string, { name: string; startMonth: number }>();
  for (const e of lex.seasons) for (const w of pick(e, langs)) seasonOf.set(key(w), { name: e.name, startMonth: e.startMonth });
  const SEASON = alt(lex.seasons.flatMap((e) => pick(e, langs)));

  const periodOf = new Map<string, PeriodPart>();
  for (const part of ['early', 'mid', 'late'] as const) for (const w of pick(lex.periods[part], langs)) periodOf.set(key(w), part);
  const PERIOD_CORE = alt([...periodOf.keys()]);
  const PERIOD_PREFIX = alt(pick(lex.periodPrefixes, langs));
  const PERIOD_LINK = alt(pick(lex.periodLinks, langs));
  // "à la mi-octobre", "fin septembre", "fin d'octobre", "at the end of", "mid-October"
  const PERIOD = `(?:${PERIOD_PREFIX}\\s+)?(?<period>${PERIOD_CORE})(?:\\s*${HYPH}\\s*|\\s*${PERIOD_LINK}(?:\\s+|(?<=${APOS}))|\\s+)`;

  const shiftOf = new Map<string, Shift>();
  for (const s of ['last', 'next', 'this'] as const) for (const w of pick(lex.shifts[s], langs)) shiftOf.set(key(w), s);
  const POST_SHIFT = alt([...lex.shifts.last.fr, ...lex.shifts.next.fr].filter(() => langs.includes('fr')));
  const PRE_SHIFT = langs.includes('en') ? alt([...lex.shifts.last.en, ...lex.shifts.next.en, ...lex.shifts.this.en]) : '(?!)';
  const THIS_FR = langs.includes('fr') ? alt(lex.shifts.this.fr) : '(?!)';

  const unitOf = new Map<string, Unit>();
  for (const e of lex.units) for (const w of pick(e, langs)) unitOf.set(key(w), e.unit);
  const UNIT = alt(lex.units.flatMap((e) => pick(e, langs)));
  const CAL_UNIT = alt(lex.units.filter((e) => e.unit !== 'day').flatMap((e) => pick(e, langs)));

  const relativeDayOf = new Map<string, number>();
  for (const e of lex.relativeDays) for (const w of pick(e, langs)) relativeDayOf.set(key(w), e.offset);
  const RELDAY = alt(lex.relativeDays.flatMap((e) => pick(e, langs)));

  const numberOf = pickMap(lex.numberWords, langs);
  const NUMWORD = alt([...numberOf.keys()]);
  const ordinalOf = pickMap(lex.ordinals, langs);
  const ORDWORD = alt([...ordinalOf.keys()]);

  const anchorOf = new Map<string, { id: string; date: string }>();
  for (const a of lex.anchors) for (const w of pick(a, langs)) anchorOf.set(key(w), { id: a.id, date: a.date });
  const ANCHOR = alt([...lex.anchors.flatMap((a) => pick(a, langs))]);

  const MONTH_PREP = alt(pick(lex.monthPrepositions, langs));
  const YEAR_PREP = alt(pick(lex.yearPrepositions, langs));
  const NOT_FOLLOW = alt(lex.notDateFollowers.filter((w) => w !== '%'));
  const YEAR_TAIL = `(?!\\s*%)(?!\\s+${NOT_FOLLOW}${RB})`;

  const DAYSUF = '(?:er|ᵉʳ|st|nd|rd|th)?';
  const flags = 'giu';
  const re = (src: string): RegExp => new RegExp(src, flags);

  const families: Grammar['families'] = {
    dayMonth: re(
      `${LB}(?:(?<wd>${WEEKDAY}),?\\s+)?(?:the\\s+)?(?:(?<day0>\\d{1,2})${DAYSUF}\\s*(?:au|-|–|to|and|et)\\s*)?(?<day>\\d{1,2})${DAYSUF}\\s+(?:of\\s+)?(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?${RB}(?!\\s*%)`,
    ),
    monthDay: langs.includes('en')
      ? re(
          `${LB}(?:(?<wd>${WEEKDAY}),?\\s+)?(?<month>${MONTH})\\s+(?<day>\\d{1,2})${DAYSUF}(?:,?\\s+(?<year>${YEAR}))?${RB}(?![:%.,]\\d)(?!\\s*%)`,
        )
      : null,
    month: re(
      `${LB}(?:(?<prep>${MONTH_PREP})(?:\\s+|(?<=${APOS})))?(?:${PERIOD})?(?:(?<preshift>${PRE_SHIFT})\\s+)?(?<month>${MONTH})(?:\\s+(?<year>${YEAR})|\\s+(?<postshift>${POST_SHIFT}))?${RB}${YEAR_TAIL}`,
    ),
    year: re(`${LB}(?:(?<prep>${YEAR_PREP})\\s+|${PERIOD})(?<year>${YEAR})${RB}${YEAR_TAIL}`),
    // "de 2014 à 2022", "entre 2014 et 2022", "from 2014 to 2022", "2014-2022"
    yearRange: re(
      `${LB}(?:(?:de|entre|from|between)\\s+)?(?<year>${YEAR})\\s*(?:à|et|to|and|${HYPH})\\s*(?<year2>${YEAR})${RB}${YEAR_TAIL}`,
    ),
    weekday: re(
      `${LB}(?:(?<pre>${PRE_SHIFT}|${THIS_FR}|on)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<post>${POST_SHIFT}))?${RB}`,
    ),
    relativeDay: re(`${LB}(?<rd>${RELDAY})${RB}`),
    unitShift: re(
      `${LB}(?:${PERIOD})?(?:(?<this>${THIS_FR})\\s+(?<unit1>${CAL_UNIT})(?:${HYPH}ci)?|(?:(?:la|le|l${APOS}|du|de\\s+la|de\\s+l${APOS})\\s*)?(?<unit2>${CAL_UNIT})\\s+(?<post>${POST_SHIFT})|(?<pre>${PRE_SHIFT})\\s+(?<unit3>${CAL_UNIT}))${RB}`,
    ),
    ago: re(
      `${LB}(?:(?<agoFr>il\\s+y\\s+a)\\s+|(?<inFr>dans)\\s+|(?<inEn>in)\\s+)?(?:(?:environ|près\\s+de|plus\\s+de|about|some|more\\s+than|over|almost|nearly|just)\\s+)?(?<n>\\d{1,4}|${NUMWORD})\\s+(?<unit>${UNIT})(?:\\s+(?<agoEn>ago)|(?<fromNow>['’]?s?\\s+time|\\s+from\\s+now))?${RB}`,
    ),
    season: re(
      `${LB}(?:(?<pre>à\\s+l${APOS}|l${APOS}|au|en|cet|cette|ce|in\\s+the|in|the|during\\s+the|over\\s+the|${PRE_SHIFT})\\s*)?(?<season>${SEASON})(?:\\s+(?:de\\s+|d${APOS}\\s*|of\\s+)?(?<year>${YEAR})|\\s+(?<post>${POST_SHIFT}))?${RB}${YEAR_TAIL}`,
    ),
    anchor: re(
      `${LB}(?:(?<ord>${ORDWORD}|(?:\\d{1,3}(?:[\\s\\u00A0\\u202F.,]\\d{3})+|\\d{1,5})\\s*(?:ème|eme|è|ᵉ|e|th|st|nd|rd))\\s+(?:jour|day)|(?:jour|day)\\s+(?<num>\\d{1,3}(?:[\\s\\u00A0\\u202F.,]\\d{3})+|\\d{1,5}))\\s+(?:de\\s+la|de\\s+l${APOS}|de\\s+son|de\\s+sa|de\\s+leur|de\\s+cette|du|de|d${APOS}|of\\s+the|of\\s+its|of\\s+their|of\\s+this|of\\s+Russia${APOS}s|of)\\s*(?<anchor>${ANCHOR})${RB}`,
    ),
    notDate: re(`${LB}${alt(lex.notDatePhrases)}${RB}`),
  };

  // Required words of each family. A month, weekday, relative day, unit or first anchor word always
  // follows a space, an apostrophe, a hyphen or nothing in its pattern (so it starts a word); a
  // calendar unit may also follow "la", "le", "du" glued (`\s*`), and a season any glued prefix.
  // All but the `ago` units are followed by a non-letter/digit (space, "-", ".", apostrophe or RB).
  const GLUED_ARTICLE = /(?:la|le|du)$/iu;
  const finder = new StartFinder([
    { words: [...monthFull, ...monthAbbr], rule: 'lb', rb: true },
    { words: lex.weekdays.flatMap((e) => pick(e, langs)), rule: 'lb', rb: true },
    { words: lex.relativeDays.flatMap((e) => pick(e, langs)), rule: 'lb', rb: true },
    { words: lex.units.filter((e) => e.unit !== 'day').flatMap((e) => pick(e, langs)), rule: (text, i) => GLUED_ARTICLE.test(text.slice(Math.max(0, i - 2), i)), rb: true },
    // "in two weeks' time": in the `ago` pattern a unit may be followed by "s" ("week" + "s time").
    { words: lex.units.flatMap((e) => pick(e, langs)), rule: 'lb' },
    { words: lex.seasons.flatMap((e) => pick(e, langs)), rule: 'any', rb: true },
    { words: [...ordinalOf.keys(), 'jour', 'day'], rule: 'lb', rb: true },
  ]);
  // Whitespace runs a family's text may hold before its required word (lexicon entries count theirs).
  const sp = (list: Iterable<string>): number => Math.max(0, ...[...list].map((w) => units(w).filter((u) => u === '\\s+').length));
  const preShiftWords = langs.includes('en') ? [...lex.shifts.last.en, ...lex.shifts.next.en, ...lex.shifts.this.en] : [];
  const thisFrWords = langs.includes('fr') ? lex.shifts.this.fr : [];
  const wdWords = lex.weekdays.flatMap((e) => pick(e, langs));
  const PERIOD_RUNS = sp(pick(lex.periodPrefixes, langs)) + 1 + sp(periodOf.keys()) + Math.max(2, sp(pick(lex.periodLinks, langs)) + 2);
  const runs: Grammar['around']['runs'] = {
    anchor: 0,
    dayMonth: sp(wdWords) + 6,
    monthDay: sp(wdWords) + 1,
    month: sp(pick(lex.monthPrepositions, langs)) + 1 + PERIOD_RUNS + sp(preShiftWords) + 1,
    year: Math.max(sp(pick(lex.yearPrepositions, langs)) + 1, PERIOD_RUNS),
    yearRange: 1,
    unitShift: PERIOD_RUNS + Math.max(sp(thisFrWords) + 1, 2, sp(preShiftWords) + 1),
    season: Math.max(1, sp(preShiftWords)) + 1,
    ago: 3 + 2 + sp(numberOf.keys()) + 1,
    weekday: Math.max(sp(preShiftWords), sp(thisFrWords), 0) + 1,
    relativeDay: 0,
  };

  const T = lex.tense;
  const futureWords = pick(T.futureWords, langs);
  const pastWords = pick(T.pastWords, langs);
  const fr = langs.includes('fr');
  const en = langs.includes('en');
  return {
    langs,
    monthOf,
    capitalOnly,
    weekdayOf,
    seasonOf,
    periodOf,
    shiftOf,
    unitOf,
    relativeDayOf,
    numberOf,
    ordinalOf,
    anchorOf,
    families,
    around: {
      finder,
      runs,
      sticky: Object.fromEntries(
        Object.entries(families)
          .filter(([k]) => k !== 'notDate')
          .map(([k, v]) => [k, v ? new RegExp(v.source, 'iuy') : null]),
      ) as Grammar['around']['sticky'],
    },
    notDateScanner: new PhraseScanner(lex.notDatePhrases, families.notDate.source),
    tense: {
      future: new PhraseScanner(futureWords, `${LB}${alt(futureWords)}${RB}`),
      past: new PhraseScanner(pastWords, `${LB}${alt(pastWords)}${RB}`),
      futureSuffix: fr ? new WordEndingScanner(T.futureSuffixFr, 1, `${LB}\\p{Ll}+${alt(T.futureSuffixFr)}${RB}`) : null,
      futureStop: new Set(T.futureSuffixStop.map(key)),
      pastAux: fr
        ? re(
            `${LB}${alt(T.pastAuxFr)}(?:\\s+[\\p{L}'’]+){0,2}?\\s+\\p{Ll}+${alt(T.pastParticipleFr)}${RB}`,
          )
        : null,
      pastEd: en ? new WordEndingScanner(['ed'], 2, `${LB}\\p{Ll}{2,}ed${RB}`) : null,
    },
  };
}
