// Session 15 general rules (events.yaml v18), found on round 23's misses: each with FR and EN examples written for these
// tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { actorPolarities as actors, code } from './helpers.js';

const targets = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}>${e.target}`).sort();

describe('strike targets named inside the matched words', () => {
  it('"struck Iranian nuclear sites" targets Iran, a state without the weapon: a major strike, not a strike on a nuclear state', () => {
    const en = code('In June, Israel and then the United States struck Iranian nuclear sites.', 'en', '2025-07-01');
    expect(targets(en, 'MAJOR_STRIKE')).toContain('USA>IRN');
    expect(actors(en, 'STRIKE_ON_NUCLEAR_STATE')).toEqual([]);
  });
  it('a state named inside the words after "à"/"to" is who may act, not whom: « feu vert à Kiev pour ... sur le territoire russe »', () => {
    const fr = code("Joe Biden a donné il y a quelques jours son feu vert à Kiev pour l'utilisation de missiles américains sur le territoire russe.", 'fr', '2024-11-19');
    expect(targets(fr, 'WEAPONS_AUTHORIZATION')).toEqual(['USA>RUS']);
  });
  it('drones that struck districts of a city, in French', () => {
    const fr = code('Samedi, des drones russes ont frappé deux quartiers de Kharkiv, selon le maire.', 'fr', '2025-05-12');
    expect(actors(fr, 'MAJOR_STRIKE')).toEqual(['RUS:asserted']);
  });
});

describe('nuclear weapons tested, started or resumed', () => {
  it('testing nuclear weapons again is a detonation (NUCLEAR_USE), in English and French', () => {
    const en = code('The senator said the United States would start testing nuclear weapons again within months.', 'en', '2025-11-05');
    expect(actors(en, 'NUCLEAR_USE')).toEqual(['USA:hypothetical']);
    const fr = code("Selon le sénateur, la Russie reprendra les essais nucléaires dès l'an prochain.", 'fr', '2025-11-05');
    expect(actors(fr, 'NUCLEAR_USE').map((a) => a.split(':')[0])).toEqual(['RUS']);
  });
  it('an order to start testing codes the order, not a detonation besides it', () => {
    const en = code('The president ordered the Pentagon to start testing nuclear weapons.', 'en', '2025-11-05');
    expect(actors(en, 'NUCLEAR_USE')).toEqual([]);
    expect(actors(en, 'ARMS_CONTROL_EXIT')).toEqual(['USA:asserted']);
  });
  it('"being ready to resume tests" stays with the verb it depends on', () => {
    const fr = code('Le président russe a ordonné au ministère de la Défense de se tenir prêt à reprendre les essais nucléaires.', 'fr', '2023-02-21');
    expect(actors(fr, 'NUCLEAR_USE')).toEqual([]);
  });
  it('tests that are "not nuclear explosions" deny a detonation', () => {
    const en = code('Russia said on Monday that its new trials were not nuclear explosions.', 'en', '2025-11-05');
    expect(actors(en, 'NUCLEAR_USE')).toEqual(['RUS:negated']);
  });
});

describe('the declared posture in its own words', () => {
  it('never giving up the weapons, an irreversible nuclear status', () => {
    expect(actors(code('Pakistan will never give up its nuclear weapons, the prime minister said.', 'en', '2025-05-01'), 'DOCTRINE_STATEMENT')).toEqual(['PAK:asserted']);
    expect(actors(code('North Korea has declared its nuclear status irreversible.', 'en', '2025-05-01'), 'DOCTRINE_STATEMENT')).toEqual(['PRK:asserted']);
    expect(actors(code('La Corée du Nord juge son statut de puissance nucléaire irréversible.', 'fr', '2025-05-01'), 'DOCTRINE_STATEMENT')).toEqual(['PRK:asserted']);
  });
  it('a no-first-use policy and the decision kept by the president alone', () => {
    expect(actors(code('India reaffirmed its no-first-use policy for nuclear weapons.', 'en', '2025-05-01'), 'DOCTRINE_STATEMENT')).toEqual(['IND:asserted']);
    expect(actors(code("La France rappelle que la décision d'emploi de l'arme nucléaire revient au seul président.", 'fr', '2025-05-01'), 'DOCTRINE_STATEMENT')).toEqual(['FRA:asserted']);
  });
  it('"give them nuclear weapons" is still arming a third country, not a posture', () => {
    const en = code('The Russian envoy said Moscow could give Iran nuclear weapons.', 'en', '2025-05-01');
    expect(actors(en, 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
    expect(actors(en, 'DOCTRINE_STATEMENT')).toEqual([]);
  });
});

describe('exercises that simulate or rehearse the use of nuclear weapons (French)', () => {
  it('joint subjects each get the exercise', () => {
    const fr = code("Pendant les manœuvres, la Russie et le Bélarus ont simulé l'emploi d'armes nucléaires tactiques.", 'fr', '2025-09-20');
    expect(actors(fr, 'NUCLEAR_EXERCISE')).toEqual(['BLR:asserted', 'RUS:asserted']);
    const rehearsed = code("Les forces russes ont répété la planification de l'emploi d'armes nucléaires.", 'fr', '2025-09-20');
    expect(actors(rehearsed, 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted']);
    expect(actors(rehearsed, 'PLANNING_REPORTED')).toEqual([]);
  });
});

describe('talks refused', () => {
  it('any dialogue rejected, the door closed on nuclear talks', () => {
    expect(actors(code('North Korea rejected any dialogue with Seoul on its nuclear programme.', 'en', '2025-08-01'), 'DE_ESCALATION')).toEqual(['PRK:negated']);
    expect(actors(code('Pyongyang has closed the door to nuclear talks with Washington.', 'en', '2025-08-01'), 'DE_ESCALATION')).toEqual(['PRK:negated']);
    expect(actors(code('La Chine a fermé la porte aux négociations sur les armes nucléaires.', 'fr', '2025-08-01'), 'DE_ESCALATION')).toEqual(['CHN:negated']);
  });
});

describe('nuclear weapons stored at a site', () => {
  it('told negated, by the document\'s main state', () => {
    const fr = code("La France modernise la base aérienne. Aujourd'hui, aucune arme nucléaire n'est stockée sur le site.", 'fr', '2025-03-18');
    expect(actors(fr, 'NUCLEAR_DEPLOYMENT')).toEqual(['FRA:negated']);
  });
});

describe('an action condemned, named as a noun', () => {
  it('is not the condemner\'s: only a state adjective names its doer', () => {
    const en = code('Canada condemned the deployment of nuclear weapons in Belarus.', 'en', '2023-03-26');
    expect(actors(en, 'WARNING')).toEqual(['CAN:asserted']);
    expect(actors(en, 'NUCLEAR_DEPLOYMENT')).toEqual([]);
    expect(actors(code('Canada condemned the deployment of Russian nuclear weapons in Belarus.', 'en', '2023-03-26'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    expect(actors(code("Le Canada condamne le déploiement d'armes nucléaires au Bélarus.", 'fr', '2023-03-26'), 'NUCLEAR_DEPLOYMENT')).toEqual([]);
    expect(actors(code("La Russie a annoncé le déploiement d'armes nucléaires au Bélarus.", 'fr', '2023-03-26'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
  });
});

describe('offers left unanswered, talks refused or wanted', () => {
  it('an offer not answered is the silent side\'s de-escalation, negated', () => {
    expect(actors(code('Moscow offered to keep the nuclear limits of the treaty. The White House has not formally answered.', 'en', '2025-10-14'), 'DE_ESCALATION')).toContain('USA:negated');
    expect(actors(code("L'Élysée n'a toujours pas répondu à la proposition russe sur les armes nucléaires.", 'fr', '2025-10-14'), 'DE_ESCALATION')).toEqual(['FRA:negated']);
  });
  it('not taking part in talks, refusing to sit at the table', () => {
    expect(actors(code('India said it would not take part in any nuclear arms control negotiations.', 'en', '2025-10-14'), 'DE_ESCALATION')).toEqual(['IND:negated']);
    expect(actors(code("Le Pakistan refuse de s'asseoir à la table tant que l'Inde renforce son arsenal nucléaire.", 'fr', '2025-10-14'), 'DE_ESCALATION')).toEqual(['PAK:negated']);
  });
  it('saying one wants denuclearisation', () => {
    expect(actors(code('Le président sud-coréen a dit vouloir une dénucléarisation complète de la péninsule, face aux armes nucléaires du Nord.', 'fr', '2025-10-14'), 'DE_ESCALATION')).toEqual(['KOR:asserted']);
  });
});

describe('labelling and judging another\'s words', () => {
  it('"dismissed as nuclear blackmail", "called the announcement nuclear blackmail": the labeller\'s warning, no threat of theirs', () => {
    const en = code('Kyiv dismissed the announcement as nuclear blackmail.', 'en', '2024-06-01');
    expect(actors(en, 'WARNING')).toEqual(['UKR:asserted']);
    expect(actors(en, 'NUCLEAR_THREAT')).toEqual([]);
    expect(actors(code("Poland's foreign ministry called the Russian drill nuclear blackmail.", 'en', '2024-06-01'), 'WARNING')).toEqual(['POL:asserted']);
  });
  it('a named speaker judging the words out of place; an unnamed one is not guessed', () => {
    expect(actors(code('Emmanuel Macron a jugé « déplacées » les menaces nucléaires du Kremlin.', 'fr', '2025-06-01'), 'WARNING')).toEqual(['FRA:asserted']);
    expect(actors(code('Les menaces nucléaires, que certains jugent irresponsables, se multiplient.', 'fr', '2025-06-01'), 'WARNING')).toEqual([]);
  });
});

describe('an action asked of named states', () => {
  it('is the asked states\' possible act, told by the one who asks', () => {
    const fr = code('Le président polonais Andrzej Duda a demandé aux États-Unis de déployer des armes nucléaires en Pologne.', 'fr', '2025-03-14');
    expect(fr.events.filter((e) => e.type === 'NUCLEAR_DEPLOYMENT').map((e) => `${e.actor}:${e.polarity}:${e.attributedTo}`)).toEqual(['USA:hypothetical:andrzej-duda']);
    expect(actors(code('Lithuania asked the United States to station nuclear weapons on its soil.', 'en', '2025-03-14'), 'NUCLEAR_DEPLOYMENT')).toEqual(['USA:hypothetical']);
  });
  it('a state asked to act that is the subject itself stays the subject', () => {
    expect(actors(code('Russia wants to deploy nuclear weapons in Belarus.', 'en', '2025-03-14'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:hypothetical']);
  });
});
