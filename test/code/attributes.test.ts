import { describe, expect, it } from 'vitest';
import { extractAttributes, parseNumber, weaponClassOf, weaponSystemInfo } from '../../src/code/attributes/index.js';
import { attributesLexicon, parseAttributesLexicon } from '../../src/code/attributes/lexicon.js';
import { EscaladeError } from '../../src/errors.js';
import { LB, RB, alt, key } from '../../src/code/dates/grammar.js';
import { PhraseScanner } from '../../src/code/dates/scan.js';

const fr = (s: string) => extractAttributes(s, 'fr');
const en = (s: string) => extractAttributes(s, 'en');

describe('probability', () => {
  it('French ranges, single values, bounds and odds', () => {
    expect(fr('Blinken a déclaré : « Même si la probabilité passait de 5 à 15 %, rien n’est plus grave. »').probability).toEqual({ low: 0.05, high: 0.15 });
    expect(fr('Le risque est estimé entre 10 et 20 %.').probability).toEqual({ low: 0.1, high: 0.2 });
    expect(fr('Le risque serait de 10 %.').probability).toEqual({ low: 0.1, high: 0.1 });
    expect(fr('Le risque d’une frappe nucléaire est de moins de 1 %.').probability).toEqual({ low: 0, high: 0.01 });
    expect(fr('Une probabilité de plus de 50 % selon lui.').probability).toEqual({ low: 0.5, high: 1 });
    expect(fr('Il y a une chance sur dix que Moscou utilise l’arme nucléaire.').probability).toEqual({ low: 0.1, high: 0.1 });
    expect(fr('Une probabilité de 2,5 %.').probability).toEqual({ low: 0.025, high: 0.025 });
    expect(fr('Les chances sont de cinquante-cinquante.').probability).toEqual({ low: 0.5, high: 0.5 });
  });

  it('English ranges, single values, bounds and odds', () => {
    expect(en('The odds are 5 to 15 percent.').probability).toEqual({ low: 0.05, high: 0.15 });
    expect(en('a probability between 5 and 15%').probability).toEqual({ low: 0.05, high: 0.15 });
    expect(en('10%').probability).toEqual({ low: 0.1, high: 0.1 });
    expect(en('The risk is less than 1 percent.').probability).toEqual({ low: 0, high: 0.01 });
    expect(en('There is a one in ten chance of nuclear use.').probability).toEqual({ low: 0.1, high: 0.1 });
    expect(en('a 1-in-4 chance').probability).toEqual({ low: 0.25, high: 0.25 });
  });

  it('percentages governed by a change word, or shares, are quantities, not probabilities', () => {
    const a = fr('Le budget de défense est en hausse de 10 %.');
    expect(a.probability).toBeUndefined();
    expect(a.quantities).toEqual([{ value: 10, unit: 'percent', text: '10 %' }]);
    expect(a.trend).toBe('up');
    const b = en('70% of the missiles were intercepted.');
    expect(b.probability).toBeUndefined();
    expect(b.quantities?.[0]).toMatchObject({ value: 70, unit: 'percent' });
    expect(en('Defence spending rose by 10% this year.').probability).toBeUndefined();
    expect(en('Exports were cut by 15%.').probability).toBeUndefined();
    expect(fr('Le PIB russe a reculé de 2,1 %.').quantities).toEqual([{ value: 2.1, unit: 'percent', text: '2,1 %' }]);
  });

  it('"passait de X à Y" / "went from X to Y" also gives a trend', () => {
    expect(fr('la probabilité passait de 5 à 15 %').trend).toBe('up');
    expect(en('the probability went from 20 to 10 percent').trend).toBe('down');
  });
});

describe('trend', () => {
  it('French', () => {
    expect(fr('Le risque nucléaire est en hausse.').trend).toBe('up');
    expect(fr('La menace augmente chaque jour.').trend).toBe('up');
    expect(fr('Les tensions sont en baisse.').trend).toBe('down');
    expect(fr('La posture nucléaire reste stable.').trend).toBe('flat');
    expect(fr('Nous n’avons constaté aucun changement dans la position nucléaire russe.').trend).toBe('flat');
  });

  it('English', () => {
    expect(en('The risk is rising.').trend).toBe('up');
    expect(en('The danger is the highest since 1962.').trend).toBe('up');
    expect(en('Tensions are declining.').trend).toBe('down');
    expect(en('The posture is unchanged.').trend).toBe('flat');
  });

  it('negative forms that mean a rise', () => {
    expect(en('The risk has never been higher.').trend).toBe('up');
    expect(fr('Le risque nucléaire ne cesse d’augmenter.').trend).toBe('up');
    expect(fr('Le risque n’a jamais été aussi élevé.').trend).toBe('up');
    expect(fr('Les tensions continuent de monter.').trend).toBe('up');
  });

  it('negated or contradictory cues give no trend', () => {
    expect(fr('Le risque n’augmente pas.').trend).toBeUndefined();
    expect(en('The risk is not rising.').trend).toBeUndefined();
    expect(en('Some say rising, others say declining.').trend).toBeUndefined();
  });
});

describe('quantities', () => {
  it('French numbers with every thousands separator and comma decimals', () => {
    expect(fr('un stock de 6 000 têtes nucléaires').quantities).toEqual([{ value: 6000, unit: 'warheads', text: '6 000 têtes nucléaires' }]);
    expect(fr('un stock de 6\u202F000 têtes nucléaires').quantities?.[0]?.value).toBe(6000);
    expect(fr('un stock de 6\u00A0000 têtes nucléaires').quantities?.[0]?.value).toBe(6000);
    expect(fr('un stock de 6.000 ogives').quantities?.[0]).toMatchObject({ value: 6000, unit: 'warheads' });
    expect(fr('une charge de 1,5 kilotonne').quantities?.[0]).toMatchObject({ value: 1.5, unit: 'kilotons' });
    expect(fr('2,5 millions de soldats').quantities?.[0]).toMatchObject({ value: 2_500_000, unit: 'troops' });
  });

  it('seed sentence: 16 warheads and 11 000 miles, with the weapon system', () => {
    const a = fr('En novembre dernier, Poutine a mis en « service de combat » le missile balistique intercontinental (ICBM) Satan II, qui peut transporter 16 ogives nucléaires et a une portée de 11 000 milles.');
    expect(a.quantities).toEqual([
      { value: 16, unit: 'warheads', text: '16 ogives nucléaires' },
      { value: 11000, unit: 'miles', text: '11 000 milles' },
    ]);
    expect(a.weaponSystems).toEqual(['RS-28 Sarmat']);
    expect(a.weaponClass).toBe('ballistic_missile');
  });

  it('English numbers, number words, approximations', () => {
    expect(en('Russia holds 5,977 warheads.').quantities).toEqual([{ value: 5977, unit: 'warheads', text: '5,977 warheads' }]);
    expect(en('a range of 11,000 miles and a yield of 800 kilotons').quantities?.map((q) => [q.value, q.unit])).toEqual([
      [11000, 'miles'],
      [800, 'kilotons'],
    ]);
    expect(en('Russia fired 120 Kalibr cruise missiles.').quantities?.[0]).toMatchObject({ value: 120, unit: 'missiles' });
    expect(en('fourteen members of the alliance').quantities?.[0]).toMatchObject({ value: 14, unit: 'members' });
    expect(fr('environ 2 000 armes nucléaires tactiques').quantities?.[0]).toMatchObject({ value: 2000, unit: 'nuclear_weapons', approximate: true });
    expect(fr('une centaine de missiles').quantities?.[0]).toMatchObject({ value: 100, unit: 'missiles', approximate: true });
  });

  it('vague counts, designations and years are not typed quantities', () => {
    expect(fr('des centaines de missiles').quantities).toBeUndefined();
    expect(en('hundreds of drones').quantities).toBeUndefined();
    expect(en('Kh-101 missiles and Tu-160 bombers').quantities).toBeUndefined();
    expect(en('in 2022 Russian missiles hit Kyiv').quantities).toBeUndefined();
  });
});

describe('weapon systems and classes', () => {
  it('canonical names from aliases, with NATO names in the lexicon', () => {
    expect(fr('le missile Sarmat').weaponSystems).toEqual(['RS-28 Sarmat']);
    expect(en('the Satan II missile').weaponSystems).toEqual(['RS-28 Sarmat']);
    expect(weaponSystemInfo('Satan II')).toMatchObject({ canonical: 'RS-28 Sarmat', category: 'ICBM', class: 'ballistic_missile' });
    expect(weaponSystemInfo('Iskander')?.nato).toBe('SS-26 Stone');
    expect(weaponSystemInfo('nothing')).toBeNull();
    expect(en('Ukraine fired ATACMS and Storm Shadow missiles.').weaponSystems).toEqual(['MGM-140 ATACMS', 'Storm Shadow / SCALP-EG']);
    expect(fr('des missiles SCALP et des drones Shahed').weaponSystems).toEqual(['Storm Shadow / SCALP-EG', 'Shahed-136 / Geran-2']);
    expect(en('Minuteman III and Trident II D5 tests').weaponSystems).toEqual(['LGM-30G Minuteman III', 'UGM-133 Trident II D5']);
    expect(fr('Le missile Oreshnik a frappé Dnipro.').weaponSystems).toEqual(['Oreshnik']);
  });

  it('case-sensitive aliases do not match common words', () => {
    expect(en('a trident-shaped emblem and a lancet').weaponSystems).toBeUndefined();
    expect(en('a sentinel stood guard').weaponSystems).toBeUndefined();
  });

  it('classes in French and English', () => {
    expect(fr('le lancement de missiles balistiques contre la Russie').weaponClass).toBe('ballistic_missile');
    expect(en('a launch of ballistic missiles').weaponClass).toBe('ballistic_missile');
    expect(fr('des missiles de croisière').weaponClass).toBe('cruise_missile');
    expect(en('cruise missiles').weaponClass).toBe('cruise_missile');
    expect(fr('trois frappes de drones distinctes').weaponClass).toBe('drone');
    expect(en('UAV attacks').weaponClass).toBe('drone');
    expect(fr('des bombardiers à capacité nucléaire').weaponClass).toBe('aircraft');
    expect(en('strategic bombers').weaponClass).toBe('aircraft');
    expect(fr('le missile Kinzhal').weaponClass).toBe('hypersonic');
    expect(en('a hypersonic ballistic missile').weaponClass).toBe('hypersonic');
    expect(fr('utiliser des armes nucléaires').weaponClass).toBe('nuclear');
    expect(en('use nuclear weapons').weaponClass).toBe('nuclear');
    expect(fr('la prétendue « bombe sale »').weaponClass).toBe('wmd');
    expect(en('a dirty bomb').weaponClass).toBe('wmd');
    const mixed = fr('en cas de “lancement massif” d’avions, de missiles ou de drones');
    expect(mixed.weaponClass).toBe('mixed');
    expect(mixed.weaponClasses).toEqual(['aircraft', 'drone']);
    expect(en('120 Kalibr cruise missiles and Kinzhal hypersonic missiles').weaponClass).toBe('mixed');
    expect(weaponClassOf(['nuclear', 'ballistic_missile'])).toBe('ballistic_missile');
    expect(weaponClassOf([])).toBeNull();
  });
});

describe('scale', () => {
  it('massive: barrages, waves, hundreds of means, massive launches', () => {
    expect(fr('un barrage de missiles à longue portée pleuve sur 10 villes').scale).toBe('massive');
    expect(fr('en cas de “lancement massif” de frappes aériennes').scale).toBe('massive');
    expect(fr('“des centaines” d’ogives répondraient').scale).toBe('massive');
    expect(fr('des centaines de nos missiles sont en l’air').scale).toBe('massive');
    expect(fr('une nouvelle vague de drones').scale).toBe('massive');
    expect(en('a massive launch of missiles').scale).toBe('massive');
    expect(en('Russia launched hundreds of drones at Kyiv.').scale).toBe('massive');
    expect(en('a wave of Shahed drones').scale).toBe('massive');
    expect(en('Russia fired 120 missiles overnight.').scale).toBe('massive');
  });

  it('single, and look-alikes that are not scale', () => {
    expect(fr('si un seul missile pénétrait sur le territoire russe').scale).toBe('single');
    expect(en('a single missile').scale).toBe('single');
    expect(fr('des bases à des centaines de kilomètres').scale).toBeUndefined();
    expect(fr('des armes de destruction massive').scale).toBeUndefined();
    expect(en('weapons of mass destruction').weaponClass).toBe('wmd');
    expect(fr('le barrage hydroélectrique').scale).toBeUndefined();
  });
});

describe('exercises', () => {
  it('names with optional year', () => {
    expect(fr('Connu sous le nom de « Steadfast Noon », l’exercice impliquera 14 membres').exercise).toBe('Steadfast Noon');
    const g = fr('l’exercice Grom-2022 des forces stratégiques');
    expect(g.exercise).toBe('Grom');
    expect(g.exerciseYear).toBe(2022);
    expect(en('the Zapad 2021 drills').exerciseYear).toBe(2021);
    expect(en('US Strategic Command’s Global Thunder exercise').exercise).toBe('Global Thunder');
    expect(en('Trident Juncture 2018').exercise).toBe('Trident Juncture');
    expect(en('Trident Juncture 2018').weaponSystems).toBeUndefined();
    expect(en('a flight to vostok station').exercise).toBeUndefined();
  });
});

describe('only keys found', () => {
  it('returns an empty object when nothing is stated', () => {
    expect(fr('')).toEqual({});
    expect(fr('Poutine a parlé aux journalistes.')).toEqual({});
    expect(en('The president spoke to reporters.')).toEqual({});
  });
});

describe('numbers and lexicon', () => {
  it('parseNumber follows the language conventions', () => {
    expect(parseNumber('6 000', 'fr')).toBe(6000);
    expect(parseNumber('1,5', 'fr')).toBe(1.5);
    expect(parseNumber('6.000', 'fr')).toBe(6000);
    expect(parseNumber('6,000', 'en')).toBe(6000);
    expect(parseNumber('1.5', 'en')).toBe(1.5);
    expect(parseNumber('abc', 'en')).toBeNull();
  });

  it('the lexicon is versioned, sourced and validated', () => {
    const lex = attributesLexicon();
    expect(lex.version).toBeGreaterThanOrEqual(1);
    expect(lex.sources.length).toBeGreaterThan(0);
    expect(() => parseAttributesLexicon('version: 1\nsources: [x]\n', 'y.yaml')).toThrow(EscaladeError);
    expect(() => parseAttributesLexicon('{', 'y.yaml')).toThrow(/y.yaml: invalid YAML/);
  });
});

describe('fast phrase scanning', () => {
  it('PhraseScanner finds exactly the matches of the combined phrase regex', () => {
    const words = new Set<string>();
    const walk = (x: unknown): void => {
      if (typeof x === 'string') words.add(key(x));
      else if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (!['sources', 'canonical', 'nato', 'category'].includes(k)) walk(v);
    };
    walk(attributesLexicon());
    const re = new RegExp(`${LB}${alt(words)}${RB}`, 'giu');
    const scanner = new PhraseScanner(words, re.source);
    const list = [...words].sort();
    let seed = 7;
    const next = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const fillers = [' ', '  ', '-', '’', "'", ',', '.', 'x', '1', '\u00A0', '\n', 'É', 'ſ', 'K', '𝐀'];
    let total = 0;
    for (let i = 0; i < 1500; i++) {
      let text = '';
      const n = 2 + Math.floor(next() * 12);
      for (let k = 0; k < n; k++) {
        let w = next() < 0.7 ? list[Math.floor(next() * list.length)]! : fillers[Math.floor(next() * fillers.length)]!;
        if (next() < 0.2) w = w.toUpperCase();
        text += w + (next() < 0.8 ? ' ' : '');
      }
      const slow = [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);
      expect(scanner.scan(text), text).toEqual(slow);
      total += slow.length / 2;
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('linear time on 2 MB sentences (results asserted, not times)', () => {
    expect(fr('12 000 missiles, '.repeat(120_000)).quantities).toHaveLength(120_000);
    expect(fr('des centaines de missiles '.repeat(80_000)).scale).toBe('massive');
    expect(fr('la probabilité passait de 5 à 15 % '.repeat(60_000))).toMatchObject({ probability: { low: 0.05, high: 0.15 }, trend: 'up' });
    expect(en('Sarmat Kinzhal Shahed '.repeat(100_000)).weaponSystems).toEqual(['RS-28 Sarmat', 'Kh-47M2 Kinzhal', 'Shahed-136 / Geran-2']);
    expect(en('1 '.repeat(1_000_000))).toEqual({});
  }, 60_000);
});
