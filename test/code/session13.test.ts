// Session 13 general mechanisms (actors.yaml v8, events.yaml v16), found on rounds 15-20's misses: each with FR and EN
// examples written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { validateData } from '../../src/code/lexicon.js';
import { code } from './helpers.js';

const actors = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}`);
const attributed = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.attributedTo}`);

describe('a plural nationality noun after a definite article names the state', () => {
  it('"les Britanniques", "the Russians" act for their state', () => {
    expect(actors(code('Les Britanniques ont jugé ces menaces nucléaires « inacceptables ».', 'fr', '2023-02-01'), 'WARNING')).toEqual(['GBR:asserted']);
    expect(actors(code('The Russians said the NATO nuclear drills were dangerous.', 'en', '2023-02-01'), 'WARNING')).toEqual(['RUS:asserted']);
  });
  it('without the definite article the word stays a nationality: some people, not the state', () => {
    expect(actors(code('Des Britanniques ont jugé ces menaces nucléaires « inacceptables ».', 'fr', '2023-02-01'), 'WARNING')).toEqual([]);
    expect(actors(code('Many Russians said the NATO nuclear drills were dangerous.', 'en', '2023-02-01'), 'WARNING')).toEqual([]);
  });
});

describe('the G20 and the Group of Seven by their full names', () => {
  it('a summit declaration is the body\'s warning', () => {
    expect(actors(code('Leaders of the Group of 20 said in a declaration that the threat of use of nuclear weapons is inadmissible.', 'en', '2022-11-16'), 'WARNING')).toEqual(['G20:asserted']);
    expect(actors(code('Le Groupe des Sept a condamné la rhétorique nucléaire irresponsable de Moscou.', 'fr', '2023-05-20'), 'WARNING')).toEqual(['G7:asserted']);
  });
});

describe('two persons of different states acting together, each with titles', () => {
  it('"X and Russian President Y" makes one event per state, each attributed to its own leader', () => {
    const en = code('Biden and Chinese President Xi Jinping reaffirmed that a nuclear war cannot be won and must never be fought.', 'en', '2023-11-16');
    expect(attributed(en, 'DE_ESCALATION').sort()).toEqual(['CHN:xi-jinping', 'USA:joe-biden']);
    const fr = code('Emmanuel Macron et le président russe Vladimir Poutine ont eu un entretien téléphonique sur la centrale nucléaire.', 'fr', '2022-08-19');
    expect(actors(fr, 'DE_ESCALATION').sort()).toEqual(['FRA:asserted', 'RUS:asserted']);
  });
});

describe('a meeting between rivals is a de-escalation for both sides', () => {
  it('joint subjects or a counterpart named after the verb', () => {
    expect(actors(code('Donald Trump and Vladimir Putin met for three hours in Helsinki.', 'en', '2018-07-17'), 'DE_ESCALATION').sort()).toEqual(['RUS:asserted', 'USA:asserted']);
    expect(actors(code('The CIA director met his Russian counterpart in Istanbul.', 'en', '2022-11-15'), 'DE_ESCALATION').sort()).toEqual(['RUS:asserted', 'USA:asserted']);
    expect(actors(code('Xi Jinping et Joe Biden se sont rencontrés lundi à Bali.', 'fr', '2022-11-15'), 'DE_ESCALATION').sort()).toEqual(['CHN:asserted', 'USA:asserted']);
  });
  it('allies meeting, « met en garde » and a meeting with nobody named are none', () => {
    expect(actors(code('Joe Biden met Rishi Sunak in Belfast to discuss nuclear deterrence.', 'en', '2023-04-12'), 'DE_ESCALATION')).toEqual([]);
    expect(actors(code('Poutine met en garde Kiev contre toute attaque sur la Crimée.', 'fr', '2023-04-12'), 'DE_ESCALATION')).toEqual([]);
    expect(actors(code('The Russian delegation met in Geneva on Tuesday.', 'en', '2023-04-12'), 'DE_ESCALATION')).toEqual([]);
  });
  it('rival pairs are validated against the states and alliances of the file', () => {
    const file = { version: 1, sources: ['x'], states: [{ id: 'RUS', name: 'Russia', nuclear: true, aliases: ['Russia'] }], alliances: [], persons: [], roles: [], rivals: [['RUS', 'XXX']] };
    expect(validateData('actors.yaml', file)).toMatch(/unknown state or alliance "XXX"/);
  });
});

describe('a treaty that is no arms control', () => {
  it('a partnership or security-guarantee treaty signed by nuclear states is no de-escalation', () => {
    expect(actors(code('Russia has thousands of nuclear warheads. Moscow and Tehran signed a strategic partnership treaty on Friday.', 'en', '2025-01-17'), 'DE_ESCALATION')).toEqual([]);
    expect(actors(code("La Russie dispose de l'arme nucléaire. Moscou et Minsk ont signé un traité de garanties de sécurité.", 'fr', '2024-12-06'), 'DE_ESCALATION')).toEqual([]);
  });
  it('an arms control treaty signed is one', () => {
    expect(actors(code('Russia has thousands of nuclear warheads. Moscow and Washington signed a treaty limiting nuclear warheads.', 'en', '2010-04-08'), 'DE_ESCALATION').sort()).toEqual(['RUS:asserted', 'USA:asserted']);
  });
});
