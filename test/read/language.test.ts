import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eld } from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { detectLanguage, readString } from '../../src/read/index.js';
import { functionWordLanguage, loadLanguageLists } from '../../src/read/language.js';
import { ROOT, tempDir } from './helpers.js';

describe('language detection', () => {
  it.each([
    ['fr', 'Le président russe a signé mardi le décret qui étend les possibilités de recours à l’arme nucléaire.'],
    ['fr', 'L’OTAN va lancer un exercice de dissuasion nucléaire la semaine prochaine.'],
    ['en', 'Russia has put its Sarmat intercontinental ballistic missile on combat duty, officials said.'],
    ['en', 'NATO will hold its annual nuclear exercise next week.'],
    ['de', 'Der russische Präsident hat am Dienstag ein Dekret über den Einsatz von Atomwaffen unterzeichnet.'],
  ])('labels %s', (lang, text) => {
    const r = detectLanguage(text);
    expect(r.lang).toBe(lang);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it("says 'und' when there is nothing to go on", () => {
    expect(detectLanguage('12345 67890').lang).toBe('und');
  });

  it('lets a forced language win', () => {
    const doc = readString('Titre\n\nLe président russe a signé mardi le décret.', { source: 'x.txt', lang: 'EN' });
    expect(doc.lang).toBe('en');
    expect(doc.langScore).toBeUndefined();
  });
});

const lists = loadLanguageLists();
const FRENCH = [
  'Le président russe a signé mardi un décret qui élargit les conditions dans lesquelles Moscou pourrait recourir à l’arme nucléaire.',
  'Selon le texte publié par le Kremlin, une agression contre la Russie par un État non nucléaire avec le soutien d’une puissance nucléaire sera considérée comme une attaque conjointe.',
  'Les alliés de l’Ukraine ont condamné cette décision, qui vise selon eux à intimider les pays qui livrent des missiles à Kiev.',
].join(' ');
const ENGLISH = [
  'The Russian president signed a decree on Tuesday that widens the conditions under which Moscow could use nuclear weapons.',
  'According to the text published by the Kremlin, an attack on Russia by a non-nuclear state with the support of a nuclear power will be treated as a joint attack.',
  'Ukraine’s allies condemned the decision, which they said was meant to intimidate the countries that send long-range missiles to Kyiv.',
].join(' ');

describe('the function-word check before eld (data/read/languages.yaml)', () => {
  it('labels plainly French and plainly English text itself', () => {
    expect(detectLanguage(FRENCH)).toMatchObject({ lang: 'fr', method: 'function-words', score: 1 });
    expect(detectLanguage(ENGLISH)).toMatchObject({ lang: 'en', method: 'function-words', score: 1 });
  });

  it('leaves mixed, short and other-language texts to eld', () => {
    const mixed = `${FRENCH.slice(0, 300)} ${ENGLISH.slice(0, 300)}`;
    expect(functionWordLanguage(mixed, lists)).toBeNull();
    expect(detectLanguage(mixed).method).toBe('eld');
    expect(functionWordLanguage('NATO will hold its annual nuclear exercise next week.', lists)).toBeNull();
    const dir = join(ROOT, 'test', 'read', 'fixtures', 'languages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(functionWordLanguage(text, lists), file).toBeNull();
      expect(detectLanguage(text), file).toMatchObject({ lang: file.slice(0, 2), method: 'eld' });
    }
  });

  it('counts words of every script, so a few English words in a Russian text do not make it English', () => {
    const russian = 'Президент России подписал во вторник указ, расширяющий условия применения ядерного оружия. ';
    const text = `${russian.repeat(6)} The and of that with is was for this are have has.`;
    expect(functionWordLanguage(text, lists)).toBeNull();
  });

  it('agrees with eld on every text of the bundled corpora and on each of their paragraphs it decides', () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(txt|html)$/.test(name)) texts.push(readFileSync(path, 'utf8'));
      }
    };
    walk(join(ROOT, 'corpus'));
    let decided = 0;
    for (const raw of texts) {
      const text = readString(raw, { source: 'corpus', format: raw.trimStart().startsWith('<') ? 'html' : 'text' }).text;
      for (const piece of [text, ...text.split(/\n+/).filter((p) => p.length >= 150)]) {
        const quick = functionWordLanguage(piece, lists);
        if (!quick) continue;
        decided++;
        expect(quick.lang, piece.slice(0, 80)).toBe(eld.detect(piece).language);
      }
    }
    expect(texts.length).toBeGreaterThan(60);
    expect(decided).toBeGreaterThan(150);
  });

  it('refuses a list file with a word in two languages, or a bad threshold, naming the field', () => {
    const { dir, cleanup } = tempDir();
    try {
      const base = readFileSync(join(ROOT, 'data', 'read', 'languages.yaml'), 'utf8');
      const twice = join(dir, 'twice.yaml');
      writeFileSync(twice, base.replace('en: [the,', 'en: [les, the,'));
      expect(() => loadLanguageLists(twice)).toThrow(/"les" is listed for fr and en/);
      const share = join(dir, 'share.yaml');
      writeFileSync(share, base.replace('minShare: 0.12', 'minShare: 1.5'));
      expect(() => loadLanguageLists(share)).toThrow(/field minShare:/);
      const word = join(dir, 'word.yaml');
      writeFileSync(word, base.replace('en: [the,', 'en: [The,'));
      expect(() => loadLanguageLists(word)).toThrow(/field functionWords\.en\.0:/);
    } finally {
      cleanup();
    }
  });
});
