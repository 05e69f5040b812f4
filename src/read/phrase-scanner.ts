// Which of several phrase lists occur anywhere in a line, in one pass over the line: the same answer as
// `list.some((phrase) => line.includes(phrase))` for each list. Phrases are indexed by a hash of their first
// eight UTF-16 units; a position whose eight units hash to no phrase start costs one table read, so a line of
// prose (the common case) is rejected without comparing any phrase.

const HEAD = 8;
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;

interface Entry {
  phrase: string;
  /** The bits of the lists that hold the phrase. */
  lists: number;
}

export class PhraseScanner {
  /** Per hash of a phrase's first eight units, 1 + the index in `groups` of the phrases that start so; 0 for none. */
  private readonly slots = new Int32Array(1 << TABLE_BITS);
  private readonly groups: Entry[][] = [];
  /** Phrases shorter than eight units, looked for with includes. */
  private readonly short: Entry[] = [];

  /** lists[i] sets bit i of what scan returns; at most 31 lists. */
  constructor(lists: readonly (readonly string[])[]) {
    if (lists.length > 31) throw new RangeError('at most 31 phrase lists');
    const merged = new Map<string, number>();
    lists.forEach((list, index) => {
      for (const phrase of list) if (phrase.length > 0) merged.set(phrase, (merged.get(phrase) ?? 0) | (1 << index));
    });
    for (const [phrase, bits] of merged) {
      const entry = { phrase, lists: bits };
      if (phrase.length < HEAD) {
        this.short.push(entry);
        continue;
      }
      const slot = headHash(phrase, 0);
      if (this.slots[slot] === 0) this.slots[slot] = this.groups.push([]);
      this.groups[this.slots[slot] - 1].push(entry);
    }
  }

  /** The bits of the lists with a phrase that occurs in `line`. */
  scan(line: string): number {
    let found = 0;
    for (const entry of this.short) if (line.includes(entry.phrase)) found |= entry.lists;
    const slots = this.slots;
    let hash = 0;
    for (let end = 0; end < line.length; end++) {
      hash = roll(hash, line.charCodeAt(end));
      if (end < HEAD - 1) continue;
      const group = slots[hash];
      if (group === 0) continue;
      const i = end - (HEAD - 1);
      for (const entry of this.groups[group - 1]) if ((found & entry.lists) !== entry.lists && line.startsWith(entry.phrase, i)) found |= entry.lists;
    }
    return found;
  }
}

/** The hash of the last eight units, one unit more: each unit shifts the older ones up two bits, out after eight. */
function roll(hash: number, unit: number): number {
  return ((hash << 2) ^ unit) & TABLE_MASK;
}

function headHash(text: string, at: number): number {
  let h = 0;
  for (let i = at; i < at + HEAD; i++) h = roll(h, text.charCodeAt(i));
  return h;
}
