import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, SUPPORTED_LANGUAGES } from '../../src/code/index.js';
import { code } from './helpers.js';

const seed = readFileSync(new URL('../../corpus/seeds/000_c356c7000ee62a82.txt', import.meta.url), 'utf8');

describe('extract: record shape and determinism', () => {
  it('keeps the document metadata and offsets into the text', () => {
    const r = code(seed, 'fr', '2022-12-10');
    expect(r.document).toMatchObject({ id: 'test', lang: 'fr', published: '2022-12-10' });
    for (const a of r.actors) for (const m of a.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
    for (const q of r.quotes) expect(seed.slice(q.start, q.end).length).toBeGreaterThan(0);
    for (const e of r.events) expect(seed.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(r.actors.find((a) => a.id === 'vladimir-putin')).toMatchObject({ kind: 'person', state: 'RUS' });
  });
  it('is deterministic', () => {
    expect(JSON.stringify(code(seed, 'fr', '2022-12-10'))).toBe(JSON.stringify(code(seed, 'fr', '2022-12-10')));
  });
  it('labels an unsupported language as not coded', () => {
    expect(SUPPORTED_LANGUAGES).toEqual(['fr', 'en']);
    const r = extract({ id: 'x', source: 's', title: null, lang: 'de', published: null, text: 'Russland hat Atomwaffen verlegt.', removedBoilerplate: [] });
    expect(r.events).toEqual([]);
    expect(r.quotes).toEqual([]);
    expect(r.actors).toEqual([]);
    expect(r.notCoded).toMatch(/language "de" is not supported/);
  });
  it('resolves relative dates only against the publication date', () => {
    const withDate = code('Vendredi, la Russie a déployé des armes nucléaires en Biélorussie.', 'fr', '2024-11-19');
    expect(withDate.events[0].date.value).toBe('2024-11-15');
    const without = code('Vendredi, la Russie a déployé des armes nucléaires en Biélorussie.', 'fr', null);
    expect(without.events[0].date.value).toBeNull();
  });
});

describe('extract: hostile input finishes with a sane result', () => {
  it('a 5 MB paragraph without punctuation', () => {
    const words = seed.replace(/[.,!?;:«»“”"–]/g, ' ').split(/\s+/).filter(Boolean);
    const parts: string[] = [];
    let len = 0;
    for (let i = 0; len < 5_000_000; i++) {
      parts.push(words[i % words.length]);
      len += words[i % words.length].length + 1;
    }
    const text = parts.join(' ');
    const r = code(text, 'fr', '2022-12-10');
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events.slice(0, 50)) {
      expect(e.evidence.text.length).toBeLessThanOrEqual(4000);
      expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
  });
  it('unbalanced quotes', () => {
    const text = 'Poutine a déclaré : « nos missiles sont prêts. Il a ajouté que rien ne changerait.\n\nLe Kremlin » a « répondu « encore.';
    const r = code(text, 'fr');
    for (const q of r.quotes) expect(q.start).toBeLessThanOrEqual(q.end);
    expect(r.events.find((e) => e.type === 'NUCLEAR_THREAT')?.actor).toBe('RUS');
  });
  it('a thousand nested quote marks', () => {
    const text = `Biden said: ${'“'.repeat(1000)}nuclear war is not an option${'”'.repeat(1000)} and left.`;
    const r = code(text, 'en', '2022-10-10');
    expect(r.quotes.length).toBeLessThanOrEqual(1);
    const many = code(`${'« '.repeat(20000)}fin`, 'fr');
    expect(many.events).toEqual([]);
  });
  it('mixed scripts', () => {
    const text = 'Путин заявил: «ядерное оружие». 习近平 said "we oppose nuclear threats". Poutine a menacé d’utiliser l’arme nucléaire. 🚀🚀 نووي';
    const r = code(text, 'fr', '2023-01-01');
    expect(r.events.some((e) => e.actor === 'RUS')).toBe(true);
    for (const a of r.actors) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
  it('empty text', () => {
    expect(code('', 'fr').events).toEqual([]);
  });
});
