// Language of a document. A cheap function-word check (data/read/languages.yaml) labels the plainly
// French and plainly English texts; eld (an n-gram detector, right on French/English/German in our
// checks) labels everything else. eld alone costs more than the rest of cleaning put together.
import { eld } from 'eld/medium';
import { z } from 'zod';
import { EscaladeError } from '../errors.js';
import { dataPath, loadDataFile } from '../knowledge/load.js';
import { wordChars } from './text-utils.js';

/** Enough text for a stable label; detecting on megabytes would only cost time. */
const SAMPLE_CHARS = 5_000;

export interface DetectedLanguage {
  /** ISO 639-1 code, or 'und' when the text is too short or ambiguous for a reliable label. */
  lang: string;
  /**
   * In [0, 1]. From eld: its score for the label. From the function-word check: the share of the
   * function words found that belong to the label.
   */
  score: number;
  method: 'function-words' | 'eld';
}

export function detectLanguage(text: string): DetectedLanguage {
  const quick = functionWordLanguage(text, loadLanguageLists());
  if (quick) return quick;
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const result = eld.detect(sample);
  const score = result.language ? (result.getScores()[result.language] ?? 0) : 0;
  if (!result.language || !result.isReliable()) return { lang: 'und', score: roundScore(score), method: 'eld' };
  return { lang: result.language, score: roundScore(score), method: 'eld' };
}

const ListsSchema = z.object({
  version: z.number().int().positive(),
  sources: z.array(z.string().min(1)).min(1),
  sampleChars: z.number().int().positive(),
  minWords: z.number().int().positive(),
  minShare: z.number().gt(0).lte(1),
  maxOtherRatio: z.number().min(0).lt(1),
  minLatinShare: z.number().gt(0).lte(1),
  functionWords: z
    .record(z.string().regex(/^[a-z]{2}$/), z.array(z.string().regex(/^\p{Ll}+$/u, 'a lower-case word of letters only')).min(1))
    .refine((lists) => Object.keys(lists).length >= 2, 'at least two languages'),
});

export interface LanguageLists {
  sampleChars: number;
  minWords: number;
  minShare: number;
  maxOtherRatio: number;
  minLatinShare: number;
  languages: string[];
  /**
   * The function words as a trie over UTF-16 units: node 0 is the root. Children below U+0080 are also in `ascii`
   * (node * 128 + unit → child, 0 for none: the root is nobody's child), the common case without a map look-up.
   */
  trie: { children: Map<number, number>[]; language: number[]; ascii: Int32Array };
}

export const DEFAULT_LANGUAGE_LISTS_PATH = dataPath('read', 'languages.yaml');
let cached: LanguageLists | null = null;

export function loadLanguageLists(path: string = DEFAULT_LANGUAGE_LISTS_PATH): LanguageLists {
  if (path === DEFAULT_LANGUAGE_LISTS_PATH && cached) return cached;
  const { sampleChars, minWords, minShare, maxOtherRatio, minLatinShare, functionWords } = loadDataFile(path, ListsSchema);
  const languages = Object.keys(functionWords);
  const trie: LanguageLists['trie'] = { children: [new Map()], language: [-1], ascii: new Int32Array(0) };
  languages.forEach((lang, index) => {
    for (const word of functionWords[lang]) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        let next = trie.children[node].get(word.charCodeAt(i));
        if (next === undefined) {
          next = trie.children.push(new Map()) - 1;
          trie.language.push(-1);
          trie.children[node].set(word.charCodeAt(i), next);
        }
        node = next;
      }
      const other = trie.language[node];
      if (other >= 0 && other !== index) throw new EscaladeError(`language lists ${path}: "${word}" is listed for ${languages[other]} and ${lang}`);
      trie.language[node] = index;
    }
  });
  trie.ascii = new Int32Array(trie.children.length * 128);
  trie.children.forEach((children, node) => {
    for (const [unit, child] of children) if (unit < 128) trie.ascii[node * 128 + unit] = child;
  });
  const lists = { sampleChars, minWords, minShare, maxOtherRatio, minLatinShare, languages, trie };
  if (path === DEFAULT_LANGUAGE_LISTS_PATH) cached = lists;
  return lists;
}

/** Letters below this code point are Latin (Basic Latin to Latin Extended-B). */
const LATIN_END = 0x250;

/**
 * The label when one language's function words clearly dominate the start of the text; null otherwise.
 * Words are runs of letters; they are matched against the trie as they are scanned, without building strings.
 */
export function functionWordLanguage(text: string, lists: LanguageLists): DetectedLanguage | null {
  const sample = (text.length > lists.sampleChars ? text.slice(0, lists.sampleChars) : text).toLowerCase();
  const wordStart = wordChars();
  const { children, language, ascii } = lists.trie;
  const hits = new Array<number>(lists.languages.length).fill(0);
  let words = 0;
  let latinWords = 0;
  let node = -1; // -1: between words; -2: in a word that is not a function word
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 0x20;
    // Letters (the word table's letters and numbers, ASCII digits aside); surrogate halves are not counted.
    if (wordStart[c] === 1 && (c < 0x30 || c > 0x39)) {
      if (node === -1) {
        words++;
        if (c < LATIN_END) latinWords++;
        node = 0;
      }
      if (node >= 0) node = c < 128 ? ascii[node * 128 + c] || -2 : (children[node].get(c) ?? -2);
    } else if (node !== -1) {
      if (node >= 0 && language[node] >= 0) hits[language[node]]++;
      node = -1;
    }
  }
  let best = 0;
  for (let i = 1; i < hits.length; i++) if (hits[i] > hits[best]) best = i;
  const own = hits[best];
  const others = hits.reduce((sum, n) => sum + n, 0) - own;
  if (latinWords < lists.minLatinShare * words) return null;
  if (own < lists.minWords || own < lists.minShare * words || others > lists.maxOtherRatio * own) return null;
  return { lang: lists.languages[best], score: roundScore(own / (own + others)), method: 'function-words' };
}

function roundScore(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
