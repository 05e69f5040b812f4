import { describe, expect, it } from 'vitest';
import { readString } from '../../src/read/index.js';
import { restorePlaceholders } from '../../src/read/html-entities.js';
import { sanitizeHtml } from '../../src/read/html-sanitize.js';
import { fold, seeds } from './helpers.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');

/** The seed as a news page would serve it: one <p> per line, inside an article with page chrome around. */
function asPage(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  return `<!doctype html><html><head><meta charset="utf-8"><title>Page</title>
<script>window.dataLayer = [{"a": "<p>tracking</p>"}];</script><style>body { font: 12px serif }</style></head>
<body><header class="site-header"><nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">Monde</a></li></ul></nav></header>
<main><article class="post-content">${lines.map((l) => `<p>${escape(l.trimEnd())}</p>`).join('\n')}</article></main>
<footer><p>© 2024 Tous droits réservés</p></footer></body></html>`;
}

describe('HTML path on the seeds', () => {
  for (const { name, text, gold } of seeds()) {
    it(`${name}: boilerplate removed, evidence and quotes kept`, () => {
      const doc = readString(asPage(text), { source: `${name}.html` });
      const removed = doc.removedBoilerplate.map(fold);
      for (const line of gold.boilerplate) expect(removed).toContain(fold(line));
      for (const e of gold.events) expect(doc.text).toContain(e.evidence);
      for (const q of gold.quotes) expect(doc.text).toContain(q.contains);
      expect(doc.text).not.toContain('tracking');
      expect(doc.lang).toBe(gold.lang);
    });
  }
});

describe('HTML sanitizer', () => {
  it('decodes character references into the original characters', () => {
    const doc = readString('<html><body><p>L&rsquo;OTAN &amp; la Russie&nbsp;: &laquo;&#160;non&#xA0;&raquo; &#146;ok&#8217; AT&T &lt;b&gt; &eacute;t&eacute; &unknownref;</p></body></html>', { source: 'e.html' });
    expect(doc.text).toBe('L’OTAN & la Russie\u00a0: «\u00a0non\u00a0» ’ok’ AT&T <b> été &unknownref;');
  });

  it('reads pages made of millions of references or stray "<" in linear time', () => {
    const amps = readString(`<html><body><p>Début ${'&amp;'.repeat(300_000)} fin.</p></body></html>`, { source: 'amp.html' });
    expect(amps.text).toBe(`Début ${'&'.repeat(300_000)} fin.`);
    const lts = readString(`${'<'.repeat(1_000_000)}x`, { source: 'lt.html', format: 'html' });
    expect(lts.text).toBe('<'.repeat(999_999)); // the last "<x" opens an (unterminated) element, as in browsers
    const paragraphs = readString(`<html><body>${'<p>La Russie menace encore une fois.</p>'.repeat(31_000)}</body></html>`, { source: 'p.html' });
    expect(paragraphs.text.split('\n\n')).toHaveLength(31_000);
  });

  it('drops scripts, styles, comments and oversized attributes, keeps text and useful attributes', () => {
    const { html: encoded, jsonLd } = sanitizeHtml(`<div class="a" style="x" onclick="evil()" data-big="${'z'.repeat(5000)}">Un<!-- hidden --> <script type="application/ld+json">{"datePublished":"2024-01-02"}</script><b>deux</b><SCRIPT>alert(1)</SCRIPT><style>p{}</style> trois &amp; <p>quatre</p></div>`);
    expect(restorePlaceholders(encoded)).toBe('<div class="a">Un <b>deux</b> trois & <p>quatre</p></div>');
    expect(jsonLd).toEqual(['{"datePublished":"2024-01-02"}']);
  });

  it('keeps a stray "<" as text and survives an unterminated tag or script', () => {
    expect(restorePlaceholders(sanitizeHtml('a < b and 3<4').html)).toBe('a < b and 3<4');
    expect(sanitizeHtml('<p>ok</p><script>never closed').html).toBe('<p>ok</p>');
    // As in browsers, an unterminated quoted value swallows the rest of the input.
    expect(sanitizeHtml('<p class="never closed>text').html).toBe('<p class="never closed>text">');
  });
});
