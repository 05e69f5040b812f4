// A list of line-start phrases, indexed by their first two UTF-16 units, so that a line is compared only with
// the phrases it could start with. Candidates keep the list's order: where the first matching phrase decides,
// it still does.

const NONE: readonly never[] = [];

export class PrefixIndex<T> {
  private readonly byHead = new Map<number, T[]>();
  /** First units of phrases shorter than two units: lines starting with one are compared with the whole list. */
  private readonly shortHeads = new Set<number>();

  constructor(
    private readonly entries: readonly T[],
    textOf: (entry: T) => string,
  ) {
    for (const entry of entries) {
      const text = textOf(entry);
      if (text.length < 2) {
        this.shortHeads.add(text.length === 0 ? -1 : text.charCodeAt(0));
        continue;
      }
      const key = headKey(text);
      const list = this.byHead.get(key);
      if (list) list.push(entry);
      else this.byHead.set(key, [entry]);
    }
  }

  /** The phrases that may start `line` (a superset of those that do), in list order. */
  candidates(line: string): readonly T[] {
    if (this.shortHeads.size > 0 && (this.shortHeads.has(-1) || this.shortHeads.has(line.charCodeAt(0)))) return this.entries;
    if (line.length < 2) return NONE;
    return this.byHead.get(headKey(line)) ?? NONE;
  }
}

function headKey(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}
