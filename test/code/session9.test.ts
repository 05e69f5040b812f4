// Session 9 general rules, found on rounds 8-12's misses: each with its own FR and EN examples, written for these tests
// (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code } from './helpers.js';

const actors = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}`);
const types = (r: ReturnType<typeof code>) => r.events.map((e) => e.type);

describe('section headings in the body are not coded', () => {
  const page = (heading: string, lang: string) =>
    code(
      lang === 'en'
        ? `Russia suspends its New START participation\n\nMoscow announced the step on Tuesday, officials said.\n\n${heading}\n\nThe treaty caps deployed warheads at 1,550.`
        : `La Russie suspend sa participation à New Start\n\nMoscou a annoncé cette mesure mardi, selon des responsables.\n\n${heading}\n\nLe traité plafonne les ogives déployées à 1 550.`,
      lang,
      '2023-02-22',
    );
  it('a short verbless line between paragraphs names a topic, not an event', () => {
    expect(types(page('The Doctrine Behind the Decision', 'en'))).not.toContain('DOCTRINE_STATEMENT');
    expect(types(page('Une doctrine nucléaire révisée', 'fr'))).not.toContain('DOCTRINE_STATEMENT');
    // The title's suspension stays the only treaty exit.
    expect(actors(page('End of the Testing Moratorium', 'en'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(actors(code('Moscow suspends New START\n\nThe Kremlin announced the step on Tuesday.\n\nEnd of the Testing Moratorium\n\nMoscow also ended its moratorium on nuclear tests.', 'en', '2023-02-22'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
  });
  it('the title before the first paragraph is still coded, and so is a sentence-like line in the body', () => {
    expect(actors(page('Background', 'en'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(actors(page('Contexte', 'fr'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(types(page('- Moscow also suspended its nuclear test moratorium', 'en'))).toContain('ARMS_CONTROL_EXIT');
  });
});

describe('an aside between commas or brackets does not break a pattern', () => {
  it('« a suspendu, en février 2023, sa participation » and "suspended, in February 2023, its participation"', () => {
    expect(actors(code('La Russie a suspendu, en février 2023, sa participation au traité New Start.', 'fr', '2024-05-10'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(actors(code('Russia suspended, in February 2023 and without notice, its participation in New START.', 'en', '2024-05-10'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
  });
  it('a bracketed aside between the verb and the treaty', () => {
    expect(actors(code('Washington withdrew in 2019 from the landmark (and long-disputed) Intermediate-Range treaty with Moscow on nuclear missiles.', 'en', '2024-05-10'), 'ARMS_CONTROL_EXIT')).toEqual(['USA:asserted']);
  });
  it('the words inside an aside still match ("and there are no changes to it")', () => {
    expect(actors(code('"The nuclear doctrine is clear, and there are no changes to it," Dmitry Peskov said.', 'en', '2024-05-10'), 'DOCTRINE_CHANGE')).toEqual(['RUS:negated']);
  });
});

describe('de-escalation: engagement offered, testing only in reply, offers turned down or welcomed', () => {
  it('"ready to engage" and « propose de dialoguer » in a nuclear context, by the one who offers', () => {
    expect(actors(code('The White House said the United States is ready to engage China on nuclear arms risks without delay.', 'en', '2024-06-07'), 'DE_ESCALATION')).toEqual(['USA:asserted']);
    expect(actors(code('Paris propose de dialoguer avec Moscou sur les armes nucléaires, a indiqué le Quai d’Orsay.', 'fr', '2024-06-07'), 'DE_ESCALATION')).toEqual(['FRA:asserted']);
  });
  it('testing only if the other side tests first is restraint, asserted despite "would" and « ne ... que »', () => {
    expect(actors(code('China would carry out a nuclear test only if the United States did so first, a spokesman said.', 'en', '2025-11-03'), 'DE_ESCALATION')).toEqual(['CHN:asserted']);
    expect(actors(code('Moscou ne reprendrait ses essais nucléaires que si Washington le faisait d’abord.', 'fr', '2025-11-03'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
  });
  it('an offer of talks or inspections rejected is de-escalation negated, by the one who rejects', () => {
    expect(actors(code('Beijing has rejected repeated U.S. calls to join nuclear arms control talks.', 'en', '2025-02-14'), 'DE_ESCALATION')).toEqual(['CHN:negated']);
    expect(actors(code('Moscou a rejeté la proposition américaine de reprise du dialogue sur les armes nucléaires.', 'fr', '2025-02-14'), 'DE_ESCALATION')).toEqual(['RUS:negated']);
  });
  it('the subject stands before a relative aside ("China, which ..., has rejected")', () => {
    expect(actors(code('China, which the Pentagon says is expanding its nuclear arsenal, has rejected U.S. calls to join arms control talks.', 'en', '2025-02-14'), 'DE_ESCALATION')).toEqual(['CHN:negated']);
  });
  it('an arms-control offer called a good idea is welcomed by the speaker', () => {
    expect(actors(code('Emmanuel Macron said the Russian offer to keep the nuclear treaty limits was a good idea.', 'en', '2025-10-06'), 'DE_ESCALATION')).toEqual(['FRA:asserted']);
    expect(actors(code('Le chancelier allemand a jugé que la proposition de prolonger les plafonds du traité New Start était une bonne idée.', 'fr', '2025-10-06'), 'DE_ESCALATION')).toEqual(['DEU:asserted']);
  });
  it('limits kept: "restrictions" and « continuer à respecter »', () => {
    expect(actors(code('Moscow is ready to keep adhering to the treaty restrictions on nuclear warheads, Sergei Lavrov said.', 'en', '2025-10-06'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
    expect(actors(code('Washington entend continuer à respecter les plafonds du traité New Start sur les ogives.', 'fr', '2025-10-06'), 'DE_ESCALATION')).toEqual(['USA:asserted']);
  });
});

describe('treaty exits: inspections refused, data stopped', () => {
  it('"refused to allow inspectors", « refuse d’accueillir les inspecteurs », "stopped sharing the data"', () => {
    expect(actors(code('Moscow has refused for two years to allow American inspectors at its nuclear bases under New START.', 'en', '2024-08-01'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(actors(code('La Russie refuse d’accueillir les inspecteurs américains prévus par le traité New Start.', 'fr', '2024-08-01'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(actors(code('Russia has stopped sharing the data on its nuclear warheads required by New START.', 'en', '2024-08-01'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
  });
});

describe('warnings and authorisations', () => {
  it('summoning an ambassador in a nuclear context warns', () => {
    expect(actors(code('Moscou a convoqué l’ambassadeur de France après les propos sur la dissuasion nucléaire.', 'fr', '2024-03-01'), 'WARNING')).toEqual(['RUS:asserted']);
    expect(actors(code('Russia summoned the British ambassador over the nuclear-capable missiles.', 'en', '2024-03-01'), 'WARNING')).toEqual(['RUS:asserted']);
  });
  it('"the right to use our weapons to strike" and a go-ahead given are authorisations by the one who gives them', () => {
    expect(actors(code('Keir Starmer said Ukraine had the right to use British missiles to strike military targets in Russia.', 'en', '2024-11-20'), 'WEAPONS_AUTHORIZATION')).toEqual(['GBR:asserted']);
    expect(actors(code('Emmanuel Macron a déclaré que l’Ukraine avait le droit d’utiliser des missiles français pour frapper des cibles en Russie.', 'fr', '2024-11-20'), 'WEAPONS_AUTHORIZATION')).toEqual(['FRA:asserted']);
    expect(actors(code('Washington gave Kyiv the go-ahead to use ATACMS missiles inside Russia.', 'en', '2024-11-18'), 'WEAPONS_AUTHORIZATION')).toEqual(['USA:asserted']);
  });
  it('a named nuclear-capable system "tested" is a missile test', () => {
    expect(actors(code('Vladimir Putin said Russia had tested the Oreshnik against a Ukrainian plant.', 'en', '2024-11-22'), 'MISSILE_TEST')).toEqual(['RUS:asserted']);
  });
});

describe('a pattern gap passes over a date or a time adverb', () => {
  it('« a suspendu le 21 février 2023 sa participation », "gave Kyiv permission over the weekend to use"', () => {
    expect(actors(code('Moscou a suspendu le 3 mars 2023 sa participation au traité New Start.', 'fr', '2024-05-10'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
    expect(actors(code('The White House gave Kyiv permission last week to use the long-range missiles against targets in Russia.', 'en', '2024-11-20'), 'WEAPONS_AUTHORIZATION')).toEqual(['USA:asserted']);
    expect(actors(code('Paris avait levé quelques jours plus tôt ses restrictions à l’emploi des missiles SCALP contre la Russie.', 'fr', '2024-11-20'), 'WEAPONS_AUTHORIZATION')).toEqual(['FRA:asserted']);
  });
  it('other words still count against the gap', () => {
    expect(actors(code('Moscou a suspendu toutes les négociations sur le gaz avec Kiev et la participation russe au sommet.', 'fr', '2024-05-10'), 'ARMS_CONTROL_EXIT')).toEqual([]);
  });
});

describe('contacts, notices and limits', () => {
  it('a call to one’s counterpart and two ministers who spoke to each other', () => {
    expect(actors(code('Le ministre français des Armées a appelé son homologue russe pour évoquer les risques nucléaires.', 'fr', '2024-04-04'), 'DE_ESCALATION')).toEqual(['FRA:asserted']);
    expect(actors(code('Defense Secretary Lloyd Austin called his Russian counterpart to discuss nuclear risks.', 'en', '2024-07-12'), 'DE_ESCALATION')).toEqual(['USA:asserted']);
  });
  it('a launch notified beforehand, in the active voice, is the notifier’s restraint', () => {
    expect(actors(code('Beijing had notified Washington of the ICBM launch in advance, the Pentagon said.', 'en', '2024-09-25'), 'DE_ESCALATION')).toEqual(['CHN:asserted']);
    expect(actors(code('Selon le Pentagone, la Chine a prévenu les États-Unis avant le tir de son missile intercontinental.', 'fr', '2024-09-25'), 'DE_ESCALATION')).toEqual(['CHN:asserted']);
  });
  it('a testing moratorium maintained and treaty limits kept to', () => {
    expect(actors(code('The United States will maintain its moratorium on explosive nuclear testing, the official said.', 'en', '2023-11-03'), 'DE_ESCALATION')).toEqual(['USA:asserted']);
    expect(actors(code('Washington will keep to the central limits of the New START treaty, the State Department said.', 'en', '2023-11-03'), 'DE_ESCALATION')).toEqual(['USA:asserted']);
  });
  it('a bar for nuclear use lowered, cases of use widened a few words apart', () => {
    expect(actors(code('Kremlin Lowers Bar for Nuclear Use\n\nThe decree was published on Tuesday.', 'en', '2024-11-19'), 'DOCTRINE_CHANGE')).toEqual(['RUS:asserted']);
    expect(actors(code('Le décret russe élargit les cas dans lesquels le Kremlin envisage l’emploi de l’arme nucléaire.', 'fr', '2024-11-19'), 'DOCTRINE_CHANGE')).toEqual(['RUS:asserted']);
  });
});

describe('coordinated subjects with « ni … ni » and "neither … nor"', () => {
  it('both states act, and the negation holds for both', () => {
    expect(actors(code('Pour l’instant, ni Paris ni Londres n’ont donné leur feu vert à l’emploi de leurs missiles contre la Russie.', 'fr', '2024-09-26'), 'WEAPONS_AUTHORIZATION')).toEqual(['FRA:negated', 'GBR:negated']);
    expect(actors(code('So far neither Washington nor London has given the go-ahead to use the missiles against Russia.', 'en', '2024-09-26'), 'WEAPONS_AUTHORIZATION')).toEqual(['USA:negated', 'GBR:negated']);
  });
});

describe('more de-escalation, deployment and exercise wording', () => {
  it('« pas de nécessité » de recourir à l’arme nucléaire is restraint', () => {
    expect(actors(code('Vladimir Poutine a estimé qu’il n’y avait « pas de nécessité » de recourir à l’arme nucléaire.', 'fr', '2024-06-07'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
  });
  it('ships carrying nuclear weapons are a deployment; a missile that can carry them is not', () => {
    expect(actors(code('Selon le Pentagone, aucun des navires russes ne transporte d’armes nucléaires.', 'fr', '2024-06-12'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:negated']);
    expect(actors(code('The Russian missile, which can carry nuclear warheads, hit a plant in Dnipro.', 'en', '2024-11-21'), 'NUCLEAR_DEPLOYMENT')).toEqual([]);
  });
  it('crews trained in using a nuclear-capable missile or receiving special munitions are exercising', () => {
    expect(actors(code('Selon Moscou, les équipages russes se sont entraînés à l’emploi de missiles à capacité nucléaire.', 'fr', '2024-06-12'), 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted']);
    expect(actors(code('Les équipages russes s’entraînent à recevoir des munitions spéciales pour les armes nucléaires.', 'fr', '2024-06-12'), 'NUCLEAR_EXERCISE')).toEqual(['RUS:asserted']);
  });
  it('"he" after a speech verb and an aside is the speaker', () => {
    const r = code('Les forces russes ont mené des exercices nucléaires. Joe Biden a toutefois précisé, dans un entretien diffusé jeudi par ABC, qu’il n’autorisait pas de frappes en profondeur en Russie.', 'fr', '2024-06-12');
    expect(actors(r, 'WEAPONS_AUTHORIZATION')).toEqual(['USA:negated']);
  });
});

describe('round 14 wording (written after its first run)', () => {
  it('readiness to test if the other side tests first warns; "only if" stays restraint', () => {
    expect(actors(code('Beijing said it must be ready to test nuclear weapons if the United States does so first.', 'en', '2025-11-03'), 'WARNING')).toEqual(['CHN:asserted']);
    expect(actors(code('La Chine pourrait procéder à un essai nucléaire si les États-Unis le faisaient les premiers.', 'fr', '2025-11-03'), 'WARNING')).toEqual(['CHN:asserted']);
  });
  it('an act called a threat or a step toward escalation warns, by the one who calls it so', () => {
    expect(actors(code('Moscow called the French nuclear initiative a dangerous step toward escalation.', 'en', '2025-05-15'), 'WARNING')).toEqual(['RUS:asserted']);
    expect(actors(code('Le Kremlin a qualifié l’initiative nucléaire française de menace pour la Russie.', 'fr', '2025-05-15'), 'WARNING')).toEqual(['RUS:asserted']);
  });
  it('a test postponed is restraint, not a test; never needing nuclear weapons is restraint, not a threat', () => {
    const r = code('Washington postponed a Minuteman III test launch to avoid inflaming nuclear tensions with Moscow.', 'en', '2022-08-05');
    expect(actors(r, 'DE_ESCALATION')).toEqual(['USA:asserted']);
    expect(actors(r, 'MISSILE_TEST')).toEqual([]);
    const n = code('Vladimir Putin said Russia had never needed to use nuclear weapons in Ukraine.', 'en', '2024-03-13');
    expect(actors(n, 'DE_ESCALATION')).toEqual(['RUS:asserted']);
    expect(actors(n, 'NUCLEAR_THREAT')).toEqual([]);
  });
  it('weapons kept somewhere are deployed there, by their owner', () => {
    expect(actors(code('The United States keeps about 100 nuclear bombs in Europe, officials said.', 'en', '2025-07-02'), 'NUCLEAR_DEPLOYMENT')).toEqual(['USA:asserted']);
    expect(actors(code('La Russie maintient des armes nucléaires tactiques sur le territoire du Bélarus.', 'fr', '2025-07-02'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
  });
  it('"refused to engage" on arms control is de-escalation refused', () => {
    expect(actors(code('Washington offered nuclear arms control talks, but Moscow has refused to engage.', 'en', '2024-03-20'), 'DE_ESCALATION')).toContain('RUS:negated');
  });
  it('"should" makes the action a recommendation', () => {
    expect(actors(code('Washington and Moscow should resume talks on strategic stability before the nuclear treaty expires.', 'en', '2024-03-20'), 'DE_ESCALATION')).toEqual(['USA:hypothetical', 'RUS:hypothetical']);
  });
  it('an alert status or a posture left unchanged is a negated alert; a special regime of combat duty is an alert', () => {
    expect(actors(code('Officials said Russia had not changed the alert status of its nuclear forces.', 'en', '2025-07-02'), 'ALERT_RAISED')).toEqual(['RUS:negated']);
    expect(actors(code('La France n’a pas modifié la posture de ses forces nucléaires.', 'fr', '2024-11-05'), 'ALERT_RAISED')).toEqual(['FRA:negated']);
    const r = code('Putin ordered Russia’s deterrence forces onto a special regime of combat duty.', 'en', '2022-02-27');
    expect(actors(r, 'ALERT_RAISED')).toEqual(['RUS:asserted']);
    expect(actors(r, 'NUCLEAR_DEPLOYMENT')).toEqual([]);
  });
  it('a pronoun opening a sentence, after a date, is the subject of the sentence before', () => {
    const r = code('La Russie a durci sa doctrine nucléaire. En février 2023, elle a suspendu l’application du traité New START. En novembre de la même année, elle a révoqué sa ratification du traité d’interdiction complète des essais nucléaires.', 'fr', '2025-04-28');
    expect(actors(r, 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted', 'RUS:asserted']);
  });
});

describe('warnings in the words officials use', () => {
  it('a new round or stage of tension, a war meant, a world war named, think twice, draw the conclusions', () => {
    const cases: Array<[string, string, string]> = [
      ['Dmitry Peskov said on Monday that such a decision would mark a qualitatively new round of nuclear tension.', 'en', 'RUS'],
      ['Vladimir Poutine a prévenu que ces livraisons de missiles nucléaires marqueraient une étape qualitativement nouvelle.', 'fr', 'RUS'],
      ['Medvedev wrote that a no-fly zone would mean war between NATO and nuclear-armed Russia.', 'en', 'RUS'],
      ['Sergueï Lavrov a déclaré que les Occidentaux « devraient réfléchir à deux fois » avant de menacer une puissance nucléaire.', 'fr', 'RUS'],
      ['Putin said the new nuclear missile would make those who threaten Russia think twice.', 'en', 'RUS'],
      ['« Nous en tirons les conclusions qui s’imposent », a déclaré un diplomate russe à propos des armes nucléaires.', 'fr', 'RUS'],
      ['Donald Trump said Medvedev should watch his words about nuclear weapons.', 'en', 'USA'],
      ['Selon Dmitri Peskov, le sujet des missiles à capacité nucléaire est « extrêmement préoccupant » pour Moscou.', 'fr', 'RUS'],
    ];
    for (const [text, lang, state] of cases) expect(actors(code(text, lang, '2025-10-14'), 'WARNING'), text).toContain(`${state}:asserted`);
  });
  it('« un pas » is a step, not a negation', () => {
    expect(actors(code('Vladimir Poutine a affirmé qu’un affrontement placerait le monde « à un pas d’une troisième guerre mondiale ».', 'fr', '2024-03-19'), 'WARNING')).toEqual(['RUS:asserted']);
  });
});

describe('abbreviations, pronouns, cancelled meetings, offers to discuss', () => {
  it('the dots of "U.S." do not count against a gap', () => {
    expect(actors(code('Russia has refused to allow U.S. inspectors onto its territory under New START.', 'en', '2023-06-02'), 'ARMS_CONTROL_EXIT')).toEqual(['RUS:asserted']);
  });
  it('a treaty body’s session or a summit called off is de-escalation refused', () => {
    expect(actors(code('In November 2022 Moscow postponed indefinitely a session of the New START Bilateral Consultative Commission.', 'en', '2023-06-02'), 'DE_ESCALATION')).toEqual(['RUS:negated']);
    expect(actors(code('Moscou a annulé la session de la commission consultative du traité New Start.', 'fr', '2023-06-02'), 'DE_ESCALATION')).toEqual(['RUS:negated']);
  });
  it('"prepared to discuss" and "offered to discuss" arms control are offers', () => {
    expect(actors(code('The United States is prepared to discuss nuclear arms control with Russia, the White House said.', 'en', '2023-06-02'), 'DE_ESCALATION')).toContain('USA:asserted');
  });
});

describe('the pronoun of a coordinated clause', () => {
  it('"..., and in November 2022 it postponed" is the sentence’s subject', () => {
    const r = code('Russia suspended the New START nuclear treaty. Russia has refused to allow U.S. inspectors onto its territory, and in November 2022 it postponed a session of the treaty’s commission.', 'en', '2023-06-02');
    expect(actors(r, 'DE_ESCALATION')).toEqual(['RUS:negated']);
  });
});

describe('the Holy See (actors.yaml v6)', () => {
  it('the Pope’s warning is the Holy See’s, attributed to the pope of the day', () => {
    const r = code('Le pape a averti dimanche que la guerre accroissait le risque d’une escalade nucléaire.', 'fr', '2022-10-02');
    expect(r.events.find((e) => e.type === 'WARNING')).toMatchObject({ actor: 'VAT', attributedTo: 'pope-francis' });
    const later = code('The Pope warned on Sunday that the war raised the risk of nuclear escalation.', 'en', '2025-10-05');
    expect(later.events.find((e) => e.type === 'WARNING')).toMatchObject({ actor: 'VAT', attributedTo: 'pope-leo-xiv' });
  });
});

describe('round 15 wording (written after its first run)', () => {
  it('weapons standing somewhere with their owner’s adjective inside the phrase are deployed', () => {
    expect(actors(code('Des armes nucléaires tactiques russes sont stationnées au Bélarus depuis 2023.', 'fr', '2025-03-21'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
  });
  it('no formal answer to an offer is de-escalation not taken up; a request for comment is none', () => {
    expect(actors(code('Washington has yet to send a formal reply to the Russian offer on nuclear limits.', 'en', '2025-10-31'), 'DE_ESCALATION')).toContain('USA:negated');
    expect(actors(code('Le Kremlin n’a toujours pas donné de réponse officielle à la proposition sur les armes nucléaires.', 'fr', '2025-10-31'), 'DE_ESCALATION')).toContain('RUS:negated');
    expect(actors(code('The Kremlin has not responded to a request for comment on the nuclear drills.', 'en', '2025-10-31'), 'DE_ESCALATION')).toEqual([]);
  });
  it('acting accordingly warns; offering to mediate is de-escalation; "posted that" reports speech', () => {
    expect(actors(code('Putin said that if anyone broke the nuclear test moratorium, Russia would act accordingly.', 'en', '2025-10-31'), 'WARNING')).toEqual(['RUS:asserted']);
    expect(actors(code('Putin has offered to mediate between Tehran and Washington on the nuclear file.', 'en', '2025-06-26'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
    expect(actors(code('Trump posted that he had instructed the Pentagon to start testing nuclear weapons.', 'en', '2025-10-30'), 'ARMS_CONTROL_EXIT')).toEqual(['USA:asserted']);
  });
  it('the conditions of use widened, « recourir » named a few words on', () => {
    expect(actors(code('La Russie a élargi en novembre 2024 les conditions dans lesquelles elle pourrait recourir à l’arme atomique.', 'fr', '2025-03-21'), 'DOCTRINE_CHANGE')).toEqual(['RUS:asserted']);
  });
});

describe('longer reaches', () => {
  it('cooperation suspended with the International Atomic Energy Agency, named in full', () => {
    expect(actors(code('Iran’s parliament voted to suspend the country’s cooperation with the International Atomic Energy Agency on nuclear inspections.', 'en', '2025-06-26'), 'ARMS_CONTROL_EXIT')).toEqual(['IRN:asserted']);
  });
  it('"described X as irresponsible" with a long X warns', () => {
    expect(actors(code('Russia’s Foreign Ministry described the decision to strike the nuclear sites of a sovereign state as irresponsible.', 'en', '2025-06-22'), 'WARNING')).toEqual(['RUS:asserted']);
  });
});
