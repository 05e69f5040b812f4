// Character references decoded before the DOM parser sees the text. linkedom makes one text node per
// entity and per stray '<', so a page of "&amp;" or "<<<<" would become millions of nodes (and a
// stack overflow inside Readability). Decoding here keeps one text node per run of text; '<' and '&'
// left in text are carried as private-use placeholders and restored in the extracted paragraphs.

export const LT_PLACEHOLDER = '\ue000';
export const AMP_PLACEHOLDER = '\ue001';

/** Named references a news page uses; any other is left to the parser (their count is capped). */
const NAMED: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, nbsp: 160, laquo: 171, raquo: 187, lsquo: 8216, rsquo: 8217,
  sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222, lsaquo: 8249, rsaquo: 8250, hellip: 8230, ndash: 8211,
  mdash: 8212, bull: 8226, middot: 183, copy: 169, reg: 174, trade: 8482, deg: 176, euro: 8364, pound: 163,
  yen: 165, cent: 162, sect: 167, para: 182, times: 215, divide: 247, shy: 173, thinsp: 8201, ensp: 8194,
  emsp: 8195, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207, iexcl: 161, iquest: 191, ordm: 186, ordf: 170,
  oelig: 339, OElig: 338, szlig: 223, micro: 181, plusmn: 177, frac12: 189, frac14: 188, frac34: 190,
  sup2: 178, sup3: 179, prime: 8242, Prime: 8243, dagger: 8224, Dagger: 8225, permil: 8240, minus: 8722,
};
// Latin-1 letters: &Agrave; ... &yuml; (names and code points follow the HTML table).
const LATIN1_LETTERS: [string, number][] = [
  ['Agrave', 192], ['Aacute', 193], ['Acirc', 194], ['Atilde', 195], ['Auml', 196], ['Aring', 197], ['AElig', 198],
  ['Ccedil', 199], ['Egrave', 200], ['Eacute', 201], ['Ecirc', 202], ['Euml', 203], ['Igrave', 204], ['Iacute', 205],
  ['Icirc', 206], ['Iuml', 207], ['ETH', 208], ['Ntilde', 209], ['Ograve', 210], ['Oacute', 211], ['Ocirc', 212],
  ['Otilde', 213], ['Ouml', 214], ['Oslash', 216], ['Ugrave', 217], ['Uacute', 218], ['Ucirc', 219], ['Uuml', 220],
  ['Yacute', 221], ['THORN', 222],
];
for (const [name, code] of LATIN1_LETTERS) {
  NAMED[name] = code;
  NAMED[name.toLowerCase()] = code + 32;
}
NAMED.yuml = 255;

/** Windows-1252 code points that numeric references in 0x80-0x9F stand for (HTML parsing rules). */
const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** Unknown named references handed to the parser at most this many times per page. */
const MAX_UNKNOWN_REFERENCES = 5_000;

export interface TextEscaper {
  encode(text: string): string;
}

/** One encoder per page: it counts the unknown references it lets through. */
export function textEscaper(): TextEscaper {
  let unknown = 0;
  const pattern = /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31})(;?)|[&<\ue000\ue001]/g;
  return {
    encode(text: string): string {
      return text.replace(pattern, (match: string, ref: string | undefined, semicolon: string | undefined) => {
        if (ref === undefined) {
          if (match === '<') return LT_PLACEHOLDER;
          if (match === '&') return AMP_PLACEHOLDER;
          return ''; // a placeholder character in the input itself
        }
        const code = referenceCode(ref, semicolon === ';');
        if (code !== null) return escapeChar(String.fromCodePoint(code));
        if (unknown++ < MAX_UNKNOWN_REFERENCES) return match;
        return `${AMP_PLACEHOLDER}${ref}${semicolon ?? ''}`;
      });
    },
  };
}

function referenceCode(ref: string, terminated: boolean): number | null {
  if (ref[0] === '#') {
    let code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (CP1252[code]) code = CP1252[code];
    if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 0xfffd;
    return code;
  }
  // Without the semicolon only the legacy names are references ("&amp" yes, "&ampersand" no).
  if (!terminated && !['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg'].includes(ref)) return null;
  return NAMED[ref] ?? null;
}

function escapeChar(ch: string): string {
  if (ch === '<') return LT_PLACEHOLDER;
  if (ch === '&') return AMP_PLACEHOLDER;
  return ch;
}

/** Puts back the '<' and '&' carried as placeholders. */
export function restorePlaceholders(text: string): string {
  if (!text.includes(LT_PLACEHOLDER) && !text.includes(AMP_PLACEHOLDER)) return text;
  return text.replace(/\ue000/g, '<').replace(/\ue001/g, '&');
}
