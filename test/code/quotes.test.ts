import { describe, expect, it } from 'vitest';
import { code } from './helpers.js';

const quotes = (text: string, lang = 'fr', published = '2024-11-19') => code(text, lang, published).quotes.map((q) => ({ id: q.speaker.id, name: q.speaker.name, text: q.text, direct: q.direct }));

describe('direct quotes and their speakers (French)', () => {
  it('finds the speaker after the quote with an inverted pronoun', () => {
    const q = quotes('Le président russe Vladimir Poutine a parlé mardi. « Nous ne reculerons pas devant la pression », a-t-il déclaré devant la presse.');
    expect(q).toEqual([{ id: 'vladimir-putin', name: 'Vladimir Putin', text: 'Nous ne reculerons pas devant la pression', direct: true }]);
  });
  it('resolves "elle" to the last female person', () => {
    const q = quotes("Maria Zakharova a reçu des journalistes. Sergueï Lavrov était absent. « C'est une provocation inacceptable », a-t-elle ajouté.");
    expect(q[0].id).toBe('maria-zakharova');
  });
  it('finds the speaker before the quote ("X a déclaré :") with non-breaking spaces', () => {
    const q = quotes('Emmanuel Macron a déclaré\u00a0: «\u00a0La France ne cédera pas au chantage.\u00a0»');
    expect(q[0]).toMatchObject({ id: 'emmanuel-macron', text: 'La France ne cédera pas au chantage.' });
  });
  it('finds the speaker named after the cue ("a déclaré vendredi le porte-parole du Kremlin")', () => {
    const q = quotes('« Les livraisons d’armes sont une escalade », a déclaré vendredi le porte-parole du Kremlin, Dmitri Peskov.');
    expect(q[0].id).toBe('dmitry-peskov');
  });
  it('accepts mixed quote pairs and continues a quote in the next paragraph', () => {
    const q = quotes('Olaf Scholz a affirmé : “Nous soutiendrons Kiev aussi longtemps que nécessaire.\n\n« Personne ne doit douter de notre détermination. »');
    expect(q.map((x) => x.id)).toEqual(['olaf-scholz', 'olaf-scholz']);
  });
  it('attributes a short quoted phrase in reported speech to the subject, as a partial quote', () => {
    const q = quotes('Antony Blinken a estimé que Moscou était « très isolé » sur cette question.', 'fr', '2023-05-01');
    expect(q[0]).toMatchObject({ id: 'antony-blinken', text: 'très isolé', direct: false });
  });
  it('does not attribute a quoted name to anybody', () => {
    expect(quotes('Connu sous le nom de « Steadfast Noon », l’exercice commence lundi.')).toEqual([]);
  });
});

describe('direct quotes and their speakers (English)', () => {
  it('handles "X said" after the quote and "said X"', () => {
    expect(quotes('"We are watching this very closely," Kirby said.', 'en', '2022-10-20')[0].id).toBe('john-kirby');
    expect(quotes('"There is no sign of preparation," said the White House press secretary, Karine Jean-Pierre.', 'en', '2023-03-01')[0].id).toBe('karine-jean-pierre');
  });
  it('handles "X said:" before the quote and a pronoun resolved by gender', () => {
    const q = quotes('Secretary of State Antony Blinken met Wang Yi on Friday. He said: "We will not accept nuclear blackmail."', 'en', '2023-02-18');
    expect(q[0].id).toBe('antony-blinken');
  });
  it('a pronoun after a quote goes to a person made subject after the last speaker (FR/EN)', () => {
    const en = quotes('"Tests are likely," said Daryl Kimball. Kremlin spokesman Dmitry Peskov on Friday rejected the idea. "It is about parity," he told reporters.', 'en', '2023-11-03');
    expect(en.map((q) => q.id)).toEqual(['daryl-kimball', 'dmitry-peskov']);
    const fr = quotes('« Le risque monte », a estimé Hans Kristensen. Sergueï Lavrov a balayé ces craintes jeudi. « Rien ne change », a-t-il ajouté.', 'fr', '2023-11-03');
    expect(fr.map((q) => q.id)).toEqual(['hans-kristensen', 'sergey-lavrov']);
  });
  it('reports an unknown speaker with id null and the name as written', () => {
    const q = quotes('"The risk is rising," said John Smith, a former diplomat.', 'en');
    expect(q[0]).toMatchObject({ id: null, name: 'John Smith' });
  });
  it('resolves a definite description to the last speaker with that title', () => {
    const q = quotes('NATO Secretary General Mark Rutte spoke in Brussels. "We are ready to defend every inch," the Secretary General added.', 'en', '2025-03-01');
    expect(q[0].id).toBe('mark-rutte');
  });
});

describe('upper-case lead-ins of newsletters and summaries are no speaker labels', () => {
  it('EN: "THE REACTION:" and "NOT WITHDRAWING, SUSPENDING:" leave the quotes to the person the sentence names', () => {
    const text = 'NOT WITHDRAWING, SUSPENDING: Moscow said it was suspending the treaty.\n\nTHE REACTION: Antony Blinken called the decision "deeply unfortunate and irresponsible" on Tuesday.';
    expect(quotes(text, 'en', '2023-02-22')).toEqual([{ id: 'antony-blinken', name: 'Antony Blinken', text: 'deeply unfortunate and irresponsible', direct: false }]);
  });
  it('FR: « EN BREF : » likewise', () => {
    const q = quotes('EN BREF : Sergueï Lavrov a jugé ces manœuvres « extrêmement dangereuses » mardi.', 'fr', '2023-02-22');
    expect(q.map((x) => x.id)).toEqual(['sergey-lavrov']);
  });
  it('a label with a title still names its speaker ("THE PRESIDENT:")', () => {
    const q = quotes('THE PRESIDENT: We are "ready to respond" to any attack on our allies.', 'en', '2023-02-22');
    expect(q[0].name).toBe('The President');
  });
});

describe('qualifying verbs report speech only when a quotation follows their object', () => {
  it('EN: "called the decision "..."" and "called it "..."" give the quote to the subject', () => {
    expect(quotes('Antony Blinken called the decision "deeply unfortunate and irresponsible" on Tuesday.', 'en', '2023-02-22')).toEqual([
      { id: 'antony-blinken', name: 'Antony Blinken', text: 'deeply unfortunate and irresponsible', direct: false },
    ]);
    expect(quotes('Sergey Lavrov called it "a dangerous provocation" on Tuesday.', 'en', '2023-02-22').map((q) => q.id)).toEqual(['sergey-lavrov']);
  });
  it('EN: a qualifying verb after a comma shares the subject of the verb before', () => {
    const q = quotes('NATO leaders condemn Russia\'s "irresponsible and dangerous" nuclear rhetoric, call China a "decisive enabler" of the war.', 'en', '2023-07-11');
    expect(q.find((x) => x.text.startsWith('decisive'))?.id).toBe('NATO');
  });
  it('EN: "called for", "called on" and a phone call are no qualification', () => {
    const record = code('Antony Blinken called Sergey Lavrov on Tuesday, and the Kremlin called for "restraint".', 'en', '2023-02-22');
    expect(record.quotes.filter((q) => q.speaker.id === 'antony-blinken')).toEqual([]);
  });
  it('FR: « a qualifié ... de « ... » » (already a reporting verb) gives the quote to the subject', () => {
    expect(quotes('Sergueï Lavrov a qualifié ces manœuvres de « provocation dangereuse » mardi.', 'fr', '2023-02-22').map((q) => q.id)).toEqual(['sergey-lavrov']);
  });
});
