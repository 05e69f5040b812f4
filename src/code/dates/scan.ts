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
const SPACE_RE = /^\s$/u;

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
  /** trans[node * stride + column] = child node (0 = none; node 0 is the root). */
  private trans: Int32Array;
  private isEnd: Uint8Array;
  private tagBits: Int32Array;
  private count = 1;
  private readonly keyCache = new Int32Array(0x10000).fill(UNKNOWN);
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
    // Two different lexicon characters the engine treats as one letter would be separate branches of
    // the regex, tried in order with backtracking; the trie would merge them, so use the regex then.
    if (new Set(classOfChar.values()).size !== alphabet.length) this.fallback = new RegExp(source, `g${flags}`);
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
  }

  /** Child of the root for a text character (0 = none). */
  rootHas(cp: number): boolean {
    const k = this.keyOf(cp);
    return k >= 0 && this.trans[k]! !== 0;
  }

  /**
   * Walks the trie from i. mode 0: end of the longest phrase followed by RB (or -1); mode 1: 1 when
   * some phrase is a prefix of the text at i (else 0); mode 2: bits of every such phrase.
   */
  private walk(text: string, i: number, mode: 0 | 1 | 2): number {
    const n = text.length;
    const stride = this.stride;
    const trans = this.trans;
    let node = 0;
    let j = i;
    let acc = mode === 0 ? -1 : 0;
    for (;;) {
      if (mode === 0) {
        if (this.isEnd[node] === 1 && rbAt(text, j)) acc = j;
      } else if (mode === 1) {
        if (this.isEnd[node] === 1) return 1;
      } else if (this.tagBits[node] !== 0) acc |= this.tagBits[node]! | (rbAt(text, j) ? this.tagBits[node]! << 16 : 0);
      if (j >= n) return acc;
      const cp = cpAt(text, j);
      const k = this.keyOf(cp);
      if (k < 0) return acc;
      const child = trans[node * stride + k]!;
      if (child === 0) return acc;
      node = child;
      if (k === this.SPACE) {
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
    const n = text.length;
    let prevLN = false;
    let i = 0;
    while (i < n) {
      const cp = cpAt(text, i);
      if (!prevLN && this.rootHas(cp)) {
        const e = this.walk(text, i, 0);
        if (e > i) {
          out.push(i, e);
          i = e;
          prevLN = isLN(cpBefore(text, i));
          continue;
        }
      }
      prevLN = isLN(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    return out;
  }

  /** Is there any match (RegExp#test)? */
  test(text: string): boolean {
    if (this.empty) return false;
    if (this.fallback) {
      this.fallback.lastIndex = 0;
      return this.fallback.test(text);
    }
    const n = text.length;
    let prevLN = false;
    for (let i = 0; i < n; ) {
      const cp = cpAt(text, i);
      if (!prevLN && this.rootHas(cp) && this.walk(text, i, 0) > i) return true;
      prevLN = isLN(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    return false;
  }
}

/** Where a group's words may start: after a non-letter/digit only, anywhere, or after one or a glued prefix. */
export type StartRule = 'lb' | 'any' | ((text: string, i: number) => boolean);

/** A group of words; with `rb`, a word counts only when no letter or digit follows it. */
export interface StartGroup {
  words: string[];
  rule: StartRule;
  rb?: boolean;
}

/**
 * One pass over a text finding where the words of several groups start (trie prefix reaches a word
 * end; nothing is checked after it). Used to find the required words of the date patterns.
 */
export class StartFinder {
  private readonly scanner: PhraseScanner;
  private readonly tagsOf = new Map<object, number>();
  private readonly rules: StartRule[];
  private readonly rbMask: number;

  constructor(groups: StartGroup[]) {
    if (groups.length > 15) throw new Error('StartFinder: at most 15 groups');
    const all: string[] = [];
    for (const g of groups) all.push(...g.words);
    this.scanner = new PhraseScanner(all, '');
    this.rules = groups.map((g) => g.rule);
    this.rbMask = groups.reduce((m, g, gi) => (g.rb ? m | (1 << gi) : m), 0);
    groups.forEach((g, gi) => {
      for (const w of g.words) this.scanner.tag(w, 1 << gi);
    });
  }

  /** Start positions per group, ascending. */
  find(text: string): number[][] {
    const out: number[][] = this.rules.map(() => []);
    const n = text.length;
    let prevLN = false;
    for (let i = 0; i < n; ) {
      const cp = cpAt(text, i);
      if (this.scanner.rootHas(cp)) {
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
      prevLN = isLN(cp);
      i += cp > 0xffff ? 2 : 1;
    }
    return out;
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
 * starts at a word start. Each position is tried at most once, so the cost is linear.
 */
export function scanAround(text: string, sticky: RegExp, heads: number[], runs: number, visit: (m: RegExpExecArray) => void): void {
  let p0 = 0;
  for (const h of heads) {
    if (h < p0) continue;
    let matched = false;
    for (let p = windowStart(text, h, runs, p0); p <= h; p++) {
      if (!isWordStart(text, p)) continue;
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
