// Token patterns as data: "word", "word*" (prefix), "a|b" (alternatives), "~N" (gap of at most N tokens),
// "@CLASS" (a word class). All patterns of a lexicon are indexed by their first element, so matching a
// sentence costs one lookup per token (plus the prefixes of that token) and a bounded check per candidate.
import { tokenize, type Token } from './text.js';

export interface Alt {
  word: string;
  prefix: boolean;
  /** The alternative does not match right after one of these words ("non nucléaire"). */
  notAfter?: ReadonlySet<string>;
}

export type PatternElement = { kind: 'alts'; alts: Alt[] } | { kind: 'gap'; max: number };

export interface WordClass {
  alts: Alt[];
}

export class PatternSyntaxError extends Error {}

/** Parses one alternative list ("a|b*|@NUC") into alternatives. */
function parseAlts(part: string, classes: ReadonlyMap<string, WordClass>, source: string): Alt[] {
  const alts: Alt[] = [];
  for (const piece of part.split('|')) {
    if (piece.length === 0) throw new PatternSyntaxError(`empty alternative in "${source}"`);
    if (piece.startsWith('@')) {
      const cls = classes.get(piece.slice(1));
      if (!cls) throw new PatternSyntaxError(`unknown class ${piece} in "${source}"`);
      alts.push(...cls.alts);
      continue;
    }
    const prefix = piece.endsWith('*');
    alts.push({ word: prefix ? piece.slice(0, -1) : piece, prefix });
  }
  return alts;
}

/** Compiles a pattern string. Words are tokenised like the text, so "l'arme" becomes two elements. */
export function compilePattern(source: string, classes: ReadonlyMap<string, WordClass>): PatternElement[] {
  const elements: PatternElement[] = [];
  for (const part of source.trim().split(/\s+/)) {
    const gap = /^~(\d+)$/.exec(part);
    if (gap) {
      elements.push({ kind: 'gap', max: Number(gap[1]) });
      continue;
    }
    if (/^[\p{L}]+'$/u.test(part)) {
      elements.push({ kind: 'alts', alts: [{ word: part, prefix: false }] });
      continue;
    }
    if (!part.includes('|') && !part.startsWith('@')) {
      // Split elisions and possessives the way the tokeniser does ("d'escalade" -> "d'" "escalade").
      const star = part.endsWith('*');
      const pieces = tokenize(star ? part.slice(0, -1) : part).map((t) => t.norm);
      pieces.forEach((p, i) => elements.push({ kind: 'alts', alts: [{ word: p, prefix: star && i === pieces.length - 1 }] }));
      continue;
    }
    elements.push({ kind: 'alts', alts: parseAlts(part, classes, source) });
  }
  if (elements.length === 0 || elements[0].kind !== 'alts' || elements[elements.length - 1].kind !== 'alts') {
    throw new PatternSyntaxError(`pattern must start and end with a word: "${source}"`);
  }
  return elements;
}

/** A word list ("pourrait", "peut-etre", "s'appret*") as alternatives for membership tests. */
export function compileWordList(words: readonly string[]): Alt[] {
  return words.map((w) => (w.endsWith('*') ? { word: w.slice(0, -1), prefix: true } : { word: w, prefix: false }));
}

export function altMatches(alt: Alt, norm: string, previous: string | undefined): boolean {
  const ok = alt.prefix ? norm.startsWith(alt.word) : norm === alt.word;
  if (!ok) return false;
  if (alt.notAfter && previous !== undefined && alt.notAfter.has(previous)) return false;
  return true;
}

// ---------------------------------------------------------------- word ids

/**
 * Dense ids of folded words, shared by every per-word table: a document's words are looked up here once
 * (wordIdsOf), then the gazetteer, the pattern sets and the other word tests find what they know about a
 * word by id in an array, instead of each hashing the word again.
 */
const vocabulary = new Map<string, number>();
/** The vocabulary is bounded: when full it starts over, and every table indexed by id with it. */
const MAX_VOCABULARY = 500_000;
let vocabularyGeneration = 0;
const idsOfTokens = new WeakMap<readonly Token[], { generation: number; ids: Int32Array }>();

/** The word id of each token's folded form (computed once per token array). */
export function wordIdsOf(tokens: readonly Token[]): Int32Array {
  const known = idsOfTokens.get(tokens);
  if (known && known.generation === vocabularyGeneration) return known.ids;
  if (vocabulary.size + tokens.length > MAX_VOCABULARY) {
    vocabulary.clear();
    vocabularyGeneration++;
  }
  const ids = new Int32Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const norm = tokens[k].norm;
    let id = vocabulary.get(norm);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(norm, id);
    }
    ids[k] = id;
  }
  idsOfTokens.set(tokens, { generation: vocabularyGeneration, ids });
  return ids;
}

/** A value computed once per word and then found by word id (ids from wordIdsOf). */
export class WordMemo<V> {
  private values: Array<V | undefined> = [];
  private generation = vocabularyGeneration;

  constructor(private readonly compute: (word: string) => V) {}

  /** Forgets every value (what they were computed from has changed). */
  clear(): void {
    this.values = [];
  }

  /** The value for the word `word` whose id is `id`. */
  get(id: number, word: string): V {
    if (this.generation !== vocabularyGeneration) {
      this.values = [];
      this.generation = vocabularyGeneration;
    }
    const values = this.values;
    if (id < values.length) {
      const hit = values[id];
      if (hit !== undefined) return hit;
    } else {
      while (values.length <= id) values.push(undefined);
    }
    const value = this.compute(word);
    values[id] = value;
    return value;
  }
}

export interface PatternMatch<T> {
  payload: T;
  /** Token indices (inclusive start, exclusive end) in the sequence given to `match`. */
  start: number;
  end: number;
}

interface Entry<T> {
  elements: PatternElement[];
  payload: T;
  /** Matcher ids of the word elements: each must match some word of the sequence for the pattern to match. */
  required: number[];
}

/** What the set knows about one word: the patterns it may start, and the word elements it can satisfy. */
interface WordInfo<T> {
  candidates: Entry<T>[];
  /** Ids of the distinct alternative lists matching the word (notAfter ignored: a superset). */
  matchers: number[];
}

/** Many patterns, indexed by the words their first element can match. */
export class PatternSet<T> {
  private readonly exact = new Map<string, Entry<T>[]>();
  private readonly prefixes = new Map<string, Entry<T>[]>();
  private maxPrefix = 0;
  /** Distinct alternative lists of all word elements, by a key of their words. */
  private readonly matcherIds = new Map<string, number>();
  private readonly matchers: Alt[][] = [];
  /** Matcher ids by the exact words and by the prefixes of their alternatives. */
  private readonly matcherExact = new Map<string, number[]>();
  private readonly matcherPrefixes = new Map<string, number[]>();
  private maxMatcherPrefix = 0;
  /** Per matcher id, the number of the last `match` call in which some word matched it. */
  private seenIn = new Int32Array(0);
  private call = 0;

  add(elements: PatternElement[], payload: T): void {
    const required: number[] = [];
    for (const el of elements) {
      if (el.kind !== 'alts') continue;
      const key = el.alts.map((a) => (a.prefix ? `${a.word}*` : a.word)).join('|');
      let id = this.matcherIds.get(key);
      if (id === undefined) {
        id = this.matchers.length;
        this.matchers.push(el.alts);
        this.matcherIds.set(key, id);
        for (const alt of el.alts) {
          const map = alt.prefix ? this.matcherPrefixes : this.matcherExact;
          const list = map.get(alt.word);
          if (list === undefined) map.set(alt.word, [id]);
          else if (!list.includes(id)) list.push(id);
          if (alt.prefix) this.maxMatcherPrefix = Math.max(this.maxMatcherPrefix, alt.word.length);
        }
        this.memo.clear();
        this.byId.clear();
      }
      if (!required.includes(id)) required.push(id);
    }
    const entry: Entry<T> = { elements, payload, required };
    const first = elements[0];
    if (first.kind !== 'alts') return;
    for (const alt of first.alts) {
      const map = alt.prefix ? this.prefixes : this.exact;
      const list = map.get(alt.word) ?? [];
      if (!list.includes(entry)) list.push(entry);
      map.set(alt.word, list);
      if (alt.prefix) this.maxPrefix = Math.max(this.maxPrefix, alt.word.length);
    }
    this.memo.clear();
    this.byId.clear();
  }

  private readonly memo = new Map<string, WordInfo<T>>();
  /** The same word infos by word id. */
  private readonly byId = new WordMemo<WordInfo<T>>((word) => this.infoFor(word));

  /** Patterns whose first element can match `word`, and the matchers it satisfies (memoised per word: words repeat). */
  private infoFor(word: string): WordInfo<T> {
    const hit = this.memo.get(word);
    if (hit) return hit;
    const seen = new Set<Entry<T>>();
    const exact = this.exact.get(word);
    if (exact) for (const e of exact) seen.add(e);
    const limit = Math.min(word.length, this.maxPrefix);
    for (let l = 1; l <= limit; l++) {
      const list = this.prefixes.get(word.slice(0, l));
      if (list) for (const e of list) seen.add(e);
    }
    // The matchers with an alternative equal to the word or a prefix of it (= inList over each list).
    const matchers: number[] = [];
    const ids = this.matcherExact.get(word);
    if (ids) for (const id of ids) matchers.push(id);
    const plimit = Math.min(word.length, this.maxMatcherPrefix);
    for (let l = 0; l <= plimit; l++) {
      const list = this.matcherPrefixes.get(word.slice(0, l));
      if (list) for (const id of list) if (!matchers.includes(id)) matchers.push(id);
    }
    const out: WordInfo<T> = { candidates: [...seen], matchers };
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(word, out);
    return out;
  }

  /**
   * All matches over a token sequence (one per pattern and start), shortest end for each. `ids`, when given,
   * are the word ids of `norms` (see wordIdsOf): the words are then not looked up again.
   */
  /**
   * `freeWords`, when given, tells which words a gap passes over without counting them (see matchGap); it is asked
   * for once, only when some pattern can match the sequence.
   */
  match(norms: readonly string[], ids?: ArrayLike<number>, freeWords?: () => ArrayLike<number>): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    const n = norms.length;
    if (n === 0) return out;
    if (this.seenIn.length < this.matchers.length) this.seenIn = new Int32Array(this.matchers.length);
    const call = ++this.call === 0x7fffffff ? this.resetCalls() : this.call;
    const seenIn = this.seenIn;
    if (this.infos.length < n) this.infos = new Array(Math.max(n, 2 * this.infos.length));
    const infos = this.infos;
    let any = false;
    for (let i = 0; i < n; i++) {
      const info = ids ? this.byId.get(ids[i], norms[i]) : this.infoFor(norms[i]);
      infos[i] = info;
      if (info.candidates.length > 0) any = true;
      const ms = info.matchers;
      for (let k = 0; k < ms.length; k++) seenIn[ms[k]] = call;
    }
    if (!any) return out;
    let free: ArrayLike<number> | undefined;
    for (let i = 0; i < n; i++) {
      const candidates = infos[i].candidates;
      for (let c = 0; c < candidates.length; c++) {
        const entry = candidates[c];
        // A word element that no word of the sequence can satisfy: the pattern cannot match anywhere.
        const req = entry.required;
        let possible = true;
        for (let r = 0; r < req.length; r++) {
          if (seenIn[req[r]] !== call) {
            possible = false;
            break;
          }
        }
        if (!possible) continue;
        if (free === undefined && freeWords) free = freeWords();
        const end = matchFrom(entry.elements, 0, norms, i, free);
        if (end > i) out.push({ payload: entry.payload, start: i, end });
      }
    }
    return out;
  }

  /** Scratch: the word info of each position of the sequence being matched (reused between calls). */
  private infos: WordInfo<T>[] = [];

  private resetCalls(): number {
    this.seenIn.fill(0);
    this.call = 1;
    return 1;
  }
}

/** Matches elements[ei..] at token ti; returns the end token index, or -1. Gaps are bounded, so is the work. */
function matchFrom(elements: PatternElement[], ei: number, norms: readonly string[], ti: number, free?: ArrayLike<number>): number {
  if (ei === elements.length) return ti;
  const el = elements[ei];
  if (el.kind === 'gap') return matchGap(elements, ei, norms, ti, el.max, true, free);
  if (ti >= norms.length) return -1;
  const norm = norms[ti];
  const previous = ti > 0 ? norms[ti - 1] : undefined;
  for (const alt of el.alts) {
    if (altMatches(alt, norm, previous)) return matchFrom(elements, ei + 1, norms, ti + 1, free);
  }
  return -1;
}

/**
 * The gap at elements[ei]: at most `left` tokens, plus any aside set off by two commas ("a suspendu, en février
 * 2023, sa participation") or in brackets ("the Intermediate-Range Nuclear Forces (INF) Treaty"), which is not counted.
 * The aside is also looked into, like any tokens. One aside per gap keeps the work bounded (a list of items between
 * commas would otherwise open a path per item). Tokens marked in `free` (a date, a time adverb) are not counted
 * either, up to MAX_FREE of them.
 */
function matchGap(elements: PatternElement[], ei: number, norms: readonly string[], from: number, left: number, asideAllowed: boolean, free?: ArrayLike<number>): number {
  let at = from;
  let freeLeft = MAX_FREE;
  for (;;) {
    const end = matchFrom(elements, ei + 1, norms, at, free);
    if (end >= 0) return end;
    const closing = asideAllowed ? asideEnd(norms, at) : -1;
    if (closing > 0) {
      const past = matchGap(elements, ei, norms, closing + 1, left, false, free);
      if (past >= 0) return past;
    }
    if (at >= norms.length) return -1;
    if (free !== undefined && free[at] === 1 && freeLeft > 0) freeLeft--;
    else if (left === 0) return -1;
    else left--;
    at++;
  }
}

/** Most date and adverb tokens one gap passes over without counting them. */
const MAX_FREE = 6;

/** Longest aside, in tokens. */
const MAX_ASIDE = 8;
/** Punctuation that ends the search for an aside's closing mark. */
const ASIDE_STOPS = new Set(['.', ';', ':', '?', '!', '(', ')']);

/**
 * The index of the mark closing an aside opened at `open` (a comma closed by a comma, "(" by ")"), within MAX_ASIDE
 * tokens and before any other punctuation; -1 when `open` opens none.
 */
function asideEnd(norms: readonly string[], open: number): number {
  const close = norms[open] === ',' ? ',' : norms[open] === '(' ? ')' : null;
  if (close === null) return -1;
  for (let k = open + 1; k < norms.length && k <= open + MAX_ASIDE + 1; k++) {
    if (norms[k] === close) return k > open + 1 ? k : -1;
    if (ASIDE_STOPS.has(norms[k])) return -1;
  }
  return -1;
}

/** True when `norm` matches any of the alternatives. */
export function inList(alts: readonly Alt[], norm: string): boolean {
  for (const alt of alts) if (alt.prefix ? norm.startsWith(alt.word) : norm === alt.word) return true;
  return false;
}
