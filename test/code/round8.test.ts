// Round 8 of general rules for unseen texts (round 7's leftovers, then corpus/heldout/round8): each rule with its
// own FR and EN examples, written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

describe('round 8: a strategic system named before its firing verb', () => {
  it('"a Sarmat was launched", "un missile M51 tiré" are tests by the state that fields the system', () => {
    const en = code('A Sarmat missile launched from the Plesetsk cosmodrome on Wednesday reached its target in Kamchatka.', 'en', '2024-09-20');
    expect(find(en, 'MISSILE_TEST', 'RUS')).toBeDefined();
    const fr = code('Un missile M51 tiré depuis un sous-marin au large du Finistère a atteint sa cible, selon la DGA.', 'fr', '2023-11-20');
    expect(find(fr, 'MISSILE_TEST', 'FRA')).toBeDefined();
  });
  it('a system used in the war is not tested when fired', () => {
    const en = code('An Iskander missile launched from Belgorod struck the city centre of Kharkiv overnight.', 'en', '2024-05-20');
    expect(find(en, 'MISSILE_TEST')).toBeUndefined();
  });
});

describe('round 8: a system two states field', () => {
  const uk = [
    'Britain’s nuclear deterrent: questions after a failed launch',
    'The United Kingdom keeps one submarine at sea at all times. A Trident missile fired from a British submarine off Florida veered off course, the Ministry of Defence in London said. The UK has four Vanguard-class boats.',
  ].join('\n');
  const us = 'The United States Navy said a Trident missile was launched from a submarine off California on Tuesday. The US Navy runs such launches twice a year.';
  it('Trident is the document’s main state’s when that state fields it (UK or US)', () => {
    expect(find(code(uk, 'en', '2024-02-21'), 'MISSILE_TEST', 'GBR')).toBeDefined();
    expect(find(code(us, 'en', '2024-02-21'), 'MISSILE_TEST', 'USA')).toBeDefined();
    const fr = code('Le Royaume-Uni a confirmé l’échec : un missile Trident tiré depuis un sous-marin britannique est tombé en mer. Londres maintient que sa dissuasion reste crédible.', 'fr', '2024-02-21');
    expect(find(fr, 'MISSILE_TEST', 'GBR')).toBeDefined();
  });
});

describe('round 8: a relative clause between the speaker and the cue', () => {
  it('"X, who was on board, told MPs the UK’s deterrent remained "..."" keeps X as the speaker', () => {
    const en = code('The Defence Secretary, Grant Shapps, who was on the ship that day, told MPs the UK’s deterrent remained "safe and ready".', 'en', '2024-02-21');
    expect(en.quotes.find((q) => q.text.includes('safe and ready'))?.speaker.id).toBe('grant-shapps');
    const fr = code('Le porte-parole du Kremlin, Dmitri Peskov, qui était interrogé par des journalistes, a jugé la position de la France « extrêmement dangereuse ».', 'fr', '2024-03-01');
    expect(fr.quotes.find((q) => q.text.includes('extrêmement dangereuse'))?.speaker.id).toBe('dmitry-peskov');
  });
});

describe('round 8: what the weapons are for', () => {
  it('"its nuclear weapons are meant for deterrence", « ses armes nucléaires sont destinées à la dissuasion » state the possessor’s doctrine', () => {
    const en = code('The minister said India’s nuclear weapons were intended purely for deterrence.', 'en', '2025-05-13');
    expect(find(en, 'DOCTRINE_STATEMENT', 'IND')).toBeDefined();
    const fr = code('Selon le ministre, les armes nucléaires de la Chine sont réservées à la dissuasion.', 'fr', '2025-05-13');
    expect(find(fr, 'DOCTRINE_STATEMENT', 'CHN')).toBeDefined();
  });
  it('weapons meant for something else state no doctrine', () => {
    const en = code('The new missiles are meant for the air force, which will receive them next year.', 'en', '2025-05-13');
    expect(find(en, 'DOCTRINE_STATEMENT')).toBeUndefined();
  });
});
