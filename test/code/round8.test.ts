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

describe('round 8: launches told in headlines and after the system', () => {
  it('"fires new ICBM", "Agni-5 flight-tested", « le Bourevestnik testé » are tests', () => {
    expect(find(code('Pyongyang fires new ICBM towards the Sea of Japan', 'en', '2024-11-01'), 'MISSILE_TEST', 'PRK')).toBeDefined();
    expect(find(code('India’s Agni-5 with multiple warheads flight-tested off Odisha', 'en', '2024-03-12'), 'MISSILE_TEST', 'IND')).toBeDefined();
    expect(find(code('Le Bourevestnik testé en octobre a volé quinze heures, selon le chef d’état-major russe.', 'fr', '2025-10-27'), 'MISSILE_TEST', 'RUS')).toBeDefined();
  });
});

describe('round 8: ordering nuclear tests resumed', () => {
  it('an order to resume nuclear testing leaves the test moratorium', () => {
    expect(find(code('The president ordered the Pentagon to resume nuclear testing on an equal basis.', 'en', '2025-10-30'), 'ARMS_CONTROL_EXIT', 'USA')).toBeDefined();
    expect(find(code('Donald Trump a ordonné au Pentagone de commencer à tester les armes nucléaires américaines.', 'fr', '2025-10-30'), 'ARMS_CONTROL_EXIT', 'USA')).toBeDefined();
  });
  it('being ready to resume, or refusing to, leaves nothing', () => {
    expect(find(code('Putin said Russia should stand ready to resume nuclear tests if Washington did so.', 'en', '2024-02-29'), 'ARMS_CONTROL_EXIT')).toBeUndefined();
    expect(find(code('La Russie ne reprendra pas les essais nucléaires, a assuré le Kremlin.', 'fr', '2025-10-30'), 'ARMS_CONTROL_EXIT')).toBeUndefined();
  });
});

describe('round 8: leaving a treaty told otherwise', () => {
  it('"suspended Russia’s participation", « le retrait ... de sa ratification » leave the treaty', () => {
    expect(find(code('Putin suspended Russia’s participation in the New START treaty in February 2023.', 'en', '2025-09-23'), 'ARMS_CONTROL_EXIT', 'RUS')).toBeDefined();
    expect(find(code('Le retrait de la Russie, en novembre 2023, de sa ratification du traité d’interdiction des essais nucléaires a inquiété Paris.', 'fr', '2025-07-10'), 'ARMS_CONTROL_EXIT')).toBeDefined();
  });
});

describe('round 8: keeping to treaty limits', () => {
  it('"would still respect the caps", « prête à respecter les plafonds » are restraint', () => {
    expect(find(code('Moscow said it would still respect the caps of the New START treaty.', 'en', '2025-09-23'), 'DE_ESCALATION', 'RUS')).toBeDefined();
    expect(find(code('La Russie s’est dite prête à respecter encore un an les plafonds du traité New START.', 'fr', '2025-09-23'), 'DE_ESCALATION', 'RUS')).toBeDefined();
  });
});

describe('round 8: letting Kyiv use the weapons', () => {
  it('allowing Ukraine to fire them is an authorization by the one named as allowing', () => {
    const en = code('London and Washington announced no decision on allowing Ukraine to fire long-range missiles into Russia.', 'en', '2024-09-16');
    expect(en.events.find((e) => e.type === 'WEAPONS_AUTHORIZATION' && e.actor === 'USA' && e.polarity === 'negated')).toBeDefined();
    const fr = code('Washington a décidé de permettre à l’Ukraine d’utiliser ses missiles ATACMS contre la Russie.', 'fr', '2024-09-16');
    expect(find(fr, 'WEAPONS_AUTHORIZATION', 'USA')).toBeDefined();
    expect(find(code('Les frappes ont suivi le feu vert donné par Joe Biden à l’usage des missiles ATACMS.', 'fr', '2024-11-28'), 'WEAPONS_AUTHORIZATION', 'USA')).toBeDefined();
  });
  it('no state named as allowing, or the place of the strikes, is no actor', () => {
    const en = code('Several allies have already allowed Ukraine to use their weapons against military targets in Russia.', 'en', '2024-06-14');
    expect(find(en, 'WEAPONS_AUTHORIZATION')).toBeUndefined();
  });
});

describe('round 8: warnings told as a call or a "prévenu que"', () => {
  it('calling on others to keep the test moratorium or their commitments is a warning by the one who calls', () => {
    expect(find(code('Le Canada a appelé toutes les puissances nucléaires à respecter le moratoire sur les essais.', 'fr', '2025-10-30'), 'WARNING', 'CAN')).toBeDefined();
    expect(find(code('China called on Washington to honour its commitments under the nuclear test ban treaty.', 'en', '2025-10-30'), 'WARNING', 'CHN')).toBeDefined();
  });
  it('« a prévenu que » warns, as "warned that" does', () => {
    const fr = code('Le Kremlin a prévenu que la Russie répondrait si un pays reprenait les essais nucléaires.', 'fr', '2025-10-30');
    expect(find(fr, 'WARNING', 'RUS')).toBeDefined();
  });
});

describe('round 8: the green light given by someone', () => {
  it('"the green light given by Washington", « le feu vert donné par Joe Biden » are that side’s authorization', () => {
    expect(find(code('Kyiv fired ATACMS missiles into Russia for the first time, after the green light given by Washington.', 'en', '2024-11-19'), 'WEAPONS_AUTHORIZATION', 'USA')).toBeDefined();
    expect(find(code('L’Ukraine a tiré des missiles ATACMS sur la Russie, après le feu vert donné par Joe Biden.', 'fr', '2024-11-19'), 'WEAPONS_AUTHORIZATION', 'USA')).toBeDefined();
  });
});

describe('round 8: more states in the gazetteer', () => {
  it('Canada, the Netherlands and the Nordic members are states of their own', () => {
    const en = code('Ottawa and The Hague said on Monday that Norway and Finland would join the exercise.', 'en', '2024-10-14');
    expect(en.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['CAN', 'NLD', 'NOR', 'FIN']));
    const fr = code('Le gouvernement canadien et la Belgique ont salué la décision de la Suède.', 'fr', '2024-10-14');
    expect(fr.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['CAN', 'BEL', 'SWE']));
  });
});

describe('round 8: another launch', () => {
  it('"did not rule out another launch", « n’exclut pas un nouveau tir » are a hypothetical test by the one who tested before', () => {
    const en = code('North Korea fired an intercontinental ballistic missile on Thursday. Officials in Seoul did not rule out another launch in the coming days.', 'en', '2024-11-01');
    expect(en.events.find((e) => e.type === 'MISSILE_TEST' && e.actor === 'PRK' && e.polarity === 'hypothetical')).toBeDefined();
    const fr = code('La Corée du Nord a tiré un missile balistique intercontinental jeudi. Séoul n’exclut pas un nouveau tir dans les prochains jours.', 'fr', '2024-11-01');
    expect(fr.events.find((e) => e.type === 'MISSILE_TEST' && e.actor === 'PRK' && e.polarity === 'hypothetical')).toBeDefined();
  });
});

describe('round 8: a month "last year"', () => {
  it('"in December last year", « en décembre de l’an dernier » are in the year before the page’s', () => {
    const en = code('North Korea last fired an ICBM in December last year, officials said.', 'en', '2024-11-01');
    expect(find(en, 'MISSILE_TEST', 'PRK')?.date.value).toBe('2023-12');
    const fr = code('La Corée du Nord avait tiré un missile balistique intercontinental en décembre de l’an dernier.', 'fr', '2024-11-01');
    expect(find(fr, 'MISSILE_TEST', 'PRK')?.date.value).toBe('2023-12');
  });
});

describe('round 8: protests and widened cases of use', () => {
  it('a protest lodged after a launch is a warning by the one who protests', () => {
    expect(find(code('Tokyo lodged a strong protest with Pyongyang after the ICBM launch.', 'en', '2024-11-01'), 'WARNING', 'JPN')).toBeDefined();
    expect(find(code('Séoul a élevé une vive protestation auprès de Pyongyang après le tir du missile balistique intercontinental.', 'fr', '2024-11-01'), 'WARNING', 'KOR')).toBeDefined();
  });
  it('widening the cases of nuclear use changes the doctrine', () => {
    const fr = code('Vladimir Poutine a signé la nouvelle doctrine nucléaire. Le décret élargit les cas d’emploi.', 'fr', '2024-11-28');
    expect(fr.events.filter((e) => e.type === 'DOCTRINE_CHANGE' && e.actor === 'RUS').map((e) => e.evidence.text)).toContain('Le décret élargit les cas d’emploi.');
    const en = code('Russia signed its updated nuclear doctrine on Tuesday. The decree expands the circumstances of use.', 'en', '2024-11-20');
    expect(en.events.filter((e) => e.type === 'DOCTRINE_CHANGE' && e.actor === 'RUS').map((e) => e.evidence.text)).toContain('The decree expands the circumstances of use.');
  });
});
