import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, loadLexicon, readString } from '../../src/read/index.js';
import { fold, seeds, tempDir } from './helpers.js';

describe('cleaning the bundled seeds against the gold', () => {
  for (const { name, text, gold } of seeds()) {
    describe(name, () => {
      const doc = readString(text, { source: name, format: 'text' });
      const cleanedFolded = fold(doc.text);

      it('removes every gold boilerplate line and reports it', () => {
        const removed = doc.removedBoilerplate.map(fold);
        for (const line of gold.boilerplate) {
          expect(removed).toContain(fold(line));
          expect(doc.text.split('\n').map(fold)).not.toContain(fold(line));
        }
      });

      it('keeps every gold evidence and quote, character for character', () => {
        for (const e of gold.events) expect(doc.text).toContain(e.evidence);
        for (const q of gold.quotes) expect(doc.text).toContain(q.contains);
      });

      it('loses no other line than boilerplate and title repeats', () => {
        const boilerplate = new Set(gold.boilerplate.map(fold));
        const lost = text
          .split(/\r?\n/)
          .map((l) => l.trimEnd())
          .filter((l) => l.trim().length > 0)
          .filter((l) => !doc.text.includes(l) && !boilerplate.has(fold(l)))
          .filter((l) => !(doc.title && fold(l) === fold(doc.title) && cleanedFolded.includes(fold(l))));
        expect(lost).toEqual([]);
      });

      it('labels the seed with the gold language', () => {
        expect(doc.lang).toBe(gold.lang);
      });
    });
  }
});

describe('line rules', () => {
  it('keeps the first title and drops its repeats', () => {
    const r = cleanText('Poutine étend le recours aux armes\n\nPoutine étend le recours aux armes\nPoutine étend le recours aux armes\n\nLe président russe a signé mardi le décret.');
    expect(r.title).toBe('Poutine étend le recours aux armes');
    expect(r.text).toBe('Poutine étend le recours aux armes\n\nLe président russe a signé mardi le décret.');
    expect(r.removed).toHaveLength(2);
  });

  it('takes a lede paragraph as text, not as a title', () => {
    const r = cleanText('Vendredi, le président russe a averti que tout missile serait suivi d’une riposte.\n\nLa suite.');
    expect(r.title).toBeNull();
  });

  it('prepends the metadata title when the text does not start with it', () => {
    const r = cleanText('Le président russe a signé mardi le décret.', { title: 'Poutine signe' });
    expect(r.text.startsWith('Poutine signe\n\nLe président')).toBe(true);
  });

  it('drops an unknown short Title-Case site name before the headline', () => {
    const r = cleanText('Le Journal Quotidien\n\nLes armes nucléaires au cœur des discussions\n\nLe Kremlin a réuni ses généraux mardi.');
    expect(r.removed).toEqual(['Le Journal Quotidien']);
    expect(r.title).toBe('Les armes nucléaires au cœur des discussions');
  });

  it('keeps a Title-Case first line that shares words with the headline', () => {
    const r = cleanText('Armes Nucléaires Russes\n\nLes armes nucléaires russes au cœur des discussions\n\nLe Kremlin a réuni ses généraux.');
    expect(r.removed).toEqual([]);
  });

  it('keeps capitals inside sentences, bylines and credit lines', () => {
    const text = [
      'Titre de l’article sur les missiles',
      'La Russie a testé un ICBM Sarmat, selon l’OTAN et le SBU.',
      'Par Jean Dupont, AFP',
      'L’Associated Press a contribué à ce rapport.',
      '“WE WILL RESPOND WITH FORCE.”',
      'POUTINE TIENT UNE RÉUNION DU CONSEIL DE SÉCURITÉ',
      'Le Kremlin n’a fait aucun commentaire.',
    ].join('\n\n');
    const r = cleanText(text);
    expect(r.text).toContain('ICBM Sarmat, selon l’OTAN et le SBU.');
    expect(r.text).toContain('Par Jean Dupont, AFP');
    expect(r.text).toContain('L’Associated Press a contribué à ce rapport.');
    expect(r.text).toContain('“WE WILL RESPOND WITH FORCE.”');
    expect(r.text).toContain('Le Kremlin n’a fait aucun commentaire.');
    expect(r.removed).toEqual(['POUTINE TIENT UNE RÉUNION DU CONSEIL DE SÉCURITÉ']);
  });

  it('removes a cue line and its headline, but not a following paragraph', () => {
    const headline = cleanText('Titre\n\nPremier paragraphe.\n\nRead more:\nRussia tests a new missile over the Arctic\n\nLast paragraph.');
    expect(headline.removed).toEqual(['Read more:', 'Russia tests a new missile over the Arctic']);
    const paragraph = cleanText('Titre\n\nPremier paragraphe.\n\nRead more\n\nThe ministry said on Tuesday that the test had succeeded.\n\nEnd.');
    expect(paragraph.removed).toEqual(['Read more']);
    expect(paragraph.text).toContain('The ministry said on Tuesday that the test had succeeded.');
  });

  it('tells a tag cloud from a lower-case sentence', () => {
    const r = cleanText('Titre\n\nTexte.\n\nmissile balistique otan russie ukraine frappe nucléaire\n\nla russie a déployé des armes dans le pays\n\nsarmat, icbm, kremlin, doctrine');
    expect(r.removed).toEqual(['missile balistique otan russie ukraine frappe nucléaire', 'sarmat, icbm, kremlin, doctrine']);
    expect(r.text).toContain('la russie a déployé des armes dans le pays');
  });

  it('finds a tag cloud in a text written one paragraph per line, without blank lines', () => {
    const r = cleanText('Poutine a signé le décret mardi.\nLe Kremlin a confirmé la signature.\nnucléaire poutine russie doctrine décret\nLa Maison Blanche a réagi.');
    expect(r.removed).toEqual(['nucléaire poutine russie doctrine décret']);
  });

  it('removes share bars, ads, navigation, follow prompts and comment forms in English and French', () => {
    const noise = ['Related: Russia moves tactical weapons to Belarus', 'Subscribe to our newsletter', 'Share on Facebook', 'Facebook | Twitter | WhatsApp | Email', 'PUBLICITÉ', 'Partager sur LinkedIn', 'Article précédent : Le G7 se réunit', 'Suivez-nous sur Google News', 'Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.'];
    const r = cleanText(['Titre', 'Le texte de l’article.', ...noise, 'Fin de l’article.'].join('\n\n'));
    expect(r.removed).toEqual(noise);
    expect(r.text).toBe('Titre\n\nLe texte de l’article.\n\nFin de l’article.');
  });

  it('joins hard-wrapped lines back into their paragraph before applying the rules', () => {
    const r = cleanText('Titre\n\nLe président russe a signé mardi un décret qui étend les\npossibilités de recours aux armes nucléaires.');
    expect(r.text).toBe('Titre\n\nLe président russe a signé mardi un décret qui étend les possibilités de recours aux armes nucléaires.');
  });

  it('normalises line endings and trailing spaces but keeps typographic characters', () => {
    const r = cleanText('Titre\r\n\r\n« Il ne plaisante pas », a-t-il dit.   \r\nL’OTAN répond.\u00a0\r\n');
    expect(r.text).toBe('Titre\n\n« Il ne plaisante pas », a-t-il dit.\n\nL’OTAN répond.');
  });

  it('cleans a 5 MB single-line input (linear-time rules)', () => {
    const big = 'La Russie menace. '.repeat(300_000);
    const r = cleanText(big);
    expect(r.text.length).toBe(big.trimEnd().length);
    const caps = cleanText(`${'A'.repeat(5_000_000)}`);
    expect(caps.text.length).toBe(5_000_000);
    const punct = readString(`${'[!'.repeat(1_000_000)}x`, { source: 'p.md', format: 'markdown' });
    expect(punct.text.length).toBeGreaterThan(1_000_000);
  });
});

describe('lexicon', () => {
  it('loads with a version and sources', () => {
    const lexicon = loadLexicon();
    expect(lexicon.version).toBeGreaterThan(0);
    expect(lexicon.shareWords.has('facebook')).toBe(true);
  });

  it('names the file and the field of an invalid lexicon', () => {
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, 'bad.yaml');
      writeFileSync(path, 'version: 1\nsources: [x]\nshareWords: [facebook]\nsharePrefixes: 3\n');
      expect(() => loadLexicon(path)).toThrow(/bad\.yaml: field "sharePrefixes"/);
    } finally {
      cleanup();
    }
  });
});
