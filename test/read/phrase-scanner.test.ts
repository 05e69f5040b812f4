// PhraseScanner says, for each of its lists, whether one of the list's phrases occurs in a line: the same answer
// as list.some((phrase) => line.includes(phrase)).
import { describe, expect, it } from 'vitest';
import { PhraseScanner } from '../../src/read/phrase-scanner.js';
import { mulberry32 } from '../../src/util/mulberry32.js';

const bitsByIncludes = (lists: string[][], line: string) =>
  lists.reduce((bits, list, i) => (list.some((p) => line.includes(p)) ? bits | (1 << i) : bits), 0);

describe('PhraseScanner', () => {
  const lists = [['we use cookies', 'cookie policy'], ['follow us on', 'abonnez-vous à'], ['all rights reserved', 'we use cookies'], ['©']];
  const scanner = new PhraseScanner(lists);

  it('sets the bit of every list with a phrase in the line, anywhere in it', () => {
    expect(scanner.scan('we use cookies to improve your experience')).toBe(0b101);
    expect(scanner.scan('read our cookie policy')).toBe(0b001);
    expect(scanner.scan('© afp 2024. all rights reserved')).toBe(0b1100);
    expect(scanner.scan('abonnez-vous à notre lettre et follow us on x')).toBe(0b010);
  });

  it('finds nothing in prose, in short lines and in phrases cut at either end', () => {
    expect(scanner.scan('the minister said the exercise would go ahead')).toBe(0);
    expect(scanner.scan('')).toBe(0);
    expect(scanner.scan('we use')).toBe(0);
    expect(scanner.scan('e use cookies')).toBe(0);
    expect(scanner.scan('we use cookie')).toBe(0);
  });

  it('agrees with includes on random lists and lines', () => {
    const next = mulberry32(11);
    const letters = 'ab c’é';
    const text = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => letters[Math.floor(next() * letters.length)]).join('');
    for (let t = 0; t < 3_000; t++) {
      const random = Array.from({ length: 1 + Math.floor(next() * 4) }, () => Array.from({ length: Math.floor(next() * 6) }, () => text(12)));
      const randomScanner = new PhraseScanner(random);
      const line = text(60);
      expect(randomScanner.scan(line)).toBe(bitsByIncludes(random.map((l) => l.filter((p) => p.length > 0)), line));
    }
  });

  it('refuses more lists than bits', () => {
    expect(() => new PhraseScanner(Array.from({ length: 32 }, () => ['x']))).toThrow(RangeError);
  });
});
