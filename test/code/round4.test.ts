// Round 4 of general rules for unseen texts (corpus/heldout/round4): each rule with its own FR and EN examples,
// written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { findSequel, isDateline } from '../../src/code/dates/sequel.js';
import { code, find } from './helpers.js';

describe('round 4: answers that refer back to the question', () => {
  it('a short negative answer denies the action the question asked about, said by the one who answers', () => {
    const en = code('Q: Has the Pentagon seen any movement of Russian nuclear warheads this week?\nMAJ. GEN. RYDER: We have not. We keep watching.', 'en', '2023-06-01');
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'RUS')).toMatchObject({ polarity: 'negated', attributedTo: 'pat-ryder' });
    const fr = code('Question : Avez-vous observé un déploiement d’armes nucléaires russes près de la frontière ?\nDmitri Peskov : Non, aucun à ce stade.', 'fr', '2023-06-01');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT', 'RUS')).toMatchObject({ polarity: 'negated', attributedTo: 'dmitry-peskov' });
  });
  it('"not on the agenda" / "pas à l’ordre du jour" answers a question on raising the posture', () => {
    const en = code('Q: Could Britain raise the alert level of its nuclear forces?\nJOHN HEALEY: That is not on the agenda.', 'en', '2024-06-01');
    expect(find(en, 'ALERT_RAISED', 'GBR')).toMatchObject({ polarity: 'negated', attributedTo: 'john-healey' });
    const fr = code('Question : Le Royaume-Uni pourrait-il relever la posture de ses forces nucléaires ?\nJohn Healey : Ce n’est pas à l’ordre du jour.', 'fr', '2024-06-01');
    expect(find(fr, 'ALERT_RAISED', 'GBR')).toMatchObject({ polarity: 'negated', attributedTo: 'john-healey' });
  });
  it('an answer that says it in full codes it once, and a narrated text has no such anaphora', () => {
    const en = code('Q: Has Russia changed its nuclear posture?\nJOHN KIRBY: No. We have seen no change in Russia\'s nuclear posture.', 'en', '2022-10-01');
    expect(en.events.filter((e) => e.type === 'ALERT_RAISED' && e.actor === 'RUS')).toHaveLength(1);
    const narrated = code('Will Russia move nuclear weapons to Belarus? No one knows.', 'en', '2023-06-01');
    expect(find(narrated, 'NUCLEAR_DEPLOYMENT')).toBeUndefined();
    const notReply = code('Q: Will Russia move nuclear weapons to Belarus?\nJOHN KIRBY: No doubt they will try.', 'en', '2023-06-01');
    expect(find(notReply, 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).not.toBe('negated');
    const fr = code('Question : La France a-t-elle autorisé l’usage de ses missiles pour frapper la Russie ?\nSébastien Lecornu : Nous n’avons pris aucune décision de ce type et je ne dirai rien de plus.', 'fr', '2024-05-07');
    expect(find(fr, 'WEAPONS_AUTHORIZATION', 'FRA')).toMatchObject({ polarity: 'negated', attributedTo: 'sebastien-lecornu' });
  });
});

describe('round 4: dates told relative to the story', () => {
  it('"le lendemain" / "the next day" count from the last day-precise date told before', () => {
    const fr = code('Moscou a annoncé lundi un exercice nucléaire. Le lendemain, Dmitri Medvedev a menacé d’utiliser l’arme nucléaire.', 'fr', '2024-05-09');
    expect(find(fr, 'NUCLEAR_THREAT', 'RUS')?.date).toMatchObject({ value: '2024-05-07', precision: 'day' });
    const en = code('Russia held a nuclear drill on Monday. The next day, Dmitry Medvedev threatened to use nuclear weapons.', 'en', '2024-05-09');
    expect(find(en, 'NUCLEAR_THREAT', 'RUS')?.date).toMatchObject({ value: '2024-05-07', precision: 'day' });
  });
  it('"three days later" / "trois jours plus tard" multiply the offset; "the same day" keeps it', () => {
    const en = code('North Korea test-fired a ballistic missile on Monday. Three days later, Kim Yo Jong threatened to use nuclear weapons.', 'en', '2024-05-12');
    expect(find(en, 'NUCLEAR_THREAT', 'PRK')?.date.value).toBe('2024-05-09');
    const fr = code('La Corée du Nord a procédé lundi à un tir d’essai de missile balistique. Le même jour, Kim Yo Jong a menacé d’utiliser l’arme nucléaire.', 'fr', '2024-05-12');
    expect(find(fr, 'NUCLEAR_THREAT', 'PRK')?.date.value).toBe('2024-05-06');
  });
  it('a phrase naming its own reference ("au lendemain de l’annonce", "the day before the vote") is no sequel', () => {
    expect(findSequel('au lendemain de l’annonce du Kremlin')).toBeNull();
    expect(findSequel('the day before the vote')).toBeNull();
    expect(findSequel('Deux jours plus tard, il a parlé')?.offset).toBe(2);
  });
  it('a dispatch dateline is not the date of what the sentence reports when it names another', () => {
    const en = code('MOSCOW, June 8 - Russia test-fired a Yars intercontinental ballistic missile on Tuesday, the defence ministry said.', 'en', '2023-06-08');
    expect(find(en, 'MISSILE_TEST', 'RUS')?.date.value).toBe('2023-06-06');
    const fr = code('Moscou, 8 juin 2023 (AFP) – La Russie a procédé mardi au tir d’un missile balistique intercontinental Yars.', 'fr', '2023-06-08');
    expect(find(fr, 'MISSILE_TEST', 'RUS')?.date.value).toBe('2023-06-06');
    const text = 'MOSCOW, June 8 - Russia';
    expect(isDateline(text, 0, 8, 14)).toBe(true);
  });
  it('a live-blog line without a clock time continues the stamped entry above it', () => {
    const en = code('14:05 Russia suspended its participation in the New START treaty.\nIt also said it would continue to notify Washington of its ballistic missile launches.', 'en', '2023-02-22');
    expect(find(en, 'DE_ESCALATION', 'RUS')?.date.value).toBe('2023-02-22');
    const fr = code('14h05 – La Russie a suspendu sa participation au traité New Start.\nElle continuera de notifier aux États-Unis ses tirs de missiles balistiques.', 'fr', '2023-02-22');
    expect(find(fr, 'DE_ESCALATION', 'RUS')?.date.value).toBe('2023-02-22');
  });
});

describe('round 4: launches, deployments and treaties', () => {
  it('an ICBM fired or "le tir d’un missile balistique intercontinental" is a test, not a strike', () => {
    const en = code('North Korea fired an intercontinental ballistic missile into the sea off its east coast.', 'en', '2023-07-12');
    expect(find(en, 'MISSILE_TEST', 'PRK')?.polarity).toBe('asserted');
    expect(en.events.some((e) => e.type === 'MAJOR_STRIKE' || e.type === 'STRIKE_ON_NUCLEAR_STATE')).toBe(false);
    const fr = code('La Corée du Nord a procédé mercredi au tir d’un missile balistique intercontinental en mer du Japon.', 'fr', '2023-07-12');
    expect(find(fr, 'MISSILE_TEST', 'PRK')?.polarity).toBe('asserted');
  });
  it('notifying launches or keeping to treaty limits is restraint, not a strike', () => {
    const fr = code('Le ministère a indiqué que Moscou continuerait de notifier à Washington ses tirs de missiles balistiques.', 'fr', '2023-03-01');
    expect(find(fr, 'DE_ESCALATION', 'RUS')).toBeDefined();
    expect(fr.events.some((e) => e.type === 'STRIKE_ON_NUCLEAR_STATE' || e.type === 'MAJOR_STRIKE')).toBe(false);
    const en = code('Sergei Ryabkov said Russia would continue to respect the warhead limits of the New START treaty.', 'en', '2023-03-01');
    expect(find(en, 'DE_ESCALATION', 'RUS')?.attributedTo).toBe('sergei-ryabkov');
  });
  it('"ordered nuclear submarines to be positioned" and "he" after the speaker’s own "that"', () => {
    const en = code('President Joe Biden said that he had ordered two nuclear submarines to be deployed near the Korean peninsula.', 'en', '2023-04-27');
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'USA')).toMatchObject({ polarity: 'asserted', attributedTo: 'joe-biden' });
    const fr = code('Vladimir Poutine a annoncé qu’il avait ordonné le déploiement d’armes nucléaires en Biélorussie.', 'fr', '2023-03-26');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('asserted');
  });
  it('a suspension voted or announced, "no longer bound by" a moratorium, leave arms control', () => {
    const fr = code('Le Parlement russe a voté la suspension de la participation de la Russie au traité New Start.', 'fr', '2023-02-22');
    expect(find(fr, 'ARMS_CONTROL_EXIT', 'RUS')?.polarity).toBe('asserted');
    const en = code('Moscow said it no longer considered itself bound by the moratorium on intermediate-range missiles.', 'en', '2025-08-05');
    expect(find(en, 'ARMS_CONTROL_EXIT', 'RUS')?.polarity).toBe('asserted');
    expect(find(code('Russia\'s Suspension of New START', 'en', '2023-02-22'), 'ARMS_CONTROL_EXIT')).toBeUndefined();
  });
  it('talks that were not held are negated, not asserted too', () => {
    const en = code('China and the United States have not held formal talks on strategic stability for years.', 'en', '2024-06-01');
    expect(en.events.filter((e) => e.type === 'DE_ESCALATION').map((e) => e.polarity)).toEqual(['negated', 'negated']);
    const fr = code('La Chine et les États-Unis n’ont pas tenu de discussions formelles sur la stabilité stratégique.', 'fr', '2024-06-01');
    expect(fr.events.filter((e) => e.type === 'DE_ESCALATION').every((e) => e.polarity === 'negated')).toBe(true);
  });
  it('"no sign X was preparing to abandon its no-first-use pledge" (no "that") is negated', () => {
    const en = code('Officials said there was no sign Beijing was preparing to abandon its no-first-use policy.', 'en', '2024-06-01');
    expect(find(en, 'DOCTRINE_CHANGE', 'CHN')?.polarity).toBe('negated');
    const fr = code('Rien n’indique que Pékin s’apprête à renoncer à sa politique de non-emploi en premier.', 'fr', '2024-06-01');
    expect(find(fr, 'DOCTRINE_CHANGE', 'CHN')?.polarity ?? 'negated').toBe('negated');
  });
});

describe('round 4: threats and warnings without the usual words', () => {
  it('"recourrait à la force nucléaire" / "would resort to its nuclear force" by an official is a threat', () => {
    const fr = code('Kim Yo Jong a averti que Pyongyang recourrait à la force nucléaire sans hésiter.', 'fr', '2023-07-12');
    expect(find(fr, 'NUCLEAR_THREAT', 'PRK')?.attributedTo).toBe('kim-yo-jong');
    const en = code('Kim Yo Jong warned that Pyongyang would use its nuclear force without hesitation.', 'en', '2023-07-12');
    expect(find(en, 'NUCLEAR_THREAT', 'PRK')).toBeDefined();
  });
  it('threatening to reduce a country to ashes, raising strikes on capitals, reminding of the Dead Hand', () => {
    const fr = code('L’arsenal nucléaire du Nord grandit. Pyongyang a menacé de réduire la capitale sud-coréenne en cendres.', 'fr', '2024-10-20');
    expect(find(fr, 'NUCLEAR_THREAT', 'PRK')).toBeDefined();
    const en = code('Tensions over nuclear weapons grew. Dmitry Medvedev reminded Washington of the Dead Hand system.', 'en', '2025-08-02');
    expect(find(en, 'NUCLEAR_THREAT', 'RUS')).toBeDefined();
    const fr2 = code('La dissuasion nucléaire est au cœur du débat. Dmitri Medvedev a évoqué des frappes sur les capitales européennes.', 'fr', '2024-05-07');
    expect(find(fr2, 'NUCLEAR_THREAT', 'RUS')).toBeDefined();
  });
  it('condemnations: "une grave erreur", "serious concern", "an unwelcome development", "conséquences considérables"', () => {
    const fr = code('Le traité New Start est suspendu. Olaf Scholz a estimé que cette décision était une grave erreur.', 'fr', '2023-02-22');
    expect(find(fr, 'WARNING', 'DEU')).toBeDefined();
    const en = code('China tested a nuclear-capable missile. Japan and South Korea called the launch an unwelcome and dangerous step.', 'en', '2024-09-26');
    expect(en.events.filter((e) => e.type === 'WARNING').map((e) => e.actor).sort()).toEqual(['JPN', 'KOR']);
    const fr2 = code('La menace nucléaire est prise au sérieux. « Si la Russie franchissait ce seuil, elle s’exposerait à des conséquences considérables », a averti Jean-Noël Barrot.', 'fr', '2024-05-07');
    expect(find(fr2, 'WARNING', 'FRA')?.attributedTo).toBe('jean-noel-barrot');
  });
  it('a list of three states condemning codes one warning each', () => {
    const fr = code('Le tir d’un missile balistique intercontinental a eu lieu. Paris, Londres et Berlin ont condamné un acte « irresponsable ».', 'fr', '2024-11-01');
    expect(fr.events.filter((e) => e.type === 'WARNING').map((e) => e.actor).sort()).toEqual(['DEU', 'FRA', 'GBR']);
    const en = code('An intercontinental ballistic missile was fired. Washington, Seoul and Tokyo condemned the launch as irresponsible.', 'en', '2024-11-01');
    expect(en.events.filter((e) => e.type === 'WARNING').map((e) => e.actor).sort()).toEqual(['JPN', 'KOR', 'USA']);
  });
  it('"will respond decisively", "au bord d’un conflit mondial" are warnings', () => {
    const en = code('The nuclear threat is real. "The United States will respond decisively," Jake Sullivan said.', 'en', '2022-09-25');
    expect(find(en, 'WARNING', 'USA')?.attributedTo).toBe('jake-sullivan');
    const fr = code('Le traité New Start est suspendu. Selon Dmitri Medvedev, le monde est au bord d’un conflit mondial.', 'fr', '2023-02-22');
    expect(find(fr, 'WARNING', 'RUS')?.attributedTo).toBe('dmitry-medvedev');
  });
  it('"a dit que Kiev pouvait utiliser les missiles pour frapper" is the speaker’s state authorising', () => {
    const fr = code('David Lammy a dit que Kiev pouvait utiliser les missiles britanniques pour frapper en Russie.', 'fr', '2024-09-01');
    expect(find(fr, 'WEAPONS_AUTHORIZATION', 'GBR')).toMatchObject({ polarity: 'asserted', attributedTo: 'david-lammy' });
    const en = code('David Lammy said Kyiv could use British missiles to strike inside Russia.', 'en', '2024-09-01');
    expect(find(en, 'WEAPONS_AUTHORIZATION', 'GBR')?.polarity).toBe('asserted');
  });
});

describe('round 4: de-escalation and risk levels', () => {
  it('channels kept open, caution about nuclear rhetoric, a call to reverse a decision', () => {
    const en = code('The nuclear standoff continued. "We have kept channels open with Moscow," Jake Sullivan said.', 'en', '2022-10-01');
    expect(find(en, 'DE_ESCALATION', 'USA')).toBeDefined();
    const en2 = code('Dmitry Peskov said Russia was very cautious about nuclear rhetoric.', 'en', '2025-08-04');
    expect(find(en2, 'DE_ESCALATION', 'RUS')?.attributedTo).toBe('dmitry-peskov');
    const fr = code('Le traité New Start est suspendu. Mark Rutte a appelé Moscou à revenir sur sa décision.', 'fr', '2025-01-10');
    expect(find(fr, 'DE_ESCALATION', 'NATO')?.attributedTo).toBe('mark-rutte');
  });
  it('"the risk remains low" / "le risque reste faible" in a nuclear context is a risk assessment', () => {
    const en = code('Q: Could Russia use a nuclear weapon?\nJAKE SULLIVAN: The risk remains low.', 'en', '2022-10-01');
    expect(find(en, 'RISK_ASSESSMENT', 'RUS')?.attributedTo).toBe('jake-sullivan');
    const fr = code('La Russie pourrait-elle employer l’arme nucléaire ? Pour Hans Kristensen, le risque reste faible.', 'fr', '2022-10-01');
    expect(find(fr, 'RISK_ASSESSMENT', 'RUS')).toBeDefined();
  });
});
