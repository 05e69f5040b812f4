// Hand-written equivalents of the hottest lexicon regexes, for speed. `PhraseScanner` finds exactly
// the matches a global scan of `${LB}${alt(words)}${RB}` (flags 'giu', or 'gu' when case-sensitive)
// would find, with one linear pass over char codes and a prefix trie walk at word starts, instead of
// running a large Unicode regex (whose leading lookbehind is evaluated at every position).
// Character semantics are taken from the regex engine itself (case folding, \p{L}\p{N}, \s) and
// cached per code unit, so the results cannot drift from the regex they replace.
import { units } from './grammar.js';

const LN_CACHE = new Uint8Array(0x10000); // 0 unknown, 1 letter/digit, 2 other
const LN_RE = /^[\p{L}\p{N}]$/u;
const SPACE_CACHE = new Uint8Array(0x10000);
const LL_CACHE = new Uint8Array(0x10000); // 0 unknown, 1 lower-case letter, 2 other
const LL_RE = /^\p{Ll}$/u;
const SPACE_RE = /^\s$/u;

/**
 * What the scanning loops need to know of one UTF-16 code unit, in one table lookup: KNOWN once
 * computed, LN for `[\p{L}\p{N}]`, SPACE for `\s`, LL for `\p{Ll}`, SURROGATE for the units of astral
 * characters (the loops then take the code point path).
 */
const UNIT_INFO = new Uint8Array(0x10000);
const KNOWN = 1;
const LN = 2;
const SPACE = 4;
const SURROGATE = 8;
const LL = 16;

/** UNIT_INFO of a code unit, computed on first sight. */
function unitInfo(cu: number): number {
  const known = UNIT_INFO[cu]!;
  return known === 0 ? computeUnitInfo(cu) : known;
}

function computeUnitInfo(cu: number): number {
  const v = cu >= 0xd800 && cu <= 0xdfff ? KNOWN | SURROGATE : KNOWN | (isLN(cu) ? LN : 0) | (isSpaceUnit(cu) ? SPACE : 0) | (isLl(cu) ? LL : 0);
  UNIT_INFO[cu] = v;
  return v;
}

/** `[\p{L}\p{N}]` for one code point. */
export function isLN(cp: number): boolean {
  if (cp < 0x10000) {
    let v = LN_CACHE[cp]!;
    if (v === 0) {
      v = (cp >= 0xd800 && cp <= 0xdfff) ? 2 : LN_RE.test(String.fromCharCode(cp)) ? 1 : 2;
      LN_CACHE[cp] = v;
    }
    return v === 1;
  }
  return LN_RE.test(String.fromCodePoint(cp));
}

/** `\p{Ll}` for one code point. */
function isLl(cp: number): boolean {
  if (cp < 0x10000) {
    let v = LL_CACHE[cp]!;
    if (v === 0) {
      v = LL_RE.test(String.fromCharCode(cp)) ? 1 : 2;
      LL_CACHE[cp] = v;
    }
    return v === 1;
  }
  return LL_RE.test(String.fromCodePoint(cp));
}

/** JS `\s` for one UTF-16 code unit (every `\s` character is in the BMP). */
export function isSpaceUnit(cu: number): boolean {
  let v = SPACE_CACHE[cu]!;
  if (v === 0) {
    v = SPACE_RE.test(String.fromCharCode(cu)) ? 1 : 2;
    SPACE_CACHE[cu] = v;
  }
  return v === 1;
}

/** Code point at i (a lone surrogate is returned as is). */
export function cpAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code point ending right before i (what a /u lookbehind of one character reads). */
export function cpBefore(text: string, i: number): number {
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** `(?<![\p{L}\p{N}])` at i. */
export function lbAt(text: string, i: number): boolean {
  return i === 0 || !isLN(cpBefore(text, i));
}

/** `(?![\p{L}\p{N}])` at i. */
export function rbAt(text: string, i: number): boolean {
  return i >= text.length || !isLN(cpAt(text, i));
}

/**
 * The next match of the global regex `re` from `re.lastIndex`, or null: a loop over it finds what
 * `text.matchAll(re)` finds (an empty match steps over one character), without cloning the regex.
 */
export function nextMatch(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  if (m !== null && m[0].length === 0) re.lastIndex = m.index + (re.unicode && cpAt(text, m.index) > 0xffff ? 2 : 1);
  return m;
}

const NONE = -1;
const UNKNOWN = -99;

/** Exact, fast equivalent of a global scan with `${LB}${alt(words)}${RB}` (a dense prefix-trie table). */
export class PhraseScanner {
  /** Columns: one per class of lexicon characters, then apostrophe, hyphen, whitespace. */
  private readonly stride: number;
  private readonly APOS: number;
  private readonly HYPH: number;
  private readonly SPACE: number;
  /**
   * trans[node * stride + column] = child node (0 = none; node 0 is the root). 16-bit once built when
   * the trie is small enough (always so for our lexicons; see renumberBreadthFirst).
   */
  private trans: Int32Array | Uint16Array;
  private isEnd: Uint8Array;
  private tagBits: Int32Array;
  private count = 1;
  private readonly keyCache = new Int32Array(0x10000).fill(UNKNOWN);
  /** Per code unit: 1 + the root's child node for it (1: none; 0: not yet known). */
  private readonly rootChildOfUnitCache = new Int32Array(0x10000);
  private subtreeTagsCache: Int32Array | null = null;
  private readonly astralKeys = new Map<number, number>();
  private readonly classRe: RegExp | null;
  private readonly groupClass: number[] = [];
  /** A regex fallback when the trie cannot mirror the regex exactly (case-equivalent siblings). */
  private readonly fallback: RegExp | null = null;
  readonly empty: boolean;

  /** `source` is the regex this scanner replaces (used as is if the trie cannot mirror it). */
  constructor(words: Iterable<string>, source: string, caseInsensitive = true) {
    const seqs: string[][] = [];
    const alphabet: string[] = [];
    const seen = new Set<string>();
    for (const w of words) {
      const us = units(w);
      if (!us.length) continue;
      seqs.push(us);
      for (const u of us) {
        if (u.length > 2 && (u.startsWith('[') || u === '\\s+')) continue;
        const ch = u.startsWith('\\') ? u.slice(1) : u;
        if (!seen.has(ch)) {
          seen.add(ch);
          alphabet.push(ch);
        }
      }
    }
    this.empty = seqs.length === 0;
    const flags = caseInsensitive ? 'iu' : 'u';
    const esc = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    // Characters of the lexicon that the regex engine treats as the same letter share a class.
    const classOfChar = new Map<string, number>();
    alphabet.forEach((ch, i) => {
      for (let j = 0; j < i; j++) {
        if (new RegExp(`^${esc(alphabet[j]!)}$`, flags).test(ch)) {
          classOfChar.set(ch, classOfChar.get(alphabet[j]!)!);
          return;
        }
      }
      classOfChar.set(ch, i);
    });
    for (const ch of alphabet) this.groupClass.push(classOfChar.get(ch)!);
    this.classRe = alphabet.length ? new RegExp(`^(?:${alphabet.map((ch) => `(${esc(ch)})`).join('|')})$`, flags) : null;
    this.APOS = alphabet.length;
    this.HYPH = alphabet.length + 1;
    this.SPACE = alphabet.length + 2;
    this.stride = alphabet.length + 3;
    let cap = 64;
    this.trans = new Int32Array(cap * this.stride);
    this.isEnd = new Uint8Array(cap);
    this.tagBits = new Int32Array(cap);
    for (const us of seqs) {
      let node = 0;
      for (const u of us) {
        const col = this.columnOfUnit(u, classOfChar);
        let child = this.trans[node * this.stride + col]!;
        if (child === 0) {
          if (this.count === cap) {
            cap *= 2;
            const t = new Int32Array(cap * this.stride);
            t.set(this.trans);
            this.trans = t;
            const e = new Uint8Array(cap);
            e.set(this.isEnd);
            this.isEnd = e;
            const b = new Int32Array(cap);
            b.set(this.tagBits);
            this.tagBits = b;
          }
          child = this.count++;
          this.trans[node * this.stride + col] = child;
        }
        node = child;
      }
      this.isEnd[node] = 1;
    }
    this.renumberBreadthFirst();
    // Two different lexicon characters the engine treats as one letter would be separate branches of
    // the regex, tried in order with backtracking; the trie would merge them, so use the regex then.
    if (new Set(classOfChar.values()).size !== alphabet.length) this.fallback = new RegExp(source, `g${flags}`);
  }

  /**
   * Numbers the nodes breadth first (a child still comes after its parent) and stores the table in 16
   * bits when it fits: the rows of the first levels, where nearly every walk ends, are then together
   * and small, so they stay in cache between documents.
   */
  private renumberBreadthFirst(): void {
    const { stride, count } = this;
    const order = [0];
    const newId = new Int32Array(count).fill(-1);
    newId[0] = 0;
    for (let h = 0; h < order.length; h++) {
      const node = order[h]!;
      for (let col = 0; col < stride; col++) {
        const child = this.trans[node * stride + col]!;
        if (child !== 0 && newId[child]! < 0) {
          newId[child] = order.length;
          order.push(child);
        }
      }
    }
    const trans = count <= 0xffff ? new Uint16Array(count * stride) : new Int32Array(count * stride);
    const isEnd = new Uint8Array(count);
    const tagBits = new Int32Array(count);
    for (let node = 0; node < count; node++) {
      const id = newId[node]!;
      isEnd[id] = this.isEnd[node]!;
      tagBits[id] = this.tagBits[node]!;
      for (let col = 0; col < stride; col++) {
        const child = this.trans[node * stride + col]!;
        if (child !== 0) trans[id * stride + col] = newId[child]!;
      }
    }
    this.trans = trans;
    this.isEnd = isEnd;
    this.tagBits = tagBits;
  }

  private columnOfUnit(u: string, classOfChar: Map<string, number>): number {
    if (u === '\\s+') return this.SPACE;
    if (u.startsWith('[')) return u.includes('’') ? this.APOS : this.HYPH;
    return classOfChar.get(u.startsWith('\\') ? u.slice(1) : u)!;
  }

  /** Column of a text character, or NONE. */
  private keyOf(cp: number): number {
    if (cp < 0x10000) {
      const k = this.keyCache[cp]!;
      if (k !== UNKNOWN) return k;
    } else {
      const k = this.astralKeys.get(cp);
      if (k !== undefined) return k;
    }
    let k: number;
    if (cp === 0x27 || cp === 0x2019 || cp === 0x2bc) k = this.APOS;
    else if (cp === 0x2d || cp === 0x2010 || cp === 0x2011 || cp === 0x2013) k = this.HYPH;
    else if (cp < 0x10000 && isSpaceUnit(cp)) k = this.SPACE;
    else {
      k = NONE;
      const m = this.classRe?.exec(String.fromCodePoint(cp));
      if (m) {
        for (let g = 1; g < m.length; g++) {
          if (m[g] !== undefined) {
            k = this.groupClass[g - 1]!;
            break;
          }
        }
      }
    }
    if (cp < 0x10000) this.keyCache[cp] = k;
    else this.astralKeys.set(cp, k);
    return k;
  }

  /** Marks the node of `word` with `bits`. */
  tag(word: string, bits: number): void {
    let node = 0;
    for (const u of units(word)) {
      const col = u === '\\s+' ? this.SPACE : u.startsWith('[') ? (u.includes('’') ? this.APOS : this.HYPH) : this.keyOf(cpAt(u.startsWith('\\') ? u.slice(1) : u, 0));
      if (col < 0) return;
      node = this.trans[node * this.stride + col]!;
      if (node === 0) return;
    }
    this.tagBits[node]! |= bits;
    this.subtreeTagsCache = null;
  }

  /** Child of the root for a text character (0 = none). */
  rootHas(cp: number): boolean {
    const k = this.keyOf(cp);
    return k >= 0 && this.trans[k]! !== 0;
  }

  /** The root's child for a code unit that is not a surrogate (0: none), from a table filled on first sight. */
  private rootChildOfUnit(cu: number): number {
    let known = this.rootChildOfUnitCache[cu]!;
    if (known === 0) {
      const k = this.keyOf(cu);
      known = 1 + (k >= 0 ? this.trans[k]! : 0);
      this.rootChildOfUnitCache[cu] = known;
    }
    return known - 1;
  }

  /** Tag bits of every word starting with the text character `cp` (any case variant the regex accepts). */
  tagsOfWordsStartingWith(cp: number): number {
    const k = this.keyOf(cp);
    if (k < 0) return 0;
    const child = this.trans[k]!;
    return child === 0 ? 0 : this.subtreeTags()[child]!;
  }

  /** Union of the tag bits of each node and its descendants (children always come after their parent). */
  private subtreeTags(): Int32Array {
    if (this.subtreeTagsCache) return this.subtreeTagsCache;
    const out = this.tagBits.slice(0, this.count);
    for (let node = this.count - 1; node > 0; node--) {
      for (let col = 0; col < this.stride; col++) {
        const child = this.trans[node * this.stride + col]!;
        if (child !== 0) out[node]! |= out[child]!;
      }
    }
    this.subtreeTagsCache = out;
    return out;
  }

  /**
   * Walks the trie from i. mode 0: end of the longest phrase followed by RB (or -1); mode 1: 1 when
   * some phrase is a prefix of the text at i (else 0); mode 2: bits of every such phrase.
   */
  private walk(text: string, i: number, mode: 0 | 1 | 2): number {
    return this.walkFrom(text, i, 0, mode);
  }

  /** walk, from trie node `start` at text position i. */
  private walkFrom(text: string, i: number, start: number, mode: 0 | 1 | 2): number {
    const n = text.length;
    const stride = this.stride;
    const trans = this.trans;
    const SPACE_COL = this.SPACE;
    let node = start;
    let j = i;
    let acc = mode === 0 ? -1 : 0;
    for (;;) {
      if (mode === 0) {
        if (this.isEnd[node] === 1 && rbAt(text, j)) acc = j;
      } else if (mode === 1) {
        if (this.isEnd[node] === 1) return 1;
      } else if (this.tagBits[node] !== 0) acc |= this.tagBits[node]! | (rbAt(text, j) ? this.tagBits[node]! << 16 : 0);
      if (j >= n) return acc;
      let cp = text.charCodeAt(j);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = cpAt(text, j);
      const k = this.keyOf(cp);
      if (k < 0) return acc;
      const child = trans[node * stride + k]!;
      if (child === 0) return acc;
      node = child;
      if (k === SPACE_COL) {
        j++;
        while (j < n && isSpaceUnit(text.charCodeAt(j))) j++;
      } else j += cp > 0xffff ? 2 : 1;
    }
  }

  /** End of the longest phrase at i followed by a non-letter/digit (RB), or -1. LB is not checked. */
  matchAt(text: string, i: number): number {
    return this.walk(text, i, 0);
  }

  /** Does some phrase start at i (any end, no RB)? */
  prefixAt(text: string, i: number): boolean {
    return this.walk(text, i, 1) === 1;
  }

  /** Bits of every word that is a prefix of the text at i; shifted by 16, those followed by RB. */
  tagsAt(text: string, i: number): number {
    const cu = text.charCodeAt(i);
    // The first step from a table, as in scanFrom (unless the root itself is tagged: an empty word).
    if ((cu < 0xd800 || cu > 0xdfff) && this.tagBits[0] === 0) {
      const child = this.rootChildOfUnit(cu);
      return child === 0 ? 0 : this.walkFrom(text, i + 1, child, 2);
    }
    return this.walk(text, i, 2);
  }

  /** Matches of a global scan (start, end pairs, in text order). */
  scan(text: string): number[] {
    const out: number[] = [];
    if (this.empty) return out;
    if (this.fallback) {
      this.fallback.lastIndex = 0;
      for (const m of text.matchAll(this.fallback)) out.push(m.index, m.index + m[0].length);
      return out;
    }
    this.scanFrom(text, out);
    return out;
  }

  /** Is there any match (RegExp#test)? */
  test(text: string): boolean {
    if (this.empty) return false;
    if (this.fallback) {
      this.fallback.lastIndex = 0;
      return this.fallback.test(text);
    }
    return this.scanFrom(text, null) >= 0;
  }

  /** The global scan: pushes the matches to `out`, or without `out` returns the first one's start (-1: none). */
  private scanFrom(text: string, out: number[] | null): number {
    const n = text.length;
    let prevLN = false;
    let i = 0;
    while (i < n) {
      const cu = text.charCodeAt(i);
      const info = unitInfo(cu);
      if ((info & SURROGATE) !== 0) {
        const cp = cpAt(text, i);
        if (!prevLN && this.rootHas(cp)) {
          const e = this.walk(text, i, 0);
          if (e > i) {
            if (!out) return i;
            out.push(i, e);
            i = e;
            prevLN = isLN(cpBefore(text, i));
            continue;
          }
        }
        prevLN = isLN(cp);
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      // A word start: the trie's first step is read from a table (no word starts with whitespace).
      const child = prevLN ? 0 : this.rootChildOfUnit(cu);
      if (child !== 0) {
        const e = this.walkFrom(text, i + 1, child, 0);
        if (e > i) {
          if (!out) return i;
          out.push(i, e);
          i = e;
          prevLN = isLN(cpBefore(text, i));
          continue;
        }
      }
      prevLN = (info & LN) !== 0;
      i++;
    }
    return -1;
  }
}

/**
 * Exact, fast equivalent of a global scan with `source` = `${LB}\p{Ll}{minStem,}${alt(endings)}${RB}`
 * (flags 'gu') when the endings are plain lower-case letters: its matches are then whole words
 * (maximal runs of letters and digits) made of lower-case letters only, that end with one of the
 * endings after at least `minStem` letters. Other endings use the regex itself.
 */
export class WordEndingScanner {
  /** The endings as a trie read backwards from a word's end: child nodes by code unit. */
  private readonly reversed: EndingNode = { next: new Map(), end: false };
  private readonly fallback: RegExp | null;

  constructor(endings: readonly string[], private readonly minStem: number, source: string) {
    const plain = endings.every((e) => /^\p{Ll}+$/u.test(e) && !/[\ud800-\udfff]/.test(e) && units(e).join('') === e);
    this.fallback = plain ? null : new RegExp(source, 'gu');
    for (const e of endings) {
      let node = this.reversed;
      for (let k = e.length - 1; k >= 0; k--) {
        const cu = e.charCodeAt(k);
        let child = node.next.get(cu);
        if (!child) {
          child = { next: new Map(), end: false };
          node.next.set(cu, child);
        }
        node = child;
      }
      node.end = true;
    }
  }

  /** Matches of a global scan (start, end pairs, in text order). */
  scan(text: string): number[] {
    const out: number[] = [];
    if (this.fallback) {
      this.fallback.lastIndex = 0;
      for (const m of text.matchAll(this.fallback)) out.push(m.index, m.index + m[0].length);
      return out;
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      let cu = text.charCodeAt(i);
      let info = unitInfo(cu);
      if ((info & SURROGATE) !== 0) {
        const cp = cpAt(text, i);
        if (!isLN(cp)) {
          i += cp > 0xffff ? 2 : 1;
          continue;
        }
      } else if ((info & LN) === 0) {
        i++;
        continue;
      }
      // A word (maximal run of letters and digits) from i to j, with its number of code points.
      let j = i;
      let letters = 0;
      let lower = true;
      for (;;) {
        let width = 1;
        if ((info & SURROGATE) !== 0) {
          const cp = cpAt(text, j);
          if (!isLN(cp)) break;
          if (!isLl(cp)) lower = false;
          width = cp > 0xffff ? 2 : 1;
        } else {
          if ((info & LN) === 0) break;
          if ((info & LL) === 0) lower = false;
        }
        letters++;
        j += width;
        if (j >= n) break;
        cu = text.charCodeAt(j);
        info = unitInfo(cu);
      }
      if (lower && this.endsWithEnding(text, j, letters)) out.push(i, j);
      i = j;
    }
    return out;
  }

  /** Does the word of `letters` code points ending at `end` end with an ending after at least minStem of them? */
  private endsWithEnding(text: string, end: number, letters: number): boolean {
    let node: EndingNode | undefined = this.reversed;
    for (let depth = 1; depth <= letters - this.minStem; depth++) {
      node = node.next.get(text.charCodeAt(end - depth));
      if (!node) return false;
      if (node.end) return true;
    }
    return false;
  }
}

interface EndingNode {
  next: Map<number, EndingNode>;
  end: boolean;
}

/** Where a group's words may start: after a non-letter/digit only, anywhere, or after one or a glued prefix. */
export type StartRule = 'lb' | 'any' | ((text: string, i: number) => boolean);

/** A group of words; with `rb`, a word counts only when no letter or digit follows it. */
export interface StartGroup {
  words: string[];
  rule: StartRule;
  rb?: boolean;
}

/** Where words, runs of non-whitespace and numbers start in a text (ascending offsets). */
export interface TextIndex {
  /** A letter or digit not preceded by one (see isWordStart). */
  wordStarts: number[];
  /** A non-whitespace character at the text start or after whitespace. */
  runStarts: number[];
  /** An ASCII digit not preceded by a letter or digit. */
  digitStarts: number[];
}

/**
 * One pass over a text finding where the words of several groups start (trie prefix reaches a word
 * end; nothing is checked after it), and where words, runs and numbers start (TextIndex). Used to find
 * the required words of the date patterns.
 */
export class StartFinder {
  private readonly scanner: PhraseScanner;
  private readonly rules: StartRule[];
  private readonly rbMask: number;
  /** Groups whose words may start inside a word (rule other than 'lb'). */
  private readonly midWordMask: number;
  /** Per code unit: 0 unknown, else 1 + (2 if a word of some group starts with it) + (4 if a word of a midWordMask group does). */
  private readonly startOfUnit = new Uint8Array(0x10000);

  constructor(groups: StartGroup[]) {
    if (groups.length > 15) throw new Error('StartFinder: at most 15 groups');
    const all: string[] = [];
    for (const g of groups) all.push(...g.words);
    this.scanner = new PhraseScanner(all, '');
    this.rules = groups.map((g) => g.rule);
    this.rbMask = groups.reduce((m, g, gi) => (g.rb ? m | (1 << gi) : m), 0);
    this.midWordMask = groups.reduce((m, g, gi) => (g.rule !== 'lb' ? m | (1 << gi) : m), 0);
    groups.forEach((g, gi) => {
      for (const w of g.words) this.scanner.tag(w, 1 << gi);
    });
  }

  private startInfo(cp: number): number {
    if (cp < 0x10000) {
      const v = this.startOfUnit[cp]!;
      if (v !== 0) return v;
    }
    const v = 1 | (this.scanner.rootHas(cp) ? 2 : 0) | ((this.scanner.tagsOfWordsStartingWith(cp) & this.midWordMask) !== 0 ? 4 : 0);
    if (cp < 0x10000) this.startOfUnit[cp] = v;
    return v;
  }

  /** Start positions per group, ascending, and the text's index. */
  find(text: string): { starts: number[][]; index: TextIndex } {
    const out: number[][] = this.rules.map(() => []);
    const wordStarts: number[] = [];
    const runStarts: number[] = [];
    const digitStarts: number[] = [];
    const n = text.length;
    let prevLN = false;
    let prevSpace = true;
    for (let i = 0; i < n; ) {
      const cu = text.charCodeAt(i);
      const info = unitInfo(cu);
      let cp = cu;
      let ln = (info & LN) !== 0;
      if ((info & SURROGATE) !== 0) {
        cp = cpAt(text, i);
        ln = isLN(cp);
      }
      const space = (info & SPACE) !== 0;
      if (!space && prevSpace) runStarts.push(i);
      if (ln && !prevLN) {
        wordStarts.push(i);
        if (cu >= 0x30 && cu <= 0x39) digitStarts.push(i);
      }
      // Inside a word only the groups of midWordMask can start: the trie is walked for them alone.
      const start = this.startInfo(cp);
      if ((start & (prevLN ? 4 : 2)) !== 0) {
        const both = this.scanner.tagsAt(text, i);
        const tags = (both & 0xffff & ~this.rbMask) | ((both >>> 16) & this.rbMask);
        if (tags !== 0) {
          for (let g = 0; g < this.rules.length; g++) {
            if ((tags & (1 << g)) === 0) continue;
            const rule = this.rules[g]!;
            if (rule === 'any' || !prevLN || (rule !== 'lb' && rule(text, i))) out[g]!.push(i);
          }
        }
      }
      prevLN = ln;
      prevSpace = space;
      i += cp > 0xffff ? 2 : 1;
    }
    return { starts: out, index: { wordStarts, runStarts, digitStarts } };
  }
}

/**
 * First position of the window of candidate match starts for a required word at h: a match whose text
 * before h holds at most `runs` runs of whitespace cannot start before it. Never below `floor`.
 */
export function windowStart(text: string, h: number, runs: number, floor: number): number {
  let j = h;
  let crossed = 0;
  for (;;) {
    while (j > floor && !isSpaceUnit(text.charCodeAt(j - 1))) j--;
    if (j <= floor || crossed === runs) break;
    while (j > floor && isSpaceUnit(text.charCodeAt(j - 1))) j--;
    crossed++;
  }
  return j < floor ? floor : j;
}

/** A letter or digit not preceded by one: where every date pattern starts. */
export function isWordStart(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c >= 0xdc00 && c <= 0xdfff && p > 0) {
    const b = text.charCodeAt(p - 1);
    if (b >= 0xd800 && b <= 0xdbff) return false; // inside a surrogate pair
  }
  return isLN(cpAt(text, p)) && lbAt(text, p);
}

/**
 * The matches a global scan of `sticky`'s pattern would find, given every match contains one of
 * `heads` (ascending) with at most `runs` whitespace runs between the match start and that head, and
 * starts at a word start. Each position is tried at most once, so the cost is linear. The candidate
 * starts of a head's window are read from `index` (its word starts, and its run starts for the window's
 * first position: the same as windowStart).
 */
export function scanAround(text: string, sticky: RegExp, heads: number[], runs: number, index: TextIndex, visit: (m: RegExpExecArray) => void): void {
  const { wordStarts, runStarts } = index;
  let p0 = 0;
  let run = 0; // the run holding the current head
  let word = 0; // the first word start of the current window
  for (const h of heads) {
    if (h < p0) continue;
    while (run + 1 < runStarts.length && runStarts[run + 1]! <= h) run++;
    // (A head is never whitespace; if one were, windowStart counts its runs.)
    const from = isSpaceUnit(text.charCodeAt(h)) ? windowStart(text, h, runs, p0) : run >= runs && runStarts[run - runs]! > p0 ? runStarts[run - runs]! : p0;
    while (word > 0 && wordStarts[word - 1]! >= from) word--;
    while (word < wordStarts.length && wordStarts[word]! < from) word++;
    let matched = false;
    for (let w = word; w < wordStarts.length; w++) {
      const p = wordStarts[w]!;
      if (p > h) break;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m) {
        visit(m);
        p0 = Math.max(p + 1, p + m[0].length);
        matched = true;
        break;
      }
    }
    if (!matched) p0 = h + 1;
  }
}
