// Attributes stated in one sentence (ontology §2): probability, trend, quantities, weapon
// systems and class, scale, exercise name. All words come from data/code/attributes.yaml;
// the lexicon is compiled once per language set into a fixed number of regular expressions
// (one combined phrase scan + number patterns), so the cost is linear in the sentence length.
//
// Rules worth knowing (tested in test/code/attributes.test.ts):
// - A percentage is a probability ({low, high} in 0..1) unless a change phrase governs it
//   ("hausse de 10 %", "rose by 10%") or, without any probability word in the sentence, it is a
//   share of something ("70 % des missiles"): those become quantities with unit 'percent'.
//   "moins de 1 %" → {0, 0.01}; "plus de 10 %" → {0.1, 1}; "une chance sur dix" → {0.1, 0.1}.
//   The first probability of the sentence is kept.
// - "passait de 5 à 15 %" / "went from 5 to 15%" is read as the range AND as trend up (down when
//   the second number is lower).
// - Trend is set only when every (non-negated) cue points the same way.
// - Quantities are typed only when numeric ("des centaines de missiles" gives no quantity but
//   makes the scale massive). "une centaine de missiles" → value 100, approximate: true.
// - weaponClass: delivery classes (ballistic_missile, cruise_missile, drone, aircraft,
//   hypersonic) win over payload classes (nuclear, wmd); hypersonic wins over ballistic/cruise;
//   two or more other delivery classes, or named systems of two delivery classes ("Kinzhal
//   and Kalibr") → 'mixed'. When more than one class is found, all go to `weaponClasses`.
// - Extra keys (allowed by EventAttributes' index signature): `weaponClasses` (string[]),
//   `exerciseYear` (number, "Grom-2022"); quantities may carry `approximate` and `max`.
// - Trend cues preceded by a negation ("n'augmente pas", "not rising") are ignored; fixed
//   phrases that are negative in form but mean a rise ("ne cesse d'augmenter", "never been
//   higher") are lexicon entries.
import type { EventAttributes, ProbabilityRange, Quantity } from '../../types.js';
import { LB, RB, alt, key, type Lang } from '../dates/grammar.js';
import { nextMatch, PhraseScanner } from '../dates/scan.js';
import { attributesLexicon, type AttributesLexicon, type WeaponClassName, type WeaponSystem } from './lexicon.js';

export type { WeaponSystem } from './lexicon.js';

/** A quantity as found; `approximate` for "environ", "une centaine"; `max` for ranges. */
export interface QuantityMention extends Quantity {
  approximate?: boolean;
  max?: number;
}

type WeaponClass = NonNullable<EventAttributes['weaponClass']>;

type Hit =
  | { cat: 'weapon'; system: WeaponSystem }
  | { cat: 'class'; cls: WeaponClassName }
  | { cat: 'trend'; dir: 'up' | 'down' | 'flat' }
  | { cat: 'scale'; scale: 'massive' | 'single' }
  | { cat: 'vagueMassive' }
  | { cat: 'fifty' }
  | { cat: 'exercise'; canonical: string };

interface PhraseEntry {
  hit: Hit;
  /** When set, the raw text must equal one of these (apostrophes folded). */
  exact?: Set<string>;
}

interface Compiled {
  langs: Lang[];
  lex: AttributesLexicon;
  phraseRe: RegExp;
  /** Same matches as phraseRe, found without the regex engine (see dates/scan.ts). */
  phrases: PhraseScanner;
  phraseOf: Map<string, PhraseEntry[]>;
  quantityRe: RegExp;
  /** Where a quantityRe match may start (zero-width, global): a word start with digits, a number, bound or approximate count word. */
  quantityStarts: RegExp;
  /** quantityRe, sticky. */
  quantitySticky: RegExp;
  percentRe: RegExp;
  oddsRe: RegExp;
  probWordRe: RegExp;
  probWords: PhraseScanner;
  /**
   * Necessary conditions (no lookbehind, cheap) for the number patterns: a sentence failing one cannot
   * match. countPre (digits or a number word) holds for all three; unitPre for quantityRe.
   */
  countPre: RegExp;
  unitPre: RegExp;
  percentPre: RegExp;
  oddsPre: RegExp;
  changeBeforeRe: RegExp;
  changeVerbBeforeRe: RegExp;
  shareAfterRe: RegExp;
  meansAfterRe: RegExp;
  negationBeforeRe: RegExp;
  numberOf: Map<string, number>;
  multOf: Map<string, number>;
  approxOf: Map<string, number>;
  onesOf: Set<string>;
  adjectives: Set<string>;
  gapStop: Set<string>;
  unitOf: Map<string, string>;
  boundOf: Map<string, 'below' | 'above' | 'about'>;
}

const compiledByLang = new Map<string, Compiled>();

function langsOf(lang: string): Lang[] {
  const l = (lang || '').toLowerCase().slice(0, 2);
  if (l === 'fr') return ['fr'];
  if (l === 'en') return ['en'];
  return ['fr', 'en'];
}

const foldExact = (s: string): string => s.replace(/['’ʼ]/g, "'").replace(/\s+/g, ' ');

// Digits with thousands separators (space, U+00A0, U+202F, dot, comma) and decimals.
const NUMRAW = '(?:\\d{1,3}(?:[ \\u00A0\\u202F.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)';
// Not glued to a letter-hyphen designation ("Kh-101", "Tu-160") nor inside a number.
const NUM_LB = "(?<![\\p{L}\\p{N}])(?<![\\p{L}\\p{N}][-‐‑/])(?<![.,]\\d*)";

const compiledByRawLang = new Map<string, Compiled>();

function compile(lang: string): Compiled {
  let c = compiledByRawLang.get(lang);
  if (!c) {
    c = compileFor(lang);
    if (compiledByRawLang.size < 64) compiledByRawLang.set(lang, c);
  }
  return c;
}

function compileFor(lang: string): Compiled {
  const langs = langsOf(lang);
  const k = langs.join('+');
  const hit = compiledByLang.get(k);
  if (hit) return hit;
  const lex = attributesLexicon();
  const pick = (e: { fr: string[]; en: string[] }): string[] => langs.flatMap((l) => e[l]);
  const pickMap = (m: { fr: Record<string, number>; en: Record<string, number> }): Map<string, number> => {
    const out = new Map<string, number>();
    for (const l of langs) for (const [w, n] of Object.entries(m[l])) out.set(key(w), n);
    return out;
  };

  const phraseOf = new Map<string, PhraseEntry[]>();
  const add = (phrase: string, entry: PhraseEntry): void => {
    const kk = key(phrase);
    const list = phraseOf.get(kk) ?? [];
    list.push(entry);
    phraseOf.set(kk, list);
  };
  for (const system of lex.weaponSystems) {
    const exact = system.caseSensitive ? new Set(system.aliases.map(foldExact)) : undefined;
    for (const a of system.aliases) add(a, { hit: { cat: 'weapon', system }, exact });
  }
  for (const [cls, words] of Object.entries(lex.weaponClasses) as Array<[WeaponClassName, { fr: string[]; en: string[] }]>) {
    for (const w of pick(words)) add(w, { hit: { cat: 'class', cls } });
  }
  for (const dir of ['up', 'down', 'flat'] as const) for (const w of pick(lex.trend[dir])) add(w, { hit: { cat: 'trend', dir } });
  for (const s of ['massive', 'single'] as const) for (const w of pick(lex.scale[s])) add(w, { hit: { cat: 'scale', scale: s } });
  for (const w of pick(lex.vagueCounts.massive)) add(w, { hit: { cat: 'vagueMassive' } });
  for (const w of pick(lex.fiftyFifty)) add(w, { hit: { cat: 'fifty' } });
  for (const ex of lex.exercises) {
    const exact = new Set(ex.aliases.map(foldExact));
    for (const a of ex.aliases) add(a, { hit: { cat: 'exercise', canonical: ex.canonical }, exact });
  }
  const flags = 'giu';
  const phraseRe = new RegExp(`${LB}${alt(phraseOf.keys())}${RB}`, flags);
  const phrases = new PhraseScanner(phraseOf.keys(), phraseRe.source);

  const numberOf = pickMap(lex.numberWords);
  const multOf = pickMap(lex.multipliers);
  const approxOf = pickMap(lex.approxCounts);
  const unitOf = new Map<string, string>();
  for (const u of lex.units) for (const w of pick(u)) unitOf.set(key(w), u.unit);
  const nonPercentUnits = lex.units.filter((u) => u.unit !== 'percent').flatMap(pick);
  const percentUnits = lex.units.filter((u) => u.unit === 'percent').flatMap(pick);
  const boundOf = new Map<string, 'below' | 'above' | 'about'>();
  for (const b of ['below', 'above', 'about'] as const) for (const w of pick(lex.boundWords[b])) boundOf.set(key(w), b);

  const NUMWORD = alt(numberOf.keys());
  const NUM = `(?:${NUMRAW}|${NUMWORD})`;
  const ADJ = alt(pick(lex.quantityAdjectives));
  const UNIT = alt(nonPercentUnits);
  const BOUND = alt(boundOf.keys());
  const quantityRe = new RegExp(
    `${NUM_LB}(?:(?<bound>${BOUND})\\s+)?(?:(?<approx>${alt(approxOf.keys())})|(?<num>${NUM})(?:\\s*(?:(?<to>à|et|to|and|-|–)\\s*)(?<num2>${NUMRAW}))?(?:\\s+(?<mult>${alt(multOf.keys())}))?)(?<gap>(?:\\s*${ADJ}(?:(?<=['’])|(?=\\s))${langs.includes('en') ? "|\\s+\\p{L}[\\p{L}\\p{N}-]*" : ''}){0,2}?)\\s*(?<unit>${UNIT})${RB}`,
    flags,
  );
  // Every quantityRe match starts at a word start with its bound word, its approximate count or its
  // number (the lookahead comes first: it rules out most positions before the lookbehind is read).
  const quantityStarts = new RegExp(`(?=\\d|${BOUND}|${alt(approxOf.keys())}|${NUMWORD})(?<![\\p{L}\\p{N}])`, flags);
  const FROM = alt(langs.flatMap((l) => lex.rangeWords[l].from));
  const TO = alt(langs.flatMap((l) => lex.rangeWords[l].to));
  const PCT = alt(percentUnits);
  const percentRe = new RegExp(
    `${NUM_LB}(?:(?<bound>${BOUND})\\s+)?(?:(?<from>${FROM})\\s+)?(?<a>${NUM})\\s*(?<pa>${PCT})?(?:\\s*(?<to>${TO})\\s*(?<b>${NUM}))?\\s*(?<pct>${PCT})(?![\\p{L}])`,
    flags + 'd',
  );
  const ONES = alt(langs.flatMap((l) => lex.oddsPhrases[l].ones));
  const CHANCE = alt(langs.flatMap((l) => lex.oddsPhrases[l].chanceWords));
  const LINK = alt(langs.flatMap((l) => lex.oddsPhrases[l].link));
  const oddsRe = new RegExp(
    `${LB}(?<n1>${ONES}|${NUM})(?:\\s+(?<cw>${CHANCE}))?[\\s-]+${LINK}[\\s-]+(?<n2>${NUM})(?:[\\s-]+(?<cw2>${CHANCE}))?${RB}(?!\\s*%)`,
    flags,
  );
  const probWordRe = new RegExp(`${LB}${alt(pick(lex.probabilityWords))}${RB}`, 'iu');
  // quantityRe needs a count (digits, number word or approximate count) and a unit; percentRe a
  // number and a percent unit; oddsRe a number after its link word (digits or number word).
  const countPre = new RegExp(`\\d|${NUMWORD}|${alt(approxOf.keys())}`, 'iu');
  const unitPre = new RegExp(UNIT, 'iu');
  const percentPre = new RegExp(PCT, 'iu');
  const oddsPre = new RegExp(`${alt(langs.flatMap((l) => lex.oddsPhrases[l].link))}[\\s-]+(?:\\d|${NUMWORD})`, 'iu');
  const changeBeforeRe = new RegExp(`${LB}${alt(pick(lex.percentChangeWords))}\\s*$`, 'iu');
  const changeVerbBeforeRe = new RegExp(`${LB}${alt(pick(lex.changeVerbs))}\\s*$`, 'iu');
  const shareAfterRe = /^\s*(?:des|du|de\s+la|de\s+l['’]|d['’]|of)(?![\p{L}])/iu;
  const means = lex.units.filter((u) => ['missiles', 'drones', 'aircraft', 'warheads', 'nuclear_weapons', 'launchers'].includes(u.unit)).flatMap(pick);
  // "des centaines de missiles", "“des centaines” d’ogives", "des centaines de nos missiles", "hundreds of Russian drones"
  const meansAfterRe = new RegExp(`^[\\s"“”«»]*(?:de|d['’]|of)[\\s"“”«»]*(?:\\p{L}+\\s+){0,2}?${alt(means)}${RB}`, 'iu');
  const negationBeforeRe = /(?:^|[^\p{L}])(?:ne|n['’]|pas|not|no|never|jamais|aucune?)(?:\s+\p{L}+)?\s*$/iu;
  const onesOf = new Set(langs.flatMap((l) => lex.oddsPhrases[l].ones.map(key)));

  const c: Compiled = {
    langs,
    lex,
    phraseRe,
    phrases,
    phraseOf,
    quantityRe,
    quantityStarts,
    quantitySticky: new RegExp(quantityRe.source, 'iuy'),
    percentRe,
    oddsRe,
    probWordRe,
    probWords: new PhraseScanner(pick(lex.probabilityWords), probWordRe.source),
    countPre,
    unitPre,
    percentPre,
    oddsPre,
    changeBeforeRe,
    changeVerbBeforeRe,
    shareAfterRe,
    meansAfterRe,
    negationBeforeRe,
    numberOf,
    multOf,
    approxOf,
    onesOf,
    adjectives: new Set(pick(lex.quantityAdjectives).map(key)),
    gapStop: new Set(lex.quantityGapStop.map(key)),
    unitOf,
    boundOf,
  };
  compiledByLang.set(k, c);
  return c;
}

/** Parse a number as written: French "6 000", "6 000", "1,5", "6.000"; English "6,000", "1.5"; number words. */
export function parseNumber(raw: string, lang: string, words?: Map<string, number>): number | null {
  const s = raw.trim();
  const w = words?.get(key(s));
  if (w !== undefined) return w;
  if (!/^\d/.test(s)) return null;
  const fr = langsOf(lang)[0] === 'fr' && langsOf(lang).length === 1;
  let t = s.replace(/[ \u00A0\u202F]/g, '');
  if (fr) {
    // Dots followed by groups of three digits are thousands; a comma is the decimal mark.
    t = t.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.');
  } else {
    t = t.replace(/,(?=\d{3}(?:\D|$))/g, '');
    if (/^\d+,\d{1,2}$/.test(t)) t = t.replace(',', '.');
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;
const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

function findProbability(s: string, c: Compiled, lang: string, quantities: QuantityMention[]): { p: ProbabilityRange; trend?: 'up' | 'down' } | null {
  let first: { p: ProbabilityRange; trend?: 'up' | 'down'; at: number } | null = null;
  // Whether the sentence has a probability word: looked up only once a percentage or odds phrase needs it.
  let hasProbWord: boolean | undefined;
  c.percentRe.lastIndex = 0;
  if (c.percentPre.test(s)) for (let m = nextMatch(c.percentRe, s); m !== null; m = nextMatch(c.percentRe, s)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const aAt = m.indices?.groups?.a?.[0] ?? start;
    const a = parseNumber(g.a ?? '', lang, c.numberOf);
    const b = g.b ? parseNumber(g.b, lang, c.numberOf) : null;
    if (a === null) continue;
    const before = s.slice(Math.max(0, start - 40), aAt);
    const after = s.slice(start + m[0].length);
    const isChange = c.changeBeforeRe.test(before);
    const isShare = !(hasProbWord ??= c.probWords.test(s)) && c.shareAfterRe.test(after);
    if (isChange || isShare || a > 100 || (b !== null && b > 100)) {
      quantities.push({ value: a, unit: 'percent', text: s.slice(aAt, start + m[0].length).trim(), ...(b !== null ? { max: b } : {}) });
      continue;
    }
    let low = a / 100;
    let high = (b ?? a) / 100;
    let trend: 'up' | 'down' | undefined;
    if (b !== null && c.changeVerbBeforeRe.test(s.slice(Math.max(0, start - 40), start))) trend = b > a ? 'up' : b < a ? 'down' : undefined;
    if (low > high) [low, high] = [high, low];
    const bound = g.bound ? c.boundOf.get(key(g.bound)) : undefined;
    if (bound === 'below' && b === null) low = 0;
    if (bound === 'above' && b === null) high = 1;
    const p = { low: round(clamp01(low)), high: round(clamp01(high)) };
    if (!first) first = { p, trend, at: start };
  }
  c.oddsRe.lastIndex = 0;
  if (c.oddsPre.test(s)) for (let m = nextMatch(c.oddsRe, s); m !== null; m = nextMatch(c.oddsRe, s)) {
    const g = m.groups ?? {};
    if (!g.cw && !g.cw2 && !(hasProbWord ??= c.probWords.test(s))) continue;
    const n1 = g.n1 && c.onesOf.has(key(g.n1)) ? 1 : parseNumber(g.n1 ?? '', lang, c.numberOf);
    const n2 = parseNumber(g.n2 ?? '', lang, c.numberOf);
    if (n1 === null || n2 === null || n2 <= 0 || n1 > n2) continue;
    const v = round(n1 / n2);
    if (!first || (m.index ?? 0) < first.at) first = { p: { low: v, high: v }, at: m.index ?? 0 };
  }
  return first ? { p: first.p, trend: first.trend } : null;
}

/**
 * The next match of a global scan of quantityRe in `s`, from quantityStarts.lastIndex (0 to start): the
 * pattern is tried (sticky) only where a match can start, a word start where quantityStarts finds a
 * count or a bound word, instead of running its lookbehinds at every position.
 */
function nextQuantity(s: string, c: Compiled): RegExpExecArray | null {
  for (let at = nextMatch(c.quantityStarts, s); at !== null; at = nextMatch(c.quantityStarts, s)) {
    c.quantitySticky.lastIndex = at.index;
    const m = c.quantitySticky.exec(s);
    if (m) {
      c.quantityStarts.lastIndex = at.index + m[0].length; // never empty: a quantity has a unit
      return m;
    }
  }
  return null;
}

/** Quantities of `s`; the caller has checked countPre. */
function findQuantities(s: string, c: Compiled, lang: string, weaponSpans: ReadonlyArray<readonly [number, number]>, out: QuantityMention[]): void {
  if (!c.unitPre.test(s)) return;
  c.quantityStarts.lastIndex = 0;
  for (let m = nextQuantity(s, c); m !== null; m = nextQuantity(s, c)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    if (weaponSpans.some(([a, b]) => start >= a && start < b)) continue;
    const unit = g.unit ? c.unitOf.get(key(g.unit)) : undefined;
    if (!unit) continue;
    if (g.gap && !gapOk(g.gap, g.num ?? '', c)) continue;
    let value: number | null;
    let approximate = g.bound ? c.boundOf.get(key(g.bound)) === 'about' : false;
    if (g.approx) {
      value = c.approxOf.get(key(g.approx)) ?? null;
      approximate = true;
    } else {
      value = parseNumber(g.num ?? '', lang, c.numberOf);
      if (value !== null && g.mult) value *= c.multOf.get(key(g.mult)) ?? 1;
    }
    if (value === null || !Number.isFinite(value)) continue;
    const q: QuantityMention = { value, unit, text: m[0].trim() };
    if (approximate) q.approximate = true;
    if (g.num2) {
      const max = parseNumber(g.num2, lang, c.numberOf);
      if (max !== null) q.max = g.mult ? max * (c.multOf.get(key(g.mult)) ?? 1) : max;
    }
    out.push(q);
  }
}

/** Words between a number and its unit: lexicon adjectives, lower-case words not in the stop list, or weapon names. */
function gapOk(gap: string, num: string, c: Compiled): boolean {
  const tokens = gap.trim().split(/\s+/).filter(Boolean);
  let generic = false;
  for (const t of tokens) {
    const k = key(t);
    if (c.adjectives.has(k)) continue;
    generic = true;
    if (c.gapStop.has(k)) return false;
    if (/^\p{Lu}/u.test(t) && !c.phraseOf.has(k)) return false;
  }
  // "in 2022 Russian missiles": a bare year followed by other words is not a count.
  return !(generic && /^(?:1[89]|20)\d{2}$/.test(num.trim()));
}

/** What the lexicon phrases of one sentence say (see extractAttributes). */
interface PhraseFindings {
  /** Canonical names of the weapon systems, in order of first mention. */
  systems: string[];
  classes: Set<WeaponClassName>;
  /** The class of each named system, in order. */
  systemClasses: WeaponClassName[];
  /** Where weapon names stand (their numbers, "Tu-160", are not counts). */
  weaponSpans: Array<[number, number]>;
  up: boolean;
  down: boolean;
  flat: boolean;
  massive: boolean;
  single: boolean;
  fifty: boolean;
  exerciseName: string | null;
  exerciseYear: number | null;
}

/** Reads the phrases found in `s` (start, end pairs of the phrase scan). */
function readPhrases(s: string, c: Compiled, found: number[]): PhraseFindings {
  const p: PhraseFindings = {
    systems: [],
    classes: new Set(),
    systemClasses: [],
    weaponSpans: [],
    up: false,
    down: false,
    flat: false,
    massive: false,
    single: false,
    fifty: false,
    exerciseName: null,
    exerciseYear: null,
  };
  for (let f = 0; f < found.length; f += 2) {
    const start = found[f]!;
    const end = found[f + 1]!;
    const raw = s.slice(start, end);
    const entries = c.phraseOf.get(key(raw)) ?? [];
    let folded: string | undefined;
    for (const entry of entries) {
      if (entry.exact && !entry.exact.has((folded ??= foldExact(raw)))) continue;
      const h = entry.hit;
      switch (h.cat) {
        case 'weapon':
          if (!p.systems.includes(h.system.canonical)) p.systems.push(h.system.canonical);
          if (h.system.class) {
            p.classes.add(h.system.class);
            p.systemClasses.push(h.system.class);
          }
          p.weaponSpans.push([start, end]);
          break;
        case 'class':
          p.classes.add(h.cls);
          break;
        case 'trend':
          if (h.dir !== 'flat' && c.negationBeforeRe.test(s.slice(Math.max(0, start - 20), start))) break;
          p[h.dir] = true;
          break;
        case 'scale':
          if (h.scale === 'massive') p.massive = true;
          else p.single = true;
          break;
        case 'vagueMassive':
          if (c.meansAfterRe.test(s.slice(end, end + 60))) p.massive = true;
          break;
        case 'fifty':
          p.fifty = true;
          break;
        case 'exercise':
          if (p.exerciseName === null) {
            // "Grom-2022", "Zapad 2021": the year right after the name.
            const y = /^\s?[-‐‑–]?\s?((?:19|20)\d{2})(?!\d)/u.exec(s.slice(end, end + 8));
            p.exerciseName = h.canonical;
            p.exerciseYear = y ? Number(y[1]) : null;
          }
          break;
      }
    }
  }
  return p;
}

const NO_WEAPON_SPANS: ReadonlyArray<readonly [number, number]> = [];

/**
 * Attributes stated in one sentence: probability {low, high} in 0..1, trend, quantities with
 * units, weaponSystems (canonical names), weaponClass, scale ('massive' for barrages/waves/
 * hundreds of drones/missiles, "lancement massif", "massive launch"), exercise name. Only keys
 * actually found are set.
 */
export function extractAttributes(sentence: string, lang: string): EventAttributes {
  const attrs: EventAttributes = {};
  if (!sentence) return attrs;
  const c = compile(lang);
  const s = sentence;
  const found = c.phrases.scan(s);
  const p = found.length > 0 ? readPhrases(s, c, found) : null;

  const quantities: QuantityMention[] = [];
  // Every number pattern (percentage, odds, quantity) needs a count: digits or a number word.
  const hasCount = c.countPre.test(s);
  const prob = hasCount ? findProbability(s, c, lang, quantities) : null;
  if (prob) attrs.probability = prob.p;
  else if (p?.fifty) attrs.probability = { low: 0.5, high: 0.5 };
  if (hasCount) findQuantities(s, c, lang, p ? p.weaponSpans : NO_WEAPON_SPANS, quantities);
  if (quantities.length) attrs.quantities = quantities;

  const up = (p?.up ?? false) || prob?.trend === 'up';
  const down = (p?.down ?? false) || prob?.trend === 'down';
  const flat = p?.flat ?? false;
  const trends = Number(up) + Number(down) + Number(flat);
  if (trends === 1) attrs.trend = up ? 'up' : down ? 'down' : 'flat';
  else if (trends === 2 && flat) {
    // "stable" next to one direction: the direction is the stated change.
    attrs.trend = up ? 'up' : 'down';
  }

  let massive = p?.massive ?? false;
  if (p) {
    if (p.systems.length) attrs.weaponSystems = p.systems;
    // Named systems of two different delivery classes ("Kinzhal and Kalibr") are a mixed salvo.
    const systemDelivery = new Set(p.systemClasses.filter((x) => DELIVERY.includes(x)));
    const cls = systemDelivery.size > 1 ? 'mixed' : weaponClassOf(p.classes);
    if (cls) attrs.weaponClass = cls;
    if (p.classes.size > 1) attrs.weaponClasses = [...p.classes].sort();
  }

  if (!massive) {
    const big = quantities.some((q) => ['missiles', 'drones', 'aircraft', 'launchers'].includes(q.unit) && q.value >= c.lex.massiveCount);
    if (big) massive = true;
  }
  if (massive) attrs.scale = 'massive';
  else if (p?.single) attrs.scale = 'single';

  if (p && p.exerciseName !== null) {
    attrs.exercise = p.exerciseName;
    if (p.exerciseYear !== null) attrs.exerciseYear = p.exerciseYear;
  }
  return attrs;
}

const DELIVERY: WeaponClassName[] = ['ballistic_missile', 'cruise_missile', 'drone', 'aircraft', 'hypersonic'];

/** One weapon class from all classes found in a sentence (see the rules at the top of this file). */
export function weaponClassOf(classes: Iterable<WeaponClassName>): WeaponClass | null {
  const set = new Set(classes);
  const delivery = DELIVERY.filter((d) => set.has(d));
  if (delivery.length) {
    if (set.has('hypersonic') && delivery.every((d) => d === 'hypersonic' || d === 'ballistic_missile' || d === 'cruise_missile')) return 'hypersonic';
    return delivery.length === 1 ? delivery[0]! : 'mixed';
  }
  if (set.has('nuclear') && set.has('wmd')) return 'mixed';
  if (set.has('nuclear')) return 'nuclear';
  if (set.has('wmd')) return 'wmd';
  return null;
}

/** Lexicon entry of a weapon system by canonical name or alias (case-insensitive); null when unknown. */
export function weaponSystemInfo(name: string): WeaponSystem | null {
  const lex = attributesLexicon();
  const k = key(name);
  return lex.weaponSystems.find((w) => key(w.canonical) === k || w.aliases.some((a) => key(a) === k)) ?? null;
}
