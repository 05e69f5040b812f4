// Round 5 of general rules for unseen texts (corpus/heldout/round5): each rule with its own FR and EN examples,
// written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

describe('round 5: parliamentary records', () => {
  it('"M. Name, role." / "Mr. NAME." opening a paragraph is a speaker line; the unlabelled lines after are theirs', () => {
    const fr = code('M. Sébastien Lecornu, ministre des Armées. Monsieur le député, la menace nucléaire russe est prise au sérieux.\nCes déclarations de Moscou sont irresponsables.', 'fr', '2024-03-06');
    expect(find(fr, 'WARNING', 'FRA')).toMatchObject({ polarity: 'asserted' });
    const en = code('Mr. BIDEN. Mr. President, Russian nuclear threats must be answered.\nThese statements from Moscow are reckless and irresponsible.', 'en', '2024-03-06');
    expect(find(en, 'WARNING', 'USA')).toMatchObject({ polarity: 'asserted' });
  });
  it('the chair gives the floor and says nothing; prose that starts with "M. Name, role, a dit" is no label', () => {
    const chair = code('M. le président. La parole est à M. Lecornu.\nM. Sébastien Lecornu, ministre des Armées. Ces menaces nucléaires sont inacceptables.', 'fr', '2024-03-06');
    expect(find(chair, 'WARNING', 'FRA')).toBeDefined();
    const prose = code('M. Lecornu, ministre des Armées, a rencontré son homologue. Les menaces nucléaires russes sont inacceptables.', 'fr', '2024-03-06');
    expect(find(prose, 'WARNING', 'FRA')).toBeUndefined();
  });
});

describe('round 5: strikes on sites, participation in strikes', () => {
  it('"a frappé neuf sites" / "struck three sites" is a strike; on a nuclear state it is a strike on it', () => {
    const fr = code('L’armée pakistanaise a frappé trois sites militaires en Inde.', 'fr', '2025-05-10');
    expect(find(fr, 'STRIKE_ON_NUCLEAR_STATE', 'PAK')).toMatchObject({ polarity: 'asserted' });
    const en = code('Indian jets struck four sites inside Pakistan overnight.', 'en', '2025-05-10');
    expect(find(en, 'STRIKE_ON_NUCLEAR_STATE', 'IND')).toMatchObject({ polarity: 'asserted' });
  });
  it('drones against bases, and "we did not take part in the strikes" (negated, the speaker\'s state)', () => {
    const fr = code('Téhéran a lancé des dizaines de missiles et de drones contre des bases américaines.', 'fr', '2025-06-24');
    expect(find(fr, 'STRIKE_ON_NUCLEAR_STATE', 'IRN')).toBeDefined();
    const en = code('"We did not take part in these strikes on nuclear sites," Keir Starmer said.', 'en', '2025-06-23');
    expect(find(en, 'MAJOR_STRIKE', 'GBR')).toMatchObject({ polarity: 'negated' });
    const fr2 = code('« Nous n’avons pas participé à ces frappes contre les sites nucléaires », a déclaré Emmanuel Macron.', 'fr', '2025-06-23');
    expect(find(fr2, 'MAJOR_STRIKE', 'FRA')).toMatchObject({ polarity: 'negated' });
  });
});

describe('round 5: strikes, what is not one', () => {
  it('missiles stationed on bases and firing drills are no strikes', () => {
    const strike = (e: { type: string }) => e.type === 'MAJOR_STRIKE' || e.type === 'STRIKE_ON_NUCLEAR_STATE';
    const en = code('Russia deployed Iskander missiles on bases in Belarus.', 'en', '2023-06-01');
    expect(en.events.find(strike)).toBeUndefined();
    const fr = code('Des soldats biélorusses ont participé à des tirs d’entraînement avec des missiles Iskander.', 'fr', '2023-06-01');
    expect(fr.events.find(strike)).toBeUndefined();
  });
});

describe('round 5: the non-proliferation regime', () => {
  it('suspending cooperation with the IAEA, leaving the NPT', () => {
    const fr = code('Le gouvernement iranien a décidé de suspendre sa coopération avec l’AIEA sur le programme nucléaire.', 'fr', '2025-07-02');
    expect(find(fr, 'ARMS_CONTROL_EXIT', 'IRN')).toMatchObject({ polarity: 'asserted' });
    const en = code('Iran\'s parliament voted to end cooperation with IAEA inspectors at its nuclear sites.', 'en', '2025-07-02');
    expect(find(en, 'ARMS_CONTROL_EXIT', 'IRN')).toMatchObject({ polarity: 'asserted' });
    const npt = code('North Korea announced its withdrawal from the NPT in 2003.', 'en', '2024-01-10');
    expect(find(npt, 'ARMS_CONTROL_EXIT', 'PRK')).toBeDefined();
  });
  it('an exit named as a noun with a verb in the conditional, said by another state, is not the speaker\'s act', () => {
    const fr = code('Les États-Unis ont frappé les sites nucléaires iraniens. Washington attend la réaction de Téhéran. Jean-Noël Barrot a déclaré : « Une sortie du TNP serait une faute grave. »', 'fr', '2025-06-25');
    expect(fr.events.find((e) => e.type === 'ARMS_CONTROL_EXIT' && e.actor === 'FRA')).toBeUndefined();
    expect(find(fr, 'WARNING', 'FRA')).toBeDefined();
  });
});

describe('round 5: condemnations and threats without the usual words', () => {
  it('"une très mauvaise nouvelle", "a grave mistake... bad news", "exprime sa préoccupation", "expressed concern"', () => {
    const fr = code('Selon Jean-Noël Barrot, la reprise des essais nucléaires serait une très mauvaise nouvelle.', 'fr', '2025-11-02');
    expect(find(fr, 'WARNING', 'FRA')).toBeDefined();
    const en = code('David Lammy said the resumption of nuclear testing would be bad news for everyone.', 'en', '2025-11-02');
    expect(find(en, 'WARNING', 'GBR')).toBeDefined();
    const fr2 = code('Le Japon exprime sa vive préoccupation après l’essai nucléaire nord-coréen.', 'fr', '2023-01-05');
    expect(find(fr2, 'WARNING', 'JPN')).toBeDefined();
    const en2 = code('South Korea expressed deep concern over the North Korean nuclear test.', 'en', '2023-01-05');
    expect(find(en2, 'WARNING', 'KOR')).toBeDefined();
  });
  it('an official who says the nuclear option exists threatens; so does one offering warheads to a third country', () => {
    const en = code('Khawaja Asif said the nuclear option remains on the table if Pakistan faces an existential threat.', 'en', '2025-05-10');
    expect(find(en, 'NUCLEAR_THREAT', 'PAK')).toMatchObject({ attributedTo: 'khawaja-asif' });
    const fr = code('Dmitri Medvedev a affirmé que Moscou pourrait livrer des ogives nucléaires à ses alliés.', 'fr', '2025-06-23');
    expect(find(fr, 'NUCLEAR_THREAT', 'RUS')).toBeDefined();
    const en2 = code('Dmitry Medvedev said some countries were ready to supply Tehran with their own nuclear warheads.', 'en', '2025-06-23');
    expect(find(en2, 'NUCLEAR_THREAT', 'RUS')).toBeDefined();
    const analyst = code('Some analysts describe the nuclear option as a last resort.', 'en', '2025-05-10');
    expect(find(analyst, 'NUCLEAR_THREAT')).toBeUndefined();
  });
  it('a nuclear threat that hangs over events is a risk, not someone\'s threat', () => {
    const fr = code('Cachemire : la menace nucléaire plane de nouveau sur la région.', 'fr', '2025-05-08');
    expect(find(fr, 'NUCLEAR_THREAT')).toBeUndefined();
    const en = code('Kashmir: the nuclear shadow looms again over India and Pakistan.', 'en', '2025-05-08');
    expect(find(en, 'NUCLEAR_THREAT')).toBeUndefined();
    expect(find(en, 'RISK_ASSESSMENT')).toBeDefined();
  });
});

describe('round 5: warnings nobody utters', () => {
  it('"warning" inside a compound noun is no warning', () => {
    const en = code('Russia\'s early warning radars detected the launch of a nuclear-capable missile. A former missile warning officer explained it.', 'en', '2024-11-18');
    expect(find(en, 'WARNING')).toBeUndefined();
  });
  it('an opinion without a speaker or a subject is the narrator\'s, not a state\'s warning', () => {
    const en = code('Russia has tested a new nuclear missile. Forty years of near misses should make this a red line for everyone.', 'en', '2024-11-18');
    expect(find(en, 'WARNING')).toBeUndefined();
    const fr = code('La Russie a testé un nouveau missile nucléaire. Quarante ans de fausses alertes devraient en faire une ligne rouge.', 'fr', '2024-11-18');
    expect(find(fr, 'WARNING')).toBeUndefined();
  });
  it('"the allies condemn Russia\'s..." without a resolved subject: Russia is what is condemned, not who condemns', () => {
    const en = code('The summit ended. The allies condemn Russia over its nuclear drills.', 'en', '2024-07-11');
    expect(en.events.find((e) => e.type === 'WARNING' && e.actor === 'RUS')).toBeUndefined();
  });
});

describe('round 5: documents speak for their issuer', () => {
  it('"The declaration warns..." after "NATO leaders adopted a declaration"; "Le communiqué dénonce..."', () => {
    const en = code('NATO leaders adopted a declaration on Wednesday. The declaration warns that any use of nuclear weapons would have severe consequences.', 'en', '2024-07-11');
    expect(find(en, 'WARNING', 'NATO')).toBeDefined();
    const fr = code('Les dirigeants du G7 ont adopté un communiqué samedi. Le communiqué dénonce la rhétorique nucléaire irresponsable de la Russie.', 'fr', '2023-05-20');
    expect(find(fr, 'WARNING', 'G7')).toBeDefined();
    expect(fr.events.find((e) => e.type === 'WARNING' && e.actor === 'RUS')).toBeUndefined();
  });
});

describe('round 5: de-escalation wording', () => {
  it('readiness to (re)engage in talks with words between, "arms control talks", "without preconditions"', () => {
    const fr = code('Paris et Berlin restent disponibles pour reprendre sans délai les négociations sur le nucléaire iranien.', 'fr', '2025-06-25');
    expect(find(fr, 'DE_ESCALATION', 'FRA')).toMatchObject({ polarity: 'asserted' });
    const en = code('Washington remains willing to engage in arms control talks with Beijing without preconditions.', 'en', '2025-02-12');
    expect(find(en, 'DE_ESCALATION', 'USA')).toMatchObject({ polarity: 'asserted' });
  });
  it('refusing talks negates them; "made no comparable pledge" / "aucun engagement similaire"', () => {
    const en = code('Beijing again rejected arms control talks on its nuclear arsenal.', 'en', '2025-02-12');
    expect(find(en, 'DE_ESCALATION', 'CHN')).toMatchObject({ polarity: 'negated' });
    const fr = code('Pékin refuse toujours des négociations sur le contrôle des armements nucléaires.', 'fr', '2025-02-12');
    expect(find(fr, 'DE_ESCALATION', 'CHN')).toMatchObject({ polarity: 'negated' });
    const en2 = code('China pledged not to use nuclear weapons first. Russia has made no comparable pledge.', 'en', '2024-11-18');
    expect(find(en2, 'DE_ESCALATION', 'RUS')).toMatchObject({ polarity: 'negated' });
    const fr2 = code('La Chine s’est engagée sur le non-emploi en premier de l’arme nucléaire. La Russie n’a pris aucun engagement similaire.', 'fr', '2024-11-18');
    expect(find(fr2, 'DE_ESCALATION', 'RUS')).toMatchObject({ polarity: 'negated' });
  });
  it('human control over nuclear decisions, affirmed by two leaders: one event per state', () => {
    const en = code('Joe Biden and Xi Jinping agreed that decisions to use nuclear weapons must remain under human control.', 'en', '2024-11-16');
    expect(find(en, 'DE_ESCALATION', 'USA')).toBeDefined();
    expect(find(en, 'DE_ESCALATION', 'CHN')).toBeDefined();
    const fr = code('Emmanuel Macron et Xi Jinping ont réaffirmé le contrôle humain sur toute décision d’emploi de l’arme nucléaire.', 'fr', '2024-05-06');
    expect(find(fr, 'DE_ESCALATION', 'FRA')).toBeDefined();
    expect(find(fr, 'DE_ESCALATION', 'CHN')).toBeDefined();
  });
  // Session 14: the talks asked for are the called-on state's possible act (hypothetical), never done.
  it('a call on someone to talk is the caller\'s de-escalation, the talks the called-on state\'s possible act; "risk reduction" assesses no risk', () => {
    const fr = code('Le G7 appelle la Chine à reprendre le dialogue sur la stabilité stratégique.', 'fr', '2024-07-11');
    expect(find(fr, 'DE_ESCALATION', 'G7')?.polarity).toBe('asserted');
    expect(find(fr, 'DE_ESCALATION', 'CHN')?.polarity).toBe('hypothetical');
    const en = code('The G7 adopted a final communiqué. The final communiqué urges China to engage in strategic risk reduction talks on nuclear weapons.', 'en', '2023-05-20');
    expect(find(en, 'DE_ESCALATION', 'G7')?.polarity).toBe('asserted');
    expect(find(en, 'DE_ESCALATION', 'CHN')?.polarity).toBe('hypothetical');
    expect(find(en, 'RISK_ASSESSMENT')).toBeUndefined();
  });
  it('notice of a launch: the notifier\'s restraint, and the launch after it is no test', () => {
    const en = code('China was notified ahead of the launch of the Minuteman III, the Pentagon said.', 'en', '2024-11-06');
    expect(find(en, 'MISSILE_TEST', 'CHN')).toBeUndefined();
    expect(find(en, 'DE_ESCALATION', 'USA')).toBeDefined();
    const own = code('Pat Ryder said the United States had been notified ahead of the launch of the Yars missile.', 'en', '2024-11-06');
    expect(find(own, 'DE_ESCALATION', 'USA')).toBeUndefined();
    const fr = code('La Russie a été prévenue à l’avance du tir du missile Minuteman III, a indiqué le Pentagone.', 'fr', '2024-11-06');
    expect(find(fr, 'MISSILE_TEST', 'RUS')).toBeUndefined();
  });
});

describe('round 5: alert levels, exercises, tests', () => {
  it('"élévation du niveau d’alerte" / "raising the alert level" of someone\'s forces; "ni" coordinates one negation', () => {
    const fr = code('Ni le Kremlin ni aucune déclaration officielle ne fait état d’une élévation du niveau d’alerte des forces nucléaires russes.', 'fr', '2024-10-23');
    expect(find(fr, 'ALERT_RAISED', 'RUS')).toMatchObject({ polarity: 'negated' });
    const fr2 = code('Aucun décret ni aucune déclaration ne fait état d’un relèvement du niveau d’alerte des forces nucléaires russes.', 'fr', '2024-10-23');
    expect(find(fr2, 'ALERT_RAISED', 'RUS')).toMatchObject({ polarity: 'negated' });
    const en = code('No statement has mentioned raising the alert level of Russian nuclear forces.', 'en', '2024-10-23');
    expect(find(en, 'ALERT_RAISED', 'RUS')).toMatchObject({ polarity: 'negated' });
  });
  it('"sans doute" / "no doubt" negate nothing', () => {
    const fr = code('La rumeur vient sans doute de l’exercice des forces nucléaires russes mené vendredi.', 'fr', '2024-10-23');
    expect(find(fr, 'NUCLEAR_EXERCISE', 'RUS')).toMatchObject({ polarity: 'asserted' });
    const en = code('The rumour no doubt came from the exercise of Russian nuclear forces held on Friday.', 'en', '2024-10-23');
    expect(find(en, 'NUCLEAR_EXERCISE', 'RUS')).toMatchObject({ polarity: 'asserted' });
  });
  it('a simulated nuclear raid or strike is an exercise', () => {
    const fr = code('Les Rafale de l’armée française ont mené un raid nucléaire simulé au-dessus de la Bretagne.', 'fr', '2024-03-14');
    expect(find(fr, 'NUCLEAR_EXERCISE', 'FRA')).toMatchObject({ polarity: 'asserted' });
    const en = code('British jets flew a simulated nuclear strike mission over the North Sea.', 'en', '2024-03-14');
    expect(find(en, 'NUCLEAR_EXERCISE', 'GBR')).toMatchObject({ polarity: 'asserted' });
  });
  it('a test launch of a named system whose sentence names no state is its owner\'s test', () => {
    const en = code('Airmen from a Montana base helped launch an unarmed Minuteman III from the California coast.', 'en', '2024-11-07');
    expect(find(en, 'MISSILE_TEST', 'USA')).toMatchObject({ polarity: 'asserted' });
    const fr = code('Un équipage du Montana a participé au lancement d’essai d’un missile Minuteman III non armé.', 'fr', '2024-11-07');
    expect(find(fr, 'MISSILE_TEST', 'USA')).toMatchObject({ polarity: 'asserted' });
  });
  it('"a similar test" / "un essai similaire" is another test by the one who made the test told before', () => {
    const en = code('North Korea test-fired an ICBM on Friday. A similar test in March ended in failure.', 'en', '2024-11-02');
    expect(en.events.filter((e) => e.type === 'MISSILE_TEST' && e.actor === 'PRK')).toHaveLength(2);
    const fr = code('La Corée du Nord a procédé vendredi à un essai de missile balistique intercontinental. Un essai similaire avait échoué en mars.', 'fr', '2024-11-02');
    expect(fr.events.filter((e) => e.type === 'MISSILE_TEST' && e.actor === 'PRK')).toHaveLength(2);
    const none = code('Officials discussed nuclear policy. A similar test of wills followed.', 'en', '2024-11-02');
    expect(find(none, 'MISSILE_TEST')).toBeUndefined();
  });
  it('"in May" is a month, not a modal', () => {
    const en = code('Russia held exercises of its tactical nuclear forces in May.', 'en', '2024-07-11');
    expect(find(en, 'NUCLEAR_EXERCISE', 'RUS')).toMatchObject({ polarity: 'asserted' });
    const maybe = code('Russia may hold exercises of its tactical nuclear forces.', 'en', '2024-07-11');
    expect(find(maybe, 'NUCLEAR_EXERCISE', 'RUS')).toMatchObject({ polarity: 'hypothetical' });
  });
  it('"is expected to sign" / "devrait signer" is hypothetical', () => {
    const en = code('Vladimir Putin is expected to sign the revised nuclear doctrine next week.', 'en', '2024-11-12');
    expect(find(en, 'DOCTRINE_CHANGE', 'RUS')).toMatchObject({ polarity: 'hypothetical' });
    const fr = code('Vladimir Poutine devrait signer la nouvelle doctrine nucléaire dans les prochains jours.', 'fr', '2024-11-12');
    expect(find(fr, 'DOCTRINE_CHANGE', 'RUS')).toMatchObject({ polarity: 'hypothetical' });
  });
});

describe('round 5: doctrine and risk wording', () => {
  it('first use: "n’a jamais renoncé à l’emploi en premier" and "never to use them first" state a doctrine', () => {
    const fr = code('L’Inde s’est engagée à ne jamais employer l’arme nucléaire en premier.', 'fr', '2025-05-13');
    expect(find(fr, 'DOCTRINE_STATEMENT', 'IND')).toMatchObject({ polarity: 'asserted' });
    const fr2 = code('Le Pakistan n’a jamais exclu l’emploi en premier de l’arme nucléaire.', 'fr', '2025-05-13');
    expect(find(fr2, 'DOCTRINE_STATEMENT', 'PAK')).toMatchObject({ polarity: 'asserted' });
    const en = code('India has pledged never to use nuclear weapons first.', 'en', '2025-05-13');
    expect(find(en, 'DOCTRINE_STATEMENT', 'IND')).toMatchObject({ polarity: 'asserted' });
  });
  it('what a deterrent is for, and whom it is not aimed at', () => {
    const en = code('Leaders said the fundamental purpose of Britain\'s nuclear deterrent is to preserve peace.', 'en', '2024-07-11');
    expect(find(en, 'DOCTRINE_STATEMENT', 'GBR')).toBeDefined();
    const fr = code('Emmanuel Macron a rappelé que la dissuasion française n’est dirigée contre aucun pays.', 'fr', '2024-03-14');
    expect(find(fr, 'DOCTRINE_STATEMENT', 'FRA')).toBeDefined();
  });
  it('a figure is the risk of the state named before it; a figure with no state is nobody\'s', () => {
    const en = code('Experts rated a Russian nuclear strike at 6 percent, North Korea at 2 percent and Pakistan at 1 percent.', 'en', '2025-02-12');
    for (const s of ['RUS', 'PRK', 'PAK']) expect(find(en, 'RISK_ASSESSMENT', s)).toBeDefined();
    const fr = code('Les experts estiment le risque d’emploi nucléaire par la Russie à 6 pourcent, et par la Corée du Nord à 2 pourcent.', 'fr', '2025-02-12');
    for (const s of ['RUS', 'PRK']) expect(find(fr, 'RISK_ASSESSMENT', s)).toBeDefined();
    const none = code('Russia tested a nuclear missile. The odds that a false alarm starts a war are under one percent.', 'en', '2025-02-12');
    expect(none.events.filter((e) => e.type === 'RISK_ASSESSMENT')).toHaveLength(0);
  });
  it('a meeting of the body that commands the arsenal is reported planning', () => {
    const fr = code('Les médias pakistanais ont annoncé une réunion de l’Autorité de commandement nationale.', 'fr', '2025-05-10');
    expect(find(fr, 'PLANNING_REPORTED', 'PAK')).toBeDefined();
    const en = code('Pakistan convened a meeting of its National Command Authority on Saturday.', 'en', '2025-05-10');
    expect(find(en, 'PLANNING_REPORTED', 'PAK')).toBeDefined();
  });
});
