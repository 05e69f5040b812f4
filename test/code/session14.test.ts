// Session 14 general mechanisms (actors.yaml v9, events.yaml v17, cues.yaml v16), found on rounds 19-22's misses: each
// with FR and EN examples written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/code/lexicon.js';
import { actorPolarities as actors, attributions as attributed, code } from './helpers.js';

describe('a call on named states to de-escalate', () => {
  it('is the caller\'s act, and the called-on states\' possible act attributed to the caller', () => {
    const fr = code("L'Allemagne exhorte la Russie à revenir sans délai au traité New START et à rouvrir les négociations nucléaires.", 'fr', '2024-03-01');
    expect(attributed(fr, 'DE_ESCALATION')).toEqual(['DEU:asserted:null', 'RUS:hypothetical:DEU']);
    const en = code('The foreign ministry urged Washington and Moscow to return to nuclear arms control talks.', 'en', '2024-03-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['RUS:hypothetical', 'USA:hypothetical']);
  });
  it('a called-on state never gets the asked-for talks as done', () => {
    const en = code('Norway urged Russia to return to nuclear arms control talks.', 'en', '2024-03-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['NOR:asserted', 'RUS:hypothetical']);
  });
  it('a call with no state after the verb calls on nobody', () => {
    expect(actors(code('Norway called for a return to nuclear arms control talks.', 'en', '2024-03-01'), 'DE_ESCALATION').some((a) => a.endsWith('hypothetical'))).toBe(false);
  });
});

describe('Korean-peninsula usage: "the North", "N. Korea"', () => {
  it('"the North" names North Korea once it was named in full, and not before', () => {
    const named = code('North Korea staged a parade. Hours later, the North fired an intercontinental ballistic missile into the sea.', 'en', '2024-10-31');
    expect(named.actors.find((a) => a.id === 'PRK')?.mentions.map((m) => m.text)).toEqual(['North Korea', 'North']);
    expect(actors(named, 'MISSILE_TEST')).toEqual(['PRK:asserted']);
    expect(code('The North fired an intercontinental ballistic missile into the sea.', 'en', '2024-10-31').actors.some((a) => a.id === 'PRK')).toBe(false);
  });
  it('"the North Sea" stays a sea', () => {
    expect(code('North Korea staged a parade. Ships sailed across the North Sea.', 'en', '2024-10-31').actors.filter((a) => a.id === 'PRK')[0]?.mentions.length).toBe(1);
  });
  it('an anaphor of an unknown state is refused when the gazetteer loads', () => {
    const file = { version: 1, sources: ['x'], states: [{ id: 'PRK', name: 'North Korea', nuclear: true, aliases: ['North Korea'] }], alliances: [], persons: [], roles: [],
      anaphors: [{ id: 'XXX', words: ['North'], determiners: ['the'], capitalised: true }] };
    expect(validateData('actors.yaml', file)).toMatch(/anaphors\.0\.id.*unknown state or alliance "XXX"/);
  });
  it('"N. Korea" in a headline', () => {
    expect(actors(code('N. Korea test-fires new ICBM ahead of talks', 'en', '2024-10-31'), 'MISSILE_TEST')).toEqual(['PRK:asserted']);
  });
});

describe('missile tests without "ballistic"', () => {
  it('an intercontinental missile fired, the launch of an ICBM, and the missile launched told after', () => {
    expect(actors(code("L'armée chinoise a tiré mardi un missile intercontinental au-dessus du Pacifique.", 'fr', '2024-09-26'), 'MISSILE_TEST')).toEqual(['CHN:asserted']);
    expect(actors(code('Kim Jong Un supervised the launch of a solid-fuel ICBM.', 'en', '2023-07-13'), 'MISSILE_TEST')).toEqual(['PRK:asserted']);
    const told = code('Russia test-fired a Yars ICBM on Friday. The missile was launched from Plesetsk, the nuclear forces said.', 'en', '2023-10-27');
    expect(actors(told, 'MISSILE_TEST')).toEqual(['RUS:asserted', 'RUS:asserted']);
  });
});

describe('talks refused, talks on denuclearisation wanted', () => {
  it('refusing any trilateral talks is a de-escalation negated', () => {
    expect(actors(code('China keeps growing its nuclear arsenal and rejects any trilateral talks.', 'en', '2025-01-01'), 'DE_ESCALATION')).toEqual(['CHN:negated']);
    expect(actors(code('La Chine accroît son arsenal nucléaire et refuse toute négociation trilatérale.', 'fr', '2025-01-01'), 'DE_ESCALATION')).toEqual(['CHN:negated']);
  });
  it('wanting to talk about denuclearisation is an offer, made when said', () => {
    expect(actors(code('Les arsenaux nucléaires inquiètent la Maison-Blanche. Le président américain veut parler de dénucléarisation avec Moscou, a-t-il dit devant la presse.', 'fr', '2025-02-14'), 'DE_ESCALATION')).toEqual(['USA:asserted']);
  });
});

describe('no change in readiness, nothing that shows an alert', () => {
  it('« aucun changement dans l\'état de préparation » and "nothing suggests that" negate the alert', () => {
    expect(actors(code("Le Pentagone n'a constaté aucun changement dans l'état de préparation des forces nucléaires russes.", 'fr', '2025-06-05'), 'ALERT_RAISED')).toEqual(['RUS:negated']);
    expect(actors(code('Nothing suggests that Russia has put its nuclear forces on alert.', 'en', '2025-06-05'), 'ALERT_RAISED')).toEqual(['RUS:negated']);
  });
});

describe('an exit from a moratorium or a treaty told as a noun or with « renoncer »', () => {
  it('renouncing a moratorium and a suspension decreed by a leader', () => {
    expect(actors(code('Moscou a renoncé à son moratoire sur le déploiement de missiles nucléaires à portée intermédiaire.', 'fr', '2025-08-05'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(actors(code('Les inspections nucléaires ont cessé depuis la suspension décrétée par Vladimir Poutine.', 'fr', '2025-08-05'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
  });
});

describe('condemnations', () => {
  it('a state condemning, reported by an unknown spokesperson, is the state\'s warning', () => {
    const en = code('North Korea fired an ICBM on Friday. Spokesperson Jane Roe said the United States "strongly condemns" the launch.', 'en', '2024-10-31');
    expect(actors(en, 'WARNING')).toEqual(['USA:asserted']);
    expect(actors(en, 'RISK_ASSESSMENT')).toEqual([]);
  });
  it('calling something a threat is the speaker\'s warning, not the threat of the one named', () => {
    const fr = code("Sergueï Lavrov a estimé que l'arsenal nucléaire britannique représentait une menace pour la Russie.", 'fr', '2025-03-06');
    expect(actors(fr, 'WARNING')).toEqual(['RUS:asserted']);
    const en = code('Islamabad called it "nuclear blackmail" after the nuclear remarks.', 'en', '2025-05-12');
    expect(actors(en, 'WARNING')).toEqual(['PAK:asserted']);
    expect(actors(en, 'NUCLEAR_THREAT')).toEqual([]);
  });
});
