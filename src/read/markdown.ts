// Markdown → plain paragraphs: front matter read as metadata, markup removed, words kept as written.
import { parse as parseYaml } from 'yaml';

export interface MarkdownArticle {
  text: string;
  title: string | null;
  published: string | null;
  lang: string | null;
}

export function extractMarkdown(raw: string): MarkdownArticle {
  let body = raw.replace(/^\ufeff/, '');
  let meta: Record<string, unknown> = {};
  const fm = /^---\r?\n([\s\S]{0,20000}?)\r?\n---\r?\n/.exec(body);
  if (fm) {
    try {
      const data: unknown = parseYaml(fm[1]);
      if (data && typeof data === 'object' && !Array.isArray(data)) meta = data as Record<string, unknown>;
      body = body.slice(fm[0].length);
    } catch {
      // Not front matter after all: leave the text as it is.
    }
  }
  const lines = body.split(/\r\n|\r|\n/);
  const out: string[] = [];
  let inFence = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    const plain = stripBlock(line);
    // Very long lines are not Markdown prose; skipping them keeps the bounded patterns cheap.
    out.push(plain.length <= 20_000 ? stripInline(plain) : plain);
  }
  const stringField = (...keys: string[]) => {
    for (const k of keys) {
      const v = meta[k];
      if (typeof v === 'string' && v.trim()) return v.trim();
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    }
    return null;
  };
  return {
    text: out.join('\n'),
    title: stringField('title'),
    published: stringField('published', 'date', 'datePublished', 'pubDate'),
    lang: stringField('lang', 'language'),
  };
}

function stripBlock(line: string): string {
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return '';
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s{0,3}(>\s?)+/, '')
    .replace(/^\s{0,3}[-*+]\s+/, '')
    .replace(/^\s{0,3}\d{1,9}[.)]\s+/, '');
}

/** Images dropped, links to their text, emphasis and code marks removed. Each pattern is bounded and linear. */
function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, '$1')
    .replace(/\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^*_\n]{1,2000}?)\1/g, '$2')
    .replace(/`([^`\n]{1,2000})`/g, '$1');
}
