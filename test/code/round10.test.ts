// Round 10 of general rules for unseen texts (corpus/heldout/round10): each rule with its own FR and EN examples,
// written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

const actorsOf = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => e.actor);

describe('round 10: exercises, alerts, storage', () => {
  it('practising the use of nuclear weapons is an exercise, by each state named', () => {
    expect(actorsOf(code('Russian and Belarusian units practiced the use of tactical nuclear weapons.', 'en', '2025-09-19'), 'NUCLEAR_EXERCISE')).toEqual(['RUS', 'BLR']);
    expect(actorsOf(code('Les unités russes et biélorusses se sont entraînées à l’emploi d’armes nucléaires tactiques.', 'fr', '2025-09-19'), 'NUCLEAR_EXERCISE')).toEqual(['RUS', 'BLR']);
  });
  it('no higher alert, no change in the set-up or the posture: alert negated', () => {
    expect(find(code('Nothing suggests Russia’s strategic nuclear forces were put on a higher alert.', 'en', '2025-09-19'), 'ALERT_RAISED', 'RUS')?.polarity).toBe('negated');
    expect(find(code('Washington n’a observé aucun changement dans le dispositif nucléaire russe.', 'fr', '2024-12-12'), 'ALERT_RAISED', 'RUS')?.polarity).toBe('negated');
    expect(find(code('Aucune modification de la posture nucléaire française n’a été décidée.', 'fr', '2024-12-12'), 'ALERT_RAISED', 'FRA')?.polarity).toBe('negated');
  });
  it('warheads leaving their storage are deployed; no sign of it is a negated deployment', () => {
    expect(find(code('We saw no sign that Russian nuclear warheads left the storage site in Belarus.', 'en', '2025-09-19'), 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('negated');
    expect(find(code('Aucune ogive nucléaire russe n’a quitté les entrepôts du Bélarus.', 'fr', '2025-09-19'), 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('negated');
  });
});

describe('round 10: tests of named systems, preparations for nuclear tests', () => {
  it('a named system’s test is its owner’s, whoever the sentence’s subject', () => {
    const en = find(code('U.S. officials say a Sarmat test failed in a nuclear-capable launch.', 'en', '2023-02-22'), 'MISSILE_TEST');
    expect(en).toMatchObject({ actor: 'RUS', attributedTo: 'USA' });
    expect(find(code('North Korea has tested a solid-fuel Hwasong-18 three times since April.', 'en', '2024-06-21'), 'MISSILE_TEST', 'PRK')).toBeDefined();
    expect(find(code('Vladimir Poutine a fait état d’un essai réussi du drone sous-marin Poseidon.', 'fr', '2025-11-06'), 'MISSILE_TEST', 'RUS')).toBeDefined();
    expect(find(code('Le sous-marin Briansk a lancé un missile Sineva depuis la mer de Barents.', 'fr', '2025-10-23'), 'MISSILE_TEST', 'RUS')).toBeDefined();
  });
  it('preparing or studying nuclear tests is planning reported', () => {
    expect(find(code('Moscow has begun preparing for nuclear tests, the Kremlin said.', 'en', '2025-11-06'), 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('asserted');
    expect(find(code('Vladimir Poutine a chargé ses ministères d’étudier la reprise d’essais nucléaires.', 'fr', '2025-11-06'), 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('asserted');
  });
});

describe('round 10: arms control', () => {
  it('refusing to join talks is a negated de-escalation; talks on cutting arsenals are one', () => {
    expect(find(code('China said it will not join trilateral nuclear talks.', 'en', '2025-02-15'), 'DE_ESCALATION', 'CHN')?.polarity).toBe('negated');
    expect(find(code('La Chine ne participera pas à des négociations nucléaires trilatérales.', 'fr', '2025-02-15'), 'DE_ESCALATION', 'CHN')?.polarity).toBe('negated');
    expect(find(code('Trump said he wanted talks with China and Russia on cutting nuclear arsenals.', 'en', '2025-02-15'), 'DE_ESCALATION', 'USA')).toBeDefined();
    // Not having taken part in past talks refuses nothing.
    expect(find(code('Vladimir Poutine n’a pas participé aux pourparlers sur les armes nucléaires.', 'fr', '2025-02-15'), 'DE_ESCALATION', 'RUS')).toBeUndefined();
  });
  it('urging the other side to reconsider is a call to de-escalate by the one who urges', () => {
    expect(find(code('NATO urged Moscow to reconsider its decision on the nuclear treaty.', 'en', '2023-02-22'), 'DE_ESCALATION', 'NATO')).toBeDefined();
    expect(find(code('L’OTAN a exhorté Moscou à revenir sur sa décision de suspendre le traité nucléaire New START.', 'fr', '2023-02-22'), 'DE_ESCALATION', 'NATO')).toBeDefined();
  });
  it('inspections withheld, a suspension law signed, the plug pulled: leaving the treaty', () => {
    expect(find(code('La Russie soustrait ses installations aux inspections prévues par le traité New START.', 'fr', '2022-08-08'), 'ARMS_CONTROL_EXIT', 'RUS')).toBeDefined();
    expect(find(code('Putin pulls the plug on New START.', 'en', '2023-02-22'), 'ARMS_CONTROL_EXIT', 'RUS')?.polarity).toBe('asserted');
    expect(find(code('Putin signed the law suspending the New START treaty.', 'en', '2023-02-28'), 'ARMS_CONTROL_EXIT', 'RUS')?.polarity).toBe('asserted');
  });
});

describe('round 10: statements', () => {
  it('calling a decision irresponsible or regrettable is a warning, without "a" or "as"', () => {
    expect(find(code('Blinken called the decision on the nuclear treaty deeply unfortunate and irresponsible.', 'en', '2023-02-22'), 'WARNING', 'USA')).toBeDefined();
    expect(find(code('Antony Blinken a qualifié la suspension du traité nucléaire de « profondément regrettable et irresponsable ».', 'fr', '2023-02-22'), 'WARNING', 'USA')).toBeDefined();
  });
  it('a risk judged low, a use that remains unlikely, a nuclear confrontation risked: risk assessments', () => {
    expect(find(code('Le risque d’une frappe nucléaire russe existe, mais la plupart des spécialistes jugent ce risque faible.', 'fr', '2022-10-07'), 'RISK_ASSESSMENT', 'RUS')).toBeDefined();
    expect(find(code('Selon nous, l’emploi de l’arme nucléaire par la Russie demeure improbable à court terme.', 'fr', '2024-12-12'), 'RISK_ASSESSMENT', 'RUS')).toBeDefined();
    expect(find(code('It is the risk that the US and Russia stumble into a nuclear confrontation over Ukraine.', 'en', '2025-02-15'), 'RISK_ASSESSMENT')).toBeDefined();
  });
  it('widening the cases ("hypothèses") of use changes the doctrine', () => {
    expect(find(code('Le décret signé par Vladimir Poutine élargit les hypothèses d’emploi de l’arme nucléaire.', 'fr', '2024-11-19'), 'DOCTRINE_CHANGE', 'RUS')).toBeDefined();
    expect(find(code('The decree signed by Vladimir Putin broadens the situations of use of nuclear weapons.', 'en', '2024-11-19'), 'DOCTRINE_CHANGE', 'RUS')).toBeDefined();
  });
});
