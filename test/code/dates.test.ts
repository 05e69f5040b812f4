import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildGrammar, LB, RB, alt, type Lang } from '../../src/code/dates/grammar.js';
import { familyMatches, resolveDates, type DateMention } from '../../src/code/dates/index.js';
import { datesLexicon, parseDatesLexicon } from '../../src/code/dates/lexicon.js';
import { PhraseScanner } from '../../src/code/dates/scan.js';
import { EscaladeError } from '../../src/errors.js';
import { mulberry32 as rng } from '../../src/util/mulberry32.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));

function dates(text: string, published: string | null, lang = 'fr'): Array<[string, string | null]> {
  return resolveDates(text, { published, lang }).map((m) => [m.text, m.value]);
}

function one(text: string, published: string | null, lang = 'fr'): DateMention {
  const all = resolveDates(text, { published, lang });
  expect(all, `one date in ${JSON.stringify(text)}: ${JSON.stringify(all)}`).toHaveLength(1);
  return all[0]!;
}

interface GoldEvent {
  type: string | string[];
  date: string | null;
  evidence: string;
}
interface Gold {
  doc: string;
  published: string;
  lang: string;
  events: GoldEvent[];
}

function loadSeeds(goldDir = 'gold', textDir = 'seeds'): Array<{ gold: Gold; text: string }> {
  return readdirSync(`${corpus}${goldDir}`)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(`${corpus}${goldDir}/${f}`, 'utf8')) as Gold;
      return { gold, text: readFileSync(`${corpus}${textDir}/${gold.doc}`, 'utf8') };
    });
}

function englishSeeds(): Array<{ gold: Gold; text: string }> {
  try {
    return loadSeeds('en/gold', 'en/texts');
  } catch {
    return [];
  }
}

describe('resolveDates on the seeds (gold dates)', () => {
  const seeds = loadSeeds();

  it('every gold event date is given by a date mention in or near its evidence sentence (French seeds and English corpus)', () => {
    let checked = 0;
    for (const { gold, text } of [...seeds, ...englishSeeds()]) {
      const mentions = resolveDates(text, { published: gold.published, lang: gold.lang });
      for (const ev of gold.events) {
        if (!ev.date) continue;
        const at = text.indexOf(ev.evidence);
        expect(at, `evidence of ${gold.doc}: ${ev.evidence}`).toBeGreaterThanOrEqual(0);
        // The sentence (or quoted paragraph) around the evidence, widened to its neighbours.
        const sentStart = Math.max(0, text.lastIndexOf('\n', at));
        const nextBreak = text.indexOf('\n', at + ev.evidence.length);
        const sentEnd = nextBreak < 0 ? text.length : nextBreak;
        const inSentence = mentions.filter((m) => m.start >= sentStart && m.end <= sentEnd);
        const near = mentions.filter((m) => m.end > sentStart - 700 && m.start < sentEnd + 700);
        const pool = inSentence.length ? inSentence : near;
        const ok = pool.some((m) => m.value !== null && m.value.startsWith(ev.date!));
        expect(ok, `${gold.doc} "${ev.evidence}" wants ${ev.date}; got ${JSON.stringify(pool.map((m) => [m.text, m.value]))}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  const expected: Record<string, Array<[string, string | null]>> = {
    '000_c356c7000ee62a82.txt': [
      ['Vendredi', '2022-12-09'],
      ['cette semaine', '2022-12'],
      ['vendredi', '2022-12-09'],
      ['Vendredi', '2022-12-09'],
    ],
    '001_45da432d08c8721d.txt': [
      ['la semaine prochaine', '2022-10'],
      ['à la mi-février', '2022-02'],
      ['la semaine prochaine', '2022-10'],
      ['mardi', '2022-10-11'],
      ['il y a deux semaines', '2022-09-27'],
      ['mardi', '2022-10-11'],
      ['cette semaine', '2022-10'],
    ],
    '002_1ba61b95bf422bc3.txt': [
      ['mardi', '2024-11-19'],
      ['millième jour de son offensive', '2024-11-19'],
      ['fin septembre', '2024-09'],
      ['il y a quelques jours', '2024-11'],
      ['à la mi-septembre', '2024-09'],
      ['en février 2022', '2022-02'],
      ['à l’été 2023', '2023'],
      ['en mai', '2024-05'],
    ],
    '003_2a5885ce06d57b4d.txt': [
      ['en octobre 2022', '2022-10'],
      ['En novembre dernier', '2024-11'],
      ['En septembre 2024', '2024-09'],
      ['demain', '2025-01-05'],
    ],
    '004_bcc838e3e4f99c8b.txt': [
      ['dès la mi-octobre', '2022-10'],
      ['à la fin du mois dernier', '2022-10'],
    ],
  };

  for (const { gold, text } of seeds) {
    it(`finds exactly the date expressions of ${gold.doc} (no durations, percentages or counts)`, () => {
      expect(dates(text, gold.published, gold.lang)).toEqual(expected[gold.doc]);
    });
  }

  it('keeps offsets as JS string indices into the text', () => {
    for (const { gold, text } of seeds) {
      for (const m of resolveDates(text, { published: gold.published, lang: gold.lang })) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('without a publication date: relative → null (text kept), absolute and anchored → resolved', () => {
    const seed = seeds.find((s) => s.gold.doc.startsWith('002'))!;
    const got = resolveDates(seed.text, { published: null, lang: 'fr' });
    const byText = new Map(got.map((m) => [m.text, m]));
    expect(byText.get('mardi')).toMatchObject({ value: null, precision: 'unknown', relative: true });
    expect(byText.get('fin septembre')).toMatchObject({ value: null, precision: 'unknown' });
    expect(byText.get('millième jour de son offensive')).toMatchObject({ value: '2024-11-19', precision: 'day', relative: false });
    expect(byText.get('en février 2022')).toMatchObject({ value: '2022-02', precision: 'month', relative: false });
    expect(byText.get('à l’été 2023')).toMatchObject({ value: '2023', precision: 'year' });
  });
});

describe('absolute dates', () => {
  it('French day month year, day month, month year, year in date-like context', () => {
    expect(one('Le décret a été signé le 19 novembre 2024 à Moscou.', null)).toMatchObject({ value: '2024-11-19', precision: 'day', relative: false });
    expect(one('Poutine a parlé le 1er mars 2022.', null).value).toBe('2022-03-01');
    expect(one('Certains estiment qu’en octobre 2022, Poutine était prêt.', null)).toMatchObject({ value: '2022-10', precision: 'month' });
    expect(one('En septembre 2024, le ministre a déclaré...', null).value).toBe('2024-09');
    expect(one('Depuis le début du conflit en février 2022, Poutine menace.', null).value).toBe('2022-02');
    expect(one('en 2022, la Russie a envahi', null)).toMatchObject({ value: '2022', precision: 'year', relative: false });
    expect(one('une base construite depuis 2014', null).value).toBe('2014');
  });

  it('English forms', () => {
    expect(one('The decree was signed on November 19, 2024 in Moscow.', null, 'en')).toMatchObject({ value: '2024-11-19', precision: 'day' });
    expect(one('He spoke on 19 November 2024.', null, 'en').value).toBe('2024-11-19');
    expect(one('In October 2022 Putin was close to ordering a strike.', null, 'en')).toMatchObject({ value: '2022-10', precision: 'month' });
    expect(one('in 2022 Russia invaded Ukraine', null, 'en')).toMatchObject({ value: '2022', precision: 'year' });
    expect(one('March 2023 was tense', null, 'en').value).toBe('2023-03');
  });

  it('day ranges: value is the first day, range the span', () => {
    expect(one("L'exercice se déroulera du 17 au 30 octobre.", '2024-06-13')).toMatchObject({
      value: '2024-10-17',
      precision: 'day',
      range: { start: '2024-10-17', end: '2024-10-30' },
    });
    expect(one('Drills ran 10-15 October 2024.', null, 'en')).toMatchObject({ value: '2024-10-10', range: { start: '2024-10-10', end: '2024-10-15' } });
  });

  it('numeric dates through chrono-node (fully specified only)', () => {
    expect(dates('le 19/11/2024 et le 2024-11-19', null)).toEqual([
      ['19/11/2024', '2024-11-19'],
      ['2024-11-19', '2024-11-19'],
    ]);
  });

  it('year ranges: value is the first year, range the span', () => {
    expect(one('de 2014 à 2022, la guerre du Donbass', null)).toMatchObject({ value: '2014', precision: 'year', range: { start: '2014-01-01', end: '2022-12-31' } });
    expect(one('between 2014 and 2022', null, 'en').range).toEqual({ start: '2014-01-01', end: '2022-12-31' });
    expect(dates('de 2000 à 3000 ogives', null)).toEqual([]);
  });

  it('parts of a year keep year precision with a range', () => {
    expect(one('fin 2022', null)).toMatchObject({ value: '2022', precision: 'year', range: { start: '2022-09-01', end: '2022-12-31' } });
    expect(one('début 2023', null).range).toEqual({ start: '2023-01-01', end: '2023-04-30' });
    expect(one('late 2022', null, 'en').value).toBe('2022');
    expect(one('by 2030', null, 'en').value).toBe('2030');
  });
});

describe('not dates', () => {
  it('French durations, percentages, quantities, past-N-years, clock times', () => {
    const text =
      'une guerre brutale fait rage depuis plus de neuf mois ; la probabilité passait de 5 à 15 % ; au cours des 70 dernières années ; un stock de 6 000 têtes nucléaires ; une portée de 11 000 milles ; de 10 à 20 missiles ; à 15h30 ; en 2000 exemplaires ; 2022 missiles ; la semaine précédente ; le mois suivant ; pendant deux semaines';
    expect(dates(text, '2022-12-10')).toEqual([]);
  });

  it('English durations, percentages, counts', () => {
    const text = 'a war raging for nine months; 5 to 15%; in the past 70 years; in the past year; over the past two weeks; the previous week; 2022 missiles; at 3 pm; 11,000 miles; for two weeks';
    expect(dates(text, '2022-12-10', 'en')).toEqual([]);
  });

  it('names that contain date words (lexicon notDatePhrases)', () => {
    expect(dates('He told the Sunday Times that the Arab Spring was over.', '2024-06-13', 'en')).toEqual([]);
    expect(dates('selon le Journal du dimanche, le Printemps arabe est fini', '2024-06-13')).toEqual([]);
  });

  it('English month words used as verbs or modals, and the "Today" programme', () => {
    expect(dates('Russia may be ready to march on Kyiv.', '2024-11-19', 'en')).toEqual([]);
    expect(dates("He spoke to BBC Radio 4's Today programme.", '2024-11-19', 'en')).toEqual([]);
    expect(dates('Il a parlé à l’émission Today de BBC Radio Four', '2024-11-19', 'fr')).toEqual([]);
  });
});

describe('weekdays and the tense rule', () => {
  it('past tense → most recent such day on or before the publication date', () => {
    // 2022-12-10 is a Saturday.
    expect(one('Vendredi, le président russe a averti que...', '2022-12-10').value).toBe('2022-12-09');
    expect(one('On Friday, Putin warned that hundreds of missiles would fly.', '2022-12-10', 'en').value).toBe('2022-12-09');
    // Published on a Tuesday: "a déclaré mardi" is that same Tuesday.
    expect(one('Jens Stoltenberg a déclaré mardi que...', '2022-10-11').value).toBe('2022-10-11');
    expect(one('Stoltenberg said on Tuesday that...', '2022-10-11', 'en').value).toBe('2022-10-11');
  });

  it('scheduled events read as future', () => {
    expect(one('Le vote est prévu jeudi.', '2024-11-19').value).toBe('2024-11-21');
    expect(one('Le sommet devrait se tenir lundi.', '2024-11-19').value).toBe('2024-11-25');
    expect(one('The vote is scheduled for Thursday.', '2024-11-19', 'en').value).toBe('2024-11-21');
    expect(one('The vote is expected to take place on Thursday.', '2024-11-19', 'en').value).toBe('2024-11-21');
  });

  it('reported future ("would", French conditional) → on or after', () => {
    expect(dates('Stoltenberg said on Thursday that the Alliance would hold its annual nuclear exercise, Steadfast Noon, in October.', '2024-06-13', 'en')).toEqual([
      ['on Thursday', '2024-06-13'],
      ['in October', '2024-10'],
    ]);
    expect(one("Il a annoncé que l'exercice se tiendrait en octobre.", '2024-06-13').value).toBe('2024-10');
  });

  it('no tense cue → past (news default)', () => {
    expect(one('Mercredi : réunion du Conseil', '2024-11-19').value).toBe('2024-11-13');
  });

  it('future tense → first such day on or after the publication date', () => {
    expect(one('Le sommet se tiendra jeudi à Bruxelles.', '2024-11-19').value).toBe('2024-11-21');
    expect(one('The summit will open on Friday.', '2022-12-07', 'en').value).toBe('2022-12-09');
    expect(one('L’OTAN va lancer son exercice lundi.', '2022-10-11').value).toBe('2022-10-17');
  });

  it('"dernier"/"last" strictly before, "prochain"/"next" strictly after', () => {
    expect(one('mardi dernier', '2024-11-19').value).toBe('2024-11-12');
    expect(one('mardi prochain', '2024-11-19').value).toBe('2024-11-26');
    expect(one('last Tuesday', '2024-11-19', 'en').value).toBe('2024-11-12');
    expect(one('next Tuesday', '2024-11-19', 'en').value).toBe('2024-11-26');
  });
});

describe('relative days, weeks, months, years', () => {
  it('hier / aujourd’hui / demain and English equivalents', () => {
    expect(dates("hier. aujourd'hui. demain. avant-hier.", '2024-11-19')).toEqual([
      ['hier', '2024-11-18'],
      ["aujourd'hui", '2024-11-19'],
      ['demain', '2024-11-20'],
      ['avant-hier', '2024-11-17'],
    ]);
    expect(dates('Yesterday the Kremlin said it had no plans; today it changed course.', '2022-12-10', 'en')).toEqual([
      ['Yesterday', '2022-12-09'],
      ['today', '2022-12-10'],
    ]);
  });

  it('weeks have month precision (month of published ±7 days) and a Monday–Sunday range', () => {
    const m = one('L’OTAN organisera la semaine prochaine son exercice.', '2022-10-11');
    expect(m).toMatchObject({ value: '2022-10', precision: 'month', relative: true, range: { start: '2022-10-17', end: '2022-10-23' } });
    expect(one('cette semaine', '2022-12-10').value).toBe('2022-12');
    // Next week crosses into the next month.
    expect(one('next week', '2024-11-28', 'en')).toMatchObject({ value: '2024-12', range: { start: '2024-12-02', end: '2024-12-08' } });
    expect(one('la semaine dernière', '2024-11-19').value).toBe('2024-11');
  });

  it('months and years', () => {
    expect(dates("le mois dernier, l'an dernier, l'année prochaine, cette année, le mois prochain", '2024-11-19')).toEqual([
      ['le mois dernier', '2024-10'],
      ["l'an dernier", '2023'],
      ["l'année prochaine", '2025'],
      ['cette année', '2024'],
      ['le mois prochain', '2024-12'],
    ]);
    expect(dates('last month, last year, next year, this month', '2025-01-04', 'en')).toEqual([
      ['last month', '2024-12'],
      ['last year', '2024'],
      ['next year', '2026'],
      ['this month', '2025-01'],
    ]);
    expect(one('à la fin du mois dernier', '2022-11-03')).toMatchObject({ value: '2022-10', precision: 'month', range: { start: '2022-10-21', end: '2022-10-31' } });
  });

  it('ago / in N', () => {
    expect(dates('il y a trois jours, il y a deux semaines, il y a deux mois, il y a 70 ans, dans deux semaines', '2024-11-19')).toEqual([
      ['il y a trois jours', '2024-11-16'],
      ['il y a deux semaines', '2024-11-05'],
      ['il y a deux mois', '2024-09'],
      ['il y a 70 ans', '1954'],
      ['dans deux semaines', '2024-12-03'],
    ]);
    expect(dates("three days ago, two weeks ago, a few days ago, in two weeks' time", '2024-11-19', 'en')).toEqual([
      ['three days ago', '2024-11-16'],
      ['two weeks ago', '2024-11-05'],
      ['a few days ago', '2024-11'],
      ["in two weeks' time", '2024-12-03'],
    ]);
    expect(one('il y a quelques jours', '2024-11-19').precision).toBe('month');
  });
});

describe('months without a year, parts of months, seasons', () => {
  it('fin / mi- / début + month → the nearest such month on or before the publication month', () => {
    expect(one('Le président avait prévenu fin septembre que...', '2024-11-19')).toMatchObject({ value: '2024-09', precision: 'month', relative: true, range: { start: '2024-09-21', end: '2024-09-30' } });
    expect(one('des discussions ont eu lieu dès la mi-octobre', '2022-11-03').value).toBe('2022-10');
    expect(one('début mars', '2024-11-19').value).toBe('2024-03');
    expect(one('Late September saw the mobilisation', '2022-11-03', 'en').value).toBe('2022-09');
    expect(one('talks had begun by mid-October', '2022-11-03', 'en').value).toBe('2022-10');
    // Published in January: December is last year's.
    expect(one('fin décembre', '2025-01-04').value).toBe('2024-12');
  });

  it('parts of relative months and years', () => {
    expect(dates('late last year; at the end of last month; in early October; by the end of 2024', '2024-11-19', 'en')).toEqual([
      ['late last year', '2023'],
      ['at the end of last month', '2024-10'],
      ['in early October', '2024-10'],
      ['by the end of 2024', '2024'],
    ]);
    expect(dates("à la fin de l'année dernière; au cours du mois d'octobre; courant mars", '2024-11-19')).toEqual([
      ["à la fin de l'année dernière", '2023'],
      ["au cours du mois d'octobre", '2024-10'],
      ['courant mars', '2024-03'],
    ]);
  });

  it('"en novembre dernier"/"last November" → the previous November before the publication month', () => {
    expect(one('En novembre dernier, Poutine a mis en service...', '2025-01-04').value).toBe('2024-11');
    expect(one('Last November he visited Minsk.', '2025-01-04', 'en').value).toBe('2024-11');
    expect(one('en novembre dernier', '2024-11-19').value).toBe('2023-11');
  });

  it('"en mai" → most recent May on or before; future tense → next one', () => {
    expect(one('qui a également annoncé en mai un exercice', '2024-11-19').value).toBe('2024-05');
    expect(one('It happened in October.', '2024-11-19', 'en').value).toBe('2024-10');
    expect(one("L'exercice aura lieu en mars.", '2024-11-19').value).toBe('2025-03');
    expect(one('The test will take place in March.', '2024-11-19', 'en').value).toBe('2025-03');
  });

  it('day + month without year: past → on/before, future → on/after', () => {
    expect(one('Il a parlé le 19 novembre devant la Douma.', '2024-11-25').value).toBe('2024-11-19');
    expect(one('Il a parlé le 19 décembre devant la Douma.', '2024-11-25').value).toBe('2023-12-19');
    expect(one('Le sommet aura lieu le 3 décembre.', '2024-11-25').value).toBe('2024-12-03');
  });

  it('seasons → year precision', () => {
    expect(one('La Russie a déployé des armes à l’été 2023 en Biélorussie.', '2024-11-19')).toMatchObject({ value: '2023', precision: 'year', relative: false });
    expect(one('summer 2023', null, 'en').value).toBe('2023');
    expect(one("l'été dernier", '2024-11-19').value).toBe('2024');
    expect(one("l'été dernier", '2024-07-10').value).toBe('2023');
    expect(one('last summer', '2024-11-19', 'en').value).toBe('2024');
    expect(one('cet hiver', '2024-11-19').value).toBe('2024');
  });
});

describe('anchored day counts', () => {
  it('day N of the invasion = 2022-02-24 + (N - 1) days', () => {
    const both = resolveDates('a signé mardi, au millième jour de son offensive', { published: null, lang: 'fr' });
    expect(both[1]).toMatchObject({ text: 'millième jour de son offensive', value: '2024-11-19', precision: 'day', relative: false });
    expect(dates('au centième jour de la guerre, le 1 000e jour de l’invasion, le premier jour de la guerre', null)).toEqual([
      ['centième jour de la guerre', '2022-06-03'],
      ['1 000e jour de l’invasion', '2024-11-19'],
      ['premier jour de la guerre', '2022-02-24'],
    ]);
    expect(dates('the 1,000th day of the war; the thousandth day of the special military operation; day 1000 of the invasion', null, 'en')).toEqual([
      ['1,000th day of the war', '2024-11-19'],
      ['thousandth day of the special military operation', '2024-11-19'],
      ['day 1000 of the invasion', '2024-11-19'],
    ]);
  });
});

describe('machine clock and robustness', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('results do not depend on the machine clock', () => {
    const text = 'Vendredi, il a averti. La semaine prochaine, exercice. Fin septembre. Le 19 novembre. Hier.';
    const before = resolveDates(text, { published: '2024-11-19', lang: 'fr' });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-06-15T00:00:00Z'));
    expect(resolveDates(text, { published: '2024-11-19', lang: 'fr' })).toEqual(before);
    expect(resolveDates(text, { published: null, lang: 'fr' }).every((m) => m.value === null)).toBe(true);
  });

  it('handles empty text, malformed published date, other languages and astral characters', () => {
    expect(resolveDates('', { published: '2024-11-19', lang: 'fr' })).toEqual([]);
    expect(one('mardi', 'not a date').value).toBeNull();
    expect(one('🚀🚀 le 19 novembre 2024', null).text).toBe('19 novembre 2024');
    const text = '🚀 mardi';
    const m = one(text, '2024-11-19');
    expect(text.slice(m.start, m.end)).toBe('mardi');
    // Unknown language: both lexicons.
    expect(dates('el 19 novembre 2024 y on November 20, 2024', null, 'es').map((d) => d[1])).toEqual(['2024-11-19', '2024-11-20']);
  });
});

describe('lexicon', () => {
  it('is versioned, sourced and valid', () => {
    const lex = datesLexicon();
    expect(lex.version).toBeGreaterThanOrEqual(1);
    expect(lex.sources.length).toBeGreaterThan(0);
    expect(lex.anchors.find((a) => a.id === 'ukraine-invasion')?.date).toBe('2022-02-24');
  });

  it('rejects an invalid lexicon with a one-line EscaladeError', () => {
    expect(() => parseDatesLexicon('version: 1\nsources: []\n', 'x.yaml')).toThrow(EscaladeError);
    expect(() => parseDatesLexicon('version: [', 'x.yaml')).toThrow(/x.yaml: invalid YAML/);
  });
});

// ---------------------------------------------------------------- fast scanning is exact


/** Every string of the dates lexicon (and its words), for token soups. */
function lexiconWords(): string[] {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      out.add(x);
      for (const w of x.split(/\s+/)) out.add(w);
    } else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (k !== 'sources') (out.add(k), walk(v));
  };
  walk(datesLexicon());
  return [...out].sort();
}

/** Token soup of lexicon words, numbers, glued forms, odd spaces and case-folding traps. */
function soup(seed: number, count: number): string[] {
  const next = rng(seed);
  const words = lexiconWords();
  const extra = ['le', 'la', 'du', 'de', 'the', 'of', ',', '.', ';', '«', '»', '"', '-', '–', "l'", 'd’', 'lemois', 'auhiver', 'lasemaine', 'mi-octobre', 'sept.', 'ſeptembre', 'K', '\u00A0', '\u202F', '\t', '\n', '𝐀', 'x1', '1er', '3e', '1,000th', '1 000e', '19/11/2024', '2024-11-19', '15h30', '%'];
  const num = (): string => {
    const r = next();
    return r < 0.4 ? String(1 + Math.floor(next() * 31)) : r < 0.8 ? String(1890 + Math.floor(next() * 150)) : `${Math.floor(next() * 99)} ${String(Math.floor(next() * 1000)).padStart(3, '0')}`;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 2 + Math.floor(next() * 16);
    for (let k = 0; k < n; k++) {
      const r = next();
      let w = r < 0.55 ? words[Math.floor(next() * words.length)]! : r < 0.8 ? extra[Math.floor(next() * extra.length)]! : num();
      const c = next();
      if (c < 0.15) w = w.toUpperCase();
      else if (c < 0.35) w = w.charAt(0).toUpperCase() + w.slice(1);
      parts.push(w);
    }
    out.push(parts.join(next() < 0.85 ? ' ' : next() < 0.5 ? '' : '   '));
  }
  return out;
}

describe('fast scanning gives exactly the matches of the family patterns', () => {
  const texts = [...loadSeedTexts(), ...soup(11, 600), ...Array.from({ length: 40 }, (_, i) => soup(100 + i, 12).join('\n\n'))];

  for (const langs of [['fr'], ['en'], ['fr', 'en']] as Lang[][]) {
    it(`familyMatches equals a global scan of every family (${langs.join('+')})`, () => {
      const g = buildGrammar(datesLexicon(), langs);
      let total = 0;
      for (const text of texts) {
        const fast = familyMatches(text, g);
        for (const [family, matches] of fast) {
          const re = g.families[family];
          const slow = re ? [...text.matchAll(re)].map((m) => [m.index, m[0]]) : [];
          expect(matches.map((m) => [m.index, m[0]]), `${family} in ${JSON.stringify(text.slice(0, 200))}`).toEqual(slow);
          total += slow.length;
        }
      }
      expect(total).toBeGreaterThan(500);
    });
  }

  it('PhraseScanner equals its regex (notDatePhrases and tense words)', () => {
    const lex = datesLexicon();
    const lists = [lex.notDatePhrases, [...lex.tense.pastWords.fr, ...lex.tense.pastWords.en], [...lex.tense.futureWords.fr, ...lex.tense.futureWords.en]];
    const texts2 = [...texts, 'Sunday  Times sunday timesx ſunday times', 'USA TODAY', "Aujourd’hui en France"];
    for (const list of lists) {
      const re = new RegExp(`${LB}${alt(list)}${RB}`, 'giu');
      const scanner = new PhraseScanner(list, re.source);
      for (const text of texts2) {
        const slow = [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);
        expect(scanner.scan(text)).toEqual(slow);
        expect(scanner.test(text)).toBe(slow.length > 0);
      }
    }
  });
});

function loadSeedTexts(): string[] {
  const dirs = [`${corpus}seeds`, `${corpus}en/texts`];
  return dirs.flatMap((d) => {
    try {
      return readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${d}/${f}`, 'utf8'));
    } catch {
      return [];
    }
  });
}

describe('linear time on pathological input (results asserted, not times)', () => {
  it('2 MB of dense dates, of one word without spaces, of spaces, digits and repeated prepositions', () => {
    const dense = 'Le 19 novembre 2024, mardi dernier, il y a deux semaines, en mai. '.repeat(30_000);
    const got = resolveDates(dense, { published: '2024-11-19', lang: 'fr' });
    expect(got).toHaveLength(120_000);
    expect(got.slice(0, 4).map((m) => m.value)).toEqual(['2024-11-19', '2024-11-12', '2024-11-05', '2024-05']);
    expect(resolveDates('mai-'.repeat(500_000), { published: '2024-11-19', lang: 'fr' })).toEqual([]);
    expect(resolveDates(`${' '.repeat(2_000_000)}en mai 2024`, { published: null, lang: 'fr' }).map((m) => m.value)).toEqual(['2024-05']);
    expect(resolveDates('1'.repeat(2_000_000), { published: null, lang: 'fr' })).toEqual([]);
    expect(resolveDates(`${'le '.repeat(700_000)}mois dernier`, { published: '2024-11-19', lang: 'fr' }).map((m) => m.value)).toEqual(['2024-10']);
    expect(resolveDates(`${'1 000 '.repeat(400_000)}e jour de la guerre`, { published: null, lang: 'fr' })).toHaveLength(1);
    expect(resolveDates('on Tuesday, November 19, 2024 and last week; '.repeat(40_000), { published: '2024-11-19', lang: 'en' })).toHaveLength(80_000);
  }, 60_000);
});
