// The fast paths of text-utils (word scan, folding in one pass) against their plain definitions.
import { describe, expect, it } from 'vitest';
import { foldForMatch, scanWords, wordsOf } from '../../src/read/text-utils.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

/** foldForMatch as first written: every replacement applied. */
const plainFold = (line: string) =>
  line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/ {2,}/g, ' ')
    .trim()
    .toLowerCase();

const scanned = (line: string) => {
  const words: string[] = [];
  scanWords(line, (start, end) => {
    words.push(line.slice(start, end));
    return false;
  });
  return words;
};

const PIECES = ['a', 'Z', 'é', 'É', '1', '٣', ' ', '  ', "'", '’', '-', '\u2018', '\u02bc', '\t', '\u00a0', '\u200b', '\u2060', '\ufeff',
  '\u3000', '\u2028', '\n', '.', '😀', '𝐀', '𠀀', '\ud800', '\udc00', 'İ', 'Σ', 'ß', '_', '\u0301', 'ǅ', 'Ⅻ', '\u1680', '\u202f', '\u200a'];

describe('text-utils fast paths', () => {
  it('scanWords finds the words of wordsOf and foldForMatch equals the plain replacements, on random strings', () => {
    const next = mulberry32(2024);
    for (let t = 0; t < 20_000; t++) {
      let s = '';
      const len = Math.floor(next() * 16);
      for (let k = 0; k < len; k++) s += PIECES[Math.floor(next() * PIECES.length)];
      expect(scanned(s)).toEqual(wordsOf(s));
      expect(foldForMatch(s)).toBe(plainFold(s));
    }
  });

  it('agrees on every BMP character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}x`;
      const words = scanned(s);
      const expected = wordsOf(s);
      if (words.length !== expected.length || words.some((w, i) => w !== expected[i])) expect([c, words]).toEqual([c, expected]);
      const folded = foldForMatch(s);
      if (folded !== plainFold(s)) expect([c, folded]).toEqual([c, plainFold(s)]);
    }
  });

  it('stops when the visitor says so', () => {
    const seen: string[] = [];
    scanWords("l'armée a dit non", (start, end) => {
      seen.push("l'armée a dit non".slice(start, end));
      return seen.length === 2;
    });
    expect(seen).toEqual(["l'armée", 'a']);
  });
});
