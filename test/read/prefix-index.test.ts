// PrefixIndex gives, for any line, every phrase of the list that starts it, in list order.
import { describe, expect, it } from 'vitest';
import { PrefixIndex } from '../../src/read/prefix-index.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

const startingPhrases = (list: string[], line: string) => list.filter((p) => line.startsWith(p));

describe('PrefixIndex', () => {
  it('keeps list order among the phrases a line starts with', () => {
    const list = ['lire aussi', 'lire', 'read more', 'li', 'lire aussi :'];
    const index = new PrefixIndex(list, (p) => p);
    expect(startingPhrases([...index.candidates('lire aussi : la suite')], 'lire aussi : la suite')).toEqual(['lire aussi', 'lire', 'li', 'lire aussi :']);
    expect(index.candidates('read more')).toEqual(['read more']);
    expect(index.candidates('rien')).toEqual([]);
    expect(index.candidates('')).toEqual([]);
  });

  it('compares lines starting like a one-character phrase with the whole list', () => {
    const list = ['©', 'copyright', '(c)'];
    const index = new PrefixIndex(list, (p) => p);
    expect(index.candidates('© AFP')).toEqual(list);
    expect(index.candidates('copyright 2024')).toEqual(['copyright']);
  });

  it('misses no phrase on random lists and lines', () => {
    const next = mulberry32(7);
    const letters = 'ab c’';
    const word = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let t = 0; t < 2_000; t++) {
      const list = Array.from({ length: 1 + Math.floor(next() * 8) }, () => word(5));
      const index = new PrefixIndex(list, (p) => p);
      const line = word(8);
      expect(startingPhrases([...index.candidates(line)], line)).toEqual(startingPhrases(list, line));
    }
  });
});
