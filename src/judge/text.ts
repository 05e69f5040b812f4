// Text matching used by doctrine predicates: case-, accent- and apostrophe-insensitive.
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The first of `needles` found in `text`, or null. */
export function findAny(text: string, needles: string[]): string | null {
  const hay = fold(text);
  for (const needle of needles) if (hay.includes(fold(needle))) return needle;
  return null;
}
