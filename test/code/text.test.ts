import { describe, expect, it } from 'vitest';
import { fold, tokenize } from '../../src/code/text.js';
import { segment } from '../../src/code/segment.js';

const sentences = (text: string) => {
  const seg = segment(text);
  return seg.sentences.map((s) => text.slice(s.start, s.end));
};

describe('tokeniser', () => {
  it('folds case, accents and typographic apostrophes', () => {
    expect(fold('Pékin’S')).toBe("pekin's");
    expect(fold('ŒUVRE')).toBe('oeuvre');
  });
  it('splits French elisions and English possessives, keeps hyphenated words', () => {
    expect(tokenize("l’OTAN d'Ukraine").map((t) => t.norm)).toEqual(["l'", 'otan', "d'", 'ukraine']);
    expect(tokenize("Russia's nuclear posture").map((t) => t.norm)).toEqual(['russia', "'s", 'nuclear', 'posture']);
    expect(tokenize('a-t-il déclaré aux États-Unis').map((t) => t.norm)).toEqual(['a-t-il', 'declare', 'aux', 'etats-unis']);
  });
  it('gives offsets into the text', () => {
    const text = 'Selon « Moscou »';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentence segmentation', () => {
  it('survives French and English abbreviations', () => {
    expect(sentences('M. Stoltenberg a parlé. Mme Zakharova a répondu.')).toHaveLength(2);
    expect(sentences('Gen. Milley met Dr. Smith in the U.S. capital. He left.')).toHaveLength(2);
    expect(sentences('Sir Jeremy Fleming spoke to Express.co.uk on Monday.')).toHaveLength(1);
  });
  it('"No." abbreviates only before a number; before a word it is an answer that ends its sentence', () => {
    expect(sentences('GEN. RYDER: No. We have seen nothing new.')).toHaveLength(2);
    expect(sentences('Résolution No. 2231 adoptée hier. Elle tient.')).toHaveLength(2);
    expect(sentences('The vote on resolution No. 12 was close.')).toHaveLength(1);
  });
  it('keeps a closing quote mark with its sentence, with non-breaking spaces inside guillemets', () => {
    const out = sentences('Il a dit\u00a0: «\u00a0Nous sommes prêts.\u00a0» Puis il est parti.');
    expect(out).toHaveLength(2);
    expect(out[0].endsWith('»')).toBe(true);
    expect(sentences('"We are ready." Then he left.')[0]).toBe('"We are ready."');
  });
  it('treats lines as paragraphs and marks repeated lines', () => {
    const seg = segment('Titre répété\nTitre répété\n\nAutre paragraphe.');
    expect(seg.paragraphs).toHaveLength(3);
    expect(seg.paragraphs[1].duplicate).toBe(true);
  });
  it('cuts a run-on text without punctuation into bounded units', () => {
    const text = Array.from({ length: 3000 }, () => 'mot').join(' ');
    const seg = segment(text);
    expect(seg.sentences.length).toBeGreaterThan(5);
    expect(seg.sentences[seg.sentences.length - 1].end).toBe(text.length);
  });
});
