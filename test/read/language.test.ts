import { describe, expect, it } from 'vitest';
import { detectLanguage, readString } from '../../src/read/index.js';

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
