// A single linear pass over HTML before it reaches the DOM parser: drops scripts, styles and other
// non-text elements, comments, oversized and unneeded attributes, and tags nested deeper than the
// parser and Readability can safely recurse into. It does not validate HTML; it only bounds the work.

import { LT_PLACEHOLDER, textEscaper } from './html-entities.js';

export interface SanitizedHtml {
  /** Text has its character references decoded and '<' / '&' as placeholders (see html-entities.ts). */
  html: string;
  /** Number of elements kept. */
  elements: number;
  /** Bodies of <script type="application/ld+json">, kept for their datePublished. */
  jsonLd: string[];
}

/** Elements whose content is never article text. */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'textarea', 'button', 'video', 'audio', 'map', 'head-script',
]);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag is often omitted; they do not count towards the nesting depth. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp']);
const KEPT_ATTRIBUTES = new Set([
  'class', 'id', 'href', 'datetime', 'content', 'property', 'name', 'itemprop', 'lang', 'type', 'rel',
  'pubdate', 'charset', 'http-equiv', 'role', 'itemtype', 'itemscope',
]);
export const MAX_ATTRIBUTE_CHARS = 2_000;
export const MAX_DEPTH = 180;
const MAX_ATTRIBUTES = 16;
const MAX_JSON_LD_CHARS = 200_000;

export function sanitizeHtml(input: string): SanitizedHtml {
  const out: string[] = [];
  const jsonLd: string[] = [];
  const escaper = textEscaper();
  let elements = 0;
  let depth = 0;
  let i = 0;
  const n = input.length;
  while (i < n) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      out.push(escaper.encode(input.slice(i)));
      break;
    }
    if (lt > i) out.push(escaper.encode(input.slice(i, lt)));
    i = lt;
    if (input.startsWith('<!--', i)) {
      const end = input.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = input[i + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = input.indexOf('>', i);
      const decl = input.slice(i, end < 0 ? n : Math.min(end + 1, i + 200));
      if (/^<!doctype/i.test(decl) && end >= 0) out.push(decl);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = next === '/';
    const nameStart = closing ? i + 2 : i + 1;
    let j = nameStart;
    if (/[A-Za-z]/.test(input[j] ?? '')) while (j < n && /[A-Za-z0-9:-]/.test(input[j])) j++;
    if (j === nameStart) {
      out.push(LT_PLACEHOLDER);
      i++;
      continue;
    }
    const name = input.slice(nameStart, j).toLowerCase();
    const tag = scanTag(input, j);
    i = tag.end;
    if (closing) {
      if (VOID.has(name) || DROP_WITH_CONTENT.has(name)) continue;
      if (OPTIONAL_END.has(name)) {
        if (depth <= MAX_DEPTH) out.push(`</${name}>`);
        continue;
      }
      if (depth <= MAX_DEPTH) out.push(`</${name}>`);
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      const endRe = new RegExp(`</${name}\\s*>`, 'gi');
      endRe.lastIndex = i;
      const m = tag.selfClosing ? null : endRe.exec(input);
      const contentEnd = m ? m.index : n;
      if (name === 'script' && /application\/ld\+json/i.test(tag.attributes.type ?? '') && contentEnd - i <= MAX_JSON_LD_CHARS) {
        jsonLd.push(input.slice(i, contentEnd));
      }
      i = tag.selfClosing ? i : m ? m.index + m[0].length : n;
      continue;
    }
    const isVoid = VOID.has(name) || tag.selfClosing;
    if (!isVoid && !OPTIONAL_END.has(name)) depth++;
    if (depth > MAX_DEPTH) continue;
    elements++;
    out.push(`<${name}${renderAttributes(tag.attributes)}${isVoid && !VOID.has(name) ? '></' + name : ''}>`);
  }
  return { html: out.join(''), elements, jsonLd };
}

interface ScannedTag {
  attributes: Record<string, string>;
  selfClosing: boolean;
  /** Index just after the tag's '>'. */
  end: number;
}

/** Reads attributes from `start` to the closing '>' (quotes respected). Linear in the tag's length. */
function scanTag(input: string, start: number): ScannedTag {
  const attributes: Record<string, string> = {};
  let count = 0;
  let i = start;
  const n = input.length;
  let selfClosing = false;
  while (i < n) {
    const ch = input[i];
    if (ch === '>') return { attributes, selfClosing, end: i + 1 };
    if (ch === '/' ) {
      selfClosing = input[i + 1] === '>';
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && !/[\s=>/]/.test(input[i])) i++;
    const name = input.slice(nameStart, Math.min(i, nameStart + 64)).toLowerCase();
    while (i < n && /\s/.test(input[i])) i++;
    let value = '';
    let valueLength = 0;
    if (input[i] === '=') {
      i++;
      while (i < n && /\s/.test(input[i])) i++;
      const quote = input[i];
      if (quote === '"' || quote === "'") {
        const end = input.indexOf(quote, i + 1);
        const stop = end < 0 ? n : end;
        valueLength = stop - (i + 1);
        if (valueLength <= MAX_ATTRIBUTE_CHARS) value = input.slice(i + 1, stop);
        i = end < 0 ? n : end + 1;
      } else {
        const valueStart = i;
        while (i < n && !/[\s>]/.test(input[i])) i++;
        valueLength = i - valueStart;
        if (valueLength <= MAX_ATTRIBUTE_CHARS) value = input.slice(valueStart, i);
      }
    }
    if (KEPT_ATTRIBUTES.has(name) && valueLength <= MAX_ATTRIBUTE_CHARS && count < MAX_ATTRIBUTES && !(name in attributes)) {
      attributes[name] = value;
      count++;
    }
    if (i === nameStart) i++;
  }
  return { attributes, selfClosing, end: n };
}

function renderAttributes(attributes: Record<string, string>): string {
  let s = '';
  for (const [name, value] of Object.entries(attributes)) {
    s += ` ${name}="${value.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
  }
  return s;
}
