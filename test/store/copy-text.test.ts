// COPY text format: what PostgreSQL reads back must be exactly the values written.
import { describe, expect, it } from 'vitest';
import { byteaHex, copyLine, integerArray } from '../../src/store/copy-text.js';

describe('copyLine', () => {
  it('separates columns by tabs, ends rows with a newline and writes null as \\N', () => {
    expect(copyLine(['a', null, 1.5, true, false])).toBe('a\t\\N\t1.5\tt\tf\n');
    expect(copyLine(['', 'b', 0, null, '\\N'])).toBe('\tb\t0\t\\N\t\\\\N\n');
  });

  it('escapes backslash, newline, carriage return and tab, and nothing else', () => {
    expect(copyLine(['C:\\x\ty\r\nz « é » 🚀 \u00a0'])).toBe('C:\\\\x\\ty\\r\\nz « é » 🚀 \u00a0\n');
  });

  it('refuses numbers PostgreSQL cannot read back', () => {
    expect(() => copyLine([Number.NaN])).toThrow(/not a finite number/);
    expect(() => integerArray([1.5])).toThrow(/not an integer/);
  });

  it('writes bytea in hex form and integer arrays as literals', () => {
    expect(byteaHex(Uint8Array.of(0, 15, 255))).toBe('\\x000fff');
    expect(copyLine([byteaHex(Uint8Array.of(1))])).toBe('\\\\x01\n');
    expect(integerArray([-5, 0, 2_147_483_647])).toBe('{-5,0,2147483647}');
    expect(integerArray([])).toBe('{}');
  });
});
