// Session 12 general rules (events.yaml v15), found on round 18's misses: each with its own FR and EN examples, written
// for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code } from './helpers.js';

const actors = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}`);

describe('readiness for nuclear war, and weapons that "exist to be used"', () => {
  it('an official who says his country is ready for nuclear war threatens', () => {
    expect(actors(code('Le ministre russe a affirmé que son pays était prêt à une guerre nucléaire.', 'fr', '2024-03-13'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
    expect(actors(code('Medvedev said Russia was ready for a nuclear confrontation with the West.', 'en', '2024-03-13'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
    expect(actors(code('« Ces armes existent pour être utilisées », a déclaré Vladimir Poutine au sujet de l\'arsenal nucléaire.', 'fr', '2024-03-13'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
  });
  it('weapons described as designed to be used on a battlefield are no threat', () => {
    expect(actors(code('Selon le Pentagone, la Russie possède 2 000 armes nucléaires tactiques, conçues pour être utilisées sur un champ de bataille.', 'fr', '2024-03-13'), 'NUCLEAR_THREAT')).toEqual([]);
  });
});

describe('the principle that a nuclear war cannot be won', () => {
  it('stated by a government is a statement of no intent (de-escalation)', () => {
    expect(actors(code('The Chinese Foreign Ministry reaffirmed that a nuclear war cannot be won and must never be fought.', 'en', '2023-01-03'), 'DE_ESCALATION')).toEqual(['CHN:asserted']);
    expect(actors(code("Le président français a rappelé qu'il ne peut y avoir de vainqueur dans une guerre nucléaire.", 'fr', '2023-01-03'), 'DE_ESCALATION')).toEqual(['FRA:asserted']);
  });
  it('"X knows a nuclear war can never be won", said to X, is no pledge of the speaker', () => {
    expect(actors(code("Le chef de l'OTAN a dit que la Russie sait qu'une guerre nucléaire ne peut jamais être gagnée.", 'fr', '2023-01-03'), 'DE_ESCALATION')).toEqual([]);
  });
});

describe('findings that nothing was prepared or moved (ontology §2)', () => {
  it('no sign of preparations for a nuclear strike: planning negated, the preparer being the state named', () => {
    expect(actors(code('The Pentagon said it had seen no indication that Russia was preparing a nuclear attack.', 'en', '2022-10-10'), 'PLANNING_REPORTED')).toEqual(['RUS:negated']);
    expect(actors(code("Le Pentagone ne voit aucun préparatif russe en vue d'une frappe nucléaire.", 'fr', '2022-10-10'), 'PLANNING_REPORTED')).toEqual(['RUS:negated']);
  });
  it('no unusual movement and an arsenal that has not moved: a raised alert, negated', () => {
    const fr = code("Les forces nucléaires russes sont surveillées de près. Aucun mouvement inhabituel n'a été observé, selon l'OTAN.", 'fr', '2023-06-25');
    expect(actors(fr, 'ALERT_RAISED')).toEqual(['RUS:negated']);
    const en = code('Russian nuclear forces were watched closely. Officials saw no unusual activity at the bases.', 'en', '2023-06-25');
    expect(actors(en, 'ALERT_RAISED')).toEqual(['RUS:negated']);
    expect(actors(code("Selon Londres, l'arsenal nucléaire russe n'a pas bougé pendant la crise.", 'fr', '2023-06-25'), 'ALERT_RAISED')).toEqual(['RUS:negated']);
  });
  it('unusual movement reported as seen is no finding of nothing', () => {
    expect(actors(code('Russian nuclear forces were watched closely. Officials reported unusual activity at the bases.', 'en', '2023-06-25'), 'ALERT_RAISED')).toEqual([]);
  });
});

describe('risk judged at a figure, and the Doomsday Clock', () => {
  it('a risk "put at" or « situé à » a percentage is a risk assessment', () => {
    const en = code('The analyst put the likelihood of a Russian nuclear strike this year at about 4 percent.', 'en', '2022-10-10');
    expect(actors(en, 'RISK_ASSESSMENT')).toEqual(['RUS:asserted']);
    const fr = code("Le chercheur estime le risque d'un emploi de l'arme nucléaire par la Russie à moins de 5 %.", 'fr', '2022-10-10');
    expect(actors(fr, 'RISK_ASSESSMENT')).toEqual(['RUS:asserted']);
  });
  it('the Doomsday Clock set closer to midnight judges the focal state\'s risk', () => {
    const en = code("Russia's nuclear threats worried scientists. The Doomsday Clock now stands at 89 seconds to midnight.", 'en', '2025-01-28');
    expect(actors(en, 'RISK_ASSESSMENT')).toContain('RUS:asserted');
  });
  it('"minutes to midnight" in a film title is no assessment', () => {
    expect(actors(code('Review: the nuclear thriller "Ten minutes to midnight" opens in Venice.', 'en', '2025-09-01'), 'RISK_ASSESSMENT')).toEqual([]);
  });
});

describe('warnings: Armageddon, accusations of nuclear blackmail, a response promised', () => {
  it('speaking of Armageddon warns', () => {
    expect(actors(code("Le président américain a évoqué l'Armageddon face aux menaces nucléaires russes.", 'fr', '2022-10-07'), 'WARNING')).toEqual(['USA:asserted']);
    expect(actors(code('The British prime minister spoke of the danger of Armageddon after the nuclear threats.', 'en', '2022-10-07'), 'WARNING')).toEqual(['GBR:asserted']);
  });
  it('accusing the other side of nuclear blackmail is a warning by the accuser', () => {
    expect(actors(code('La Pologne a accusé Moscou de chantage nucléaire.', 'fr', '2023-03-26'), 'WARNING')).toEqual(['POL:asserted']);
    expect(actors(code('Lithuania accused Russia of nuclear blackmail on Sunday.', 'en', '2023-03-26'), 'WARNING')).toEqual(['LTU:asserted']);
  });
  it('saying a step would provoke a response is a deterrent warning', () => {
    expect(actors(code('Moscow said that stationing nuclear weapons in Sweden would provoke a response.', 'en', '2024-03-07'), 'WARNING')).toEqual(['RUS:asserted']);
  });
});

describe('de-escalation: limits offered, plans proposed, calls to talk; and its refusal', () => {
  it('new limits on strategic arms offered, and arms control worked on with the other side', () => {
    expect(actors(code('The Kremlin floated new limits on strategic nuclear weapons on Thursday.', 'en', '2025-08-14'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
    expect(actors(code('Paris continue de travailler avec Moscou sur la maîtrise des armements nucléaires.', 'fr', '2025-08-14'), 'DE_ESCALATION')).toEqual(['FRA:asserted']);
  });
  it('a plan or a moratorium proposed in a nuclear context is an arms-control proposal', () => {
    expect(actors(code('Le Brésil a proposé une initiative pour le désarmement nucléaire.', 'fr', '2022-08-02'), 'DE_ESCALATION')).toEqual(['BRA:asserted']);
    expect(actors(code('Kazakhstan proposed a moratorium on nuclear weapons deployments.', 'en', '2022-08-02'), 'DE_ESCALATION')).toEqual(['KAZ:asserted']);
  });
  it('urging the sides to dialogue is a call to de-escalate by the one who urges', () => {
    expect(actors(code("L'Autriche a exhorté les puissances nucléaires au dialogue.", 'fr', '2022-08-02'), 'DE_ESCALATION')).toEqual(['AUT:asserted']);
    expect(actors(code('Switzerland urged Washington and Moscow to resume talks on nuclear arms.', 'en', '2022-08-02'), 'DE_ESCALATION')).toContain('CHE:asserted');
  });
  it('a final document blocked, an offer not followed up: de-escalation refused, negated', () => {
    expect(actors(code("À la conférence d'examen du TNP, l'Iran a bloqué le document final.", 'fr', '2022-08-26'), 'DE_ESCALATION')).toEqual(['IRN:negated']);
    expect(actors(code('At the NPT review conference, Iran blocked the adoption of the final document.', 'en', '2022-08-26'), 'DE_ESCALATION')).toEqual(['IRN:negated']);
    const fr = code("Les États-Unis ont proposé un dialogue sur les armes nucléaires. La Chine n'a pas donné suite.", 'fr', '2024-03-01');
    expect(actors(fr, 'DE_ESCALATION')).toContain('CHN:negated');
  });
});

describe('threats told by others, lines crossed, and "Nato" as the British press spells it', () => {
  it('"not joking" about nuclear use: a threat from the actor\'s own side, another\'s risk assessment from anyone else', () => {
    expect(actors(code('Dmitri Medvedev a assuré que la Russie « ne plaisante pas » avec son arsenal nucléaire.', 'fr', '2022-10-07'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
    const en = code('Biden said Putin was not joking when he talked about using nuclear weapons.', 'en', '2022-10-07');
    expect(actors(en, 'NUCLEAR_THREAT')).toEqual([]);
    expect(actors(en, 'RISK_ASSESSMENT')).toEqual(['RUS:asserted']);
  });
  it('crossing a line and a new world war, in a nuclear context, are warnings', () => {
    expect(actors(code('Olaf Scholz said that by using nuclear weapons Russia would be crossing a line.', 'en', '2022-11-04'), 'WARNING')).toEqual(['DEU:asserted']);
    expect(actors(code("Dmitri Peskov a dénoncé un appel à une nouvelle guerre mondiale, après des propos sur l'arme nucléaire.", 'fr', '2022-10-13'), 'WARNING')).toEqual(['RUS:asserted']);
  });
  it('"no new nuclear deployments" is a negated deployment', () => {
    expect(actors(code('Russian officials have announced no new nuclear deployments near the border.', 'en', '2023-04-04'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:negated']);
  });
  it('"Nato" and « l\'Otan » are NATO; a person in the possessive is not the one who calls a thing dangerous', () => {
    const en = code('Putin said tactical nuclear weapons would be stationed in Belarus. Nato called Putin\'s announcement "dangerous and irresponsible".', 'en', '2023-03-26');
    expect(actors(en, 'WARNING')).toEqual(['NATO:asserted']);
    expect(en.quotes.map((q) => q.speaker.id)).toEqual(['NATO']);
    expect(actors(code("Le secrétaire général de l'Otan a jugé la rhétorique nucléaire russe dangereuse.", 'fr', '2023-03-26'), 'WARNING')).toEqual(['NATO:asserted']);
  });
  it('a place after "in" gives way to the actor named before it', () => {
    const en = code('Russia suspended New START. Blinken, speaking in Athens, called the decision irresponsible.', 'en', '2023-02-21');
    expect(actors(en, 'WARNING')).toEqual(['USA:asserted']);
  });
  it('a researcher\'s nationality names no acting state', () => {
    const fr = code('Une chercheuse sénégalaise décrypte la nouvelle doctrine nucléaire russe.', 'fr', '2024-11-20');
    expect(actors(fr, 'DOCTRINE_CHANGE')).toEqual(['RUS:asserted']);
  });
});

describe("round 19's misses in general forms", () => {
  it('long-range missiles supplied, handed over or allowed are weapons authorizations, with their polarity', () => {
    const en = code('Moscow threatened a nuclear response. Paris has still not given Kyiv permission to use SCALP missiles against Russia.', 'en', '2024-06-10');
    expect(actors(en, 'WEAPONS_AUTHORIZATION')).toEqual(['FRA:negated']);
    const fr = code("Malgré les menaces nucléaires russes, Paris a annoncé la livraison de missiles SCALP à l'Ukraine.", 'fr', '2024-06-10');
    expect(actors(fr, 'WEAPONS_AUTHORIZATION')).toEqual(['FRA:asserted']);
  });
  it('no meeting planned and a summit shelved are refused de-escalation', () => {
    expect(actors(code("Russia's nuclear threats continued. Paris has no plans to hold a summit with Moscow.", 'en', '2025-10-22'), 'DE_ESCALATION')).toEqual(['FRA:negated']);
    expect(actors(code('Citing the nuclear standoff, Washington shelved the planned summit.', 'en', '2025-10-22'), 'DE_ESCALATION')).toEqual(['USA:negated']);
  });
  it('veiled threats: « laisser planer la menace », a veiled reference to the arsenal, "neither intimidation nor bluff"', () => {
    expect(actors(code("Le Kremlin a laissé planer la menace d'une riposte, sur fond de tensions nucléaires.", 'fr', '2023-02-02'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
    expect(actors(code("Le discours contenait une référence à peine voilée à l'arsenal nucléaire russe.", 'fr', '2023-02-02'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
    expect(actors(code('Medvedev wrote that this was neither intimidation nor a nuclear bluff.', 'en', '2023-02-02'), 'NUCLEAR_THREAT')).toEqual(['RUS:asserted']);
  });
  it('non-compliance charged and an ironclad Article 5 commitment are warnings', () => {
    expect(actors(code('Le Royaume-Uni a accusé la Russie de ne pas respecter le traité New Start.', 'fr', '2023-02-01'), 'WARNING')).toEqual(['GBR:asserted']);
    expect(actors(code('Amid Russian nuclear threats, Canada said its commitment to Article 5 was ironclad.', 'en', '2023-02-01'), 'WARNING')).toEqual(['CAN:asserted']);
  });
  it('concern voiced, « plus que grave », and a risk « situé » at a percentage', () => {
    expect(actors(code('Japan voiced concern over the new nuclear arms race.', 'en', '2024-06-10'), 'WARNING')).toEqual(['JPN:asserted']);
    expect(actors(code('Berlin a exprimé sa vive inquiétude face à la rhétorique nucléaire de Moscou.', 'fr', '2024-06-10'), 'WARNING')).toEqual(['DEU:asserted']);
    expect(actors(code("La chercheuse juge faible le risque d'emploi de l'arme nucléaire par la Russie : elle le situe à moins de 2 %.", 'fr', '2024-06-10'), 'RISK_ASSESSMENT')).toEqual(['RUS:asserted']);
  });
  it('a nuclear-capable system stationed, told after an aside; an arsenal projected past a year', () => {
    expect(actors(code('Des missiles Iskander, capables de porter des ogives nucléaires, y sont déployés depuis 2018.', 'fr', '2022-06-20'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    expect(actors(code('The report said China would have over 1,500 warheads by 2035.', 'en', '2024-12-18'), 'NUCLEAR_DEPLOYMENT')).toEqual(['CHN:hypothetical']);
  });
});

describe('the person who speaks, accuses or brandishes a threat is its source', () => {
  it('the subject of "spoke of", « a agité », « a accusé » is the attribution', () => {
    const en = code('A week later, President Joe Biden spoke of the risk of Armageddon.', 'en', '2022-10-07');
    expect(en.events.filter((e) => e.type === 'WARNING').map((e) => e.attributedTo)).toEqual(['joe-biden']);
    const fr = code("Vladimir Poutine a agité la menace d'un conflit nucléaire.", 'fr', '2024-02-29');
    expect(fr.events.filter((e) => e.type === 'NUCLEAR_THREAT').map((e) => e.attributedTo)).toEqual(['vladimir-putin']);
  });
});

describe('a call or condemnation under "should" is recommended, not made', () => {
  it('"should urge", « devrait appeler »: hypothetical; the same call made: asserted', () => {
    // The talks asked for are the called-on states' possible act either way (session 14).
    expect(actors(code('Ireland should urge Washington and Moscow to resume talks on nuclear arms.', 'en', '2024-01-10'), 'DE_ESCALATION')).toEqual(['IRL:hypothetical', 'USA:hypothetical', 'RUS:hypothetical']);
    expect(actors(code('Ireland urged Washington and Moscow to resume talks on nuclear arms.', 'en', '2024-01-10'), 'DE_ESCALATION')).toEqual(['IRL:asserted', 'USA:hypothetical', 'RUS:hypothetical']);
    expect(actors(code('La France devrait appeler Moscou à reprendre le dialogue sur les armes nucléaires.', 'fr', '2024-01-10'), 'DE_ESCALATION')).toEqual(['FRA:hypothetical', 'RUS:hypothetical']);
  });
  it('a warning whose message holds "should" is still made', () => {
    expect(actors(code('Russia warned that NATO should think twice before deploying nuclear weapons.', 'en', '2024-01-10'), 'WARNING')).toContain('RUS:asserted');
  });
});
