// Round 7 of general rules for unseen texts (corpus/heldout/round7): each rule with its own FR and EN examples,
// written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

describe('round 7: denials of a reported action', () => {
  it('"denied that X had ...", "a démenti que ..." negate the action reported after them', () => {
    const en = code('The Indian army chief on Friday denied that New Delhi had discussed using nuclear weapons during the crisis.', 'en', '2025-05-20');
    expect(en.events.find((e) => e.type === 'PLANNING_REPORTED' && e.polarity === 'negated')).toBeDefined();
    expect(en.events.find((e) => e.type === 'PLANNING_REPORTED' && e.polarity === 'asserted')).toBeUndefined();
    const fr = code('Le ministre pakistanais a démenti que le gouvernement ait convoqué une réunion de l’Autorité de commandement national.', 'fr', '2025-05-20');
    expect(fr.events.find((e) => e.type === 'PLANNING_REPORTED' && e.polarity === 'negated')).toBeDefined();
    expect(fr.events.find((e) => e.type === 'PLANNING_REPORTED' && e.polarity === 'asserted')).toBeUndefined();
  });
  it('the acronym of the nuclear command authority names it too', () => {
    const en = code('Islamabad convened the NCA after the air strikes, two officials said.', 'en', '2025-05-20');
    expect(find(en, 'PLANNING_REPORTED', 'PAK')).toBeDefined();
    const fr = code('Islamabad a convoqué une réunion de la NCA après les frappes aériennes.', 'fr', '2025-05-20');
    expect(find(fr, 'PLANNING_REPORTED', 'PAK')).toBeDefined();
  });
});

describe('round 7: refusing to yield to threats', () => {
  it('"will not tolerate nuclear blackmail" is a warning by the one who refuses, not its own negated threat', () => {
    const en = code('The Indian prime minister said his country would never bow to nuclear blackmail from its neighbour.', 'en', '2025-05-20');
    expect(en.events.find((e) => e.type === 'WARNING' && e.actor === 'IND' && e.polarity === 'asserted')).toBeDefined();
    expect(find(en, 'NUCLEAR_THREAT', 'IND')).toBeUndefined();
    const fr = code('Le président ukrainien a assuré que son pays ne cédera pas au chantage nucléaire du Kremlin.', 'fr', '2024-03-01');
    expect(fr.events.find((e) => e.type === 'WARNING' && e.actor === 'UKR' && e.polarity === 'asserted')).toBeDefined();
    expect(find(fr, 'NUCLEAR_THREAT', 'UKR')).toBeUndefined();
  });
});

describe('round 7: strategic missiles fired are tests', () => {
  it('firing a named strategic system (Hwasong, Agni, Bulava) is a test by the one who fires it', () => {
    const en = code('North Korea fired a Hwasong-19 on Thursday, its first launch in months.', 'en', '2024-11-01');
    expect(find(en, 'MISSILE_TEST', 'PRK')).toBeDefined();
    const fr = code('L’Inde a tiré un Agni-V depuis l’île d’Abdul Kalam, a indiqué le ministère indien de la Défense.', 'fr', '2024-03-12');
    expect(find(fr, 'MISSILE_TEST', 'IND')).toBeDefined();
  });
  it('a launcher of such a system seen on a road is no test', () => {
    const fr = code('Une vidéo montre des lanceurs mobiles Iars sur une route près de Moscou, dans un contexte de tension nucléaire.', 'fr', '2024-03-12');
    expect(find(fr, 'MISSILE_TEST')).toBeUndefined();
  });
});

describe('round 7: doctrine changes told in other words', () => {
  it('a threshold lowered with a date between the verb and its object', () => {
    const fr = code('La Russie a abaissé en novembre 2024 le seuil d’emploi de ses armes nucléaires.', 'fr', '2025-03-20');
    expect(find(fr, 'DOCTRINE_CHANGE', 'RUS')).toBeDefined();
    const en = code('Russia lowered last November the threshold for the use of its nuclear weapons.', 'en', '2025-03-20');
    expect(find(en, 'DOCTRINE_CHANGE', 'RUS')).toBeDefined();
  });
  it('a decree told before its signing verb, signed or not', () => {
    const en = code('Moscow has drafted a new nuclear doctrine. The decree has not yet been signed by the president.', 'en', '2024-10-02');
    expect(en.events.find((e) => e.type === 'DOCTRINE_CHANGE' && e.polarity === 'negated')).toBeDefined();
    const fr = code('Moscou a rédigé une nouvelle doctrine nucléaire. Le décret a été signé mardi par le président.', 'fr', '2024-10-02');
    expect(fr.events.filter((e) => e.type === 'DOCTRINE_CHANGE' && e.polarity === 'asserted').length).toBeGreaterThanOrEqual(2);
  });
});

describe('round 7: percentages that are no probabilities', () => {
  it('a cost overrun or a share of a budget in a nuclear context is no risk figure', () => {
    const en = code('The Pentagon said the new ICBM programme faces an 81 percent cost overrun.', 'en', '2024-07-09');
    expect(find(en, 'RISK_ASSESSMENT')).toBeUndefined();
    const fr = code('Selon Paris, la dissuasion nucléaire représente 13 pour cent du budget des armées.', 'fr', '2024-07-09');
    expect(find(fr, 'RISK_ASSESSMENT')).toBeUndefined();
  });
  it('a probability figure still counts', () => {
    const en = code('The analyst put the chance that Russia uses nuclear weapons at 2 percent this year.', 'en', '2024-07-09');
    expect(find(en, 'RISK_ASSESSMENT', 'RUS')).toBeDefined();
  });
});

describe('round 7: a treaty taken up as "its participation"', () => {
  it('suspending its participation after a treaty is named is leaving it', () => {
    const en = code('The New START treaty expires in 2026. Russia suspended its participation last year, and no inspections have taken place since.', 'en', '2024-03-01');
    expect(find(en, 'ARMS_CONTROL_EXIT', 'RUS')).toBeDefined();
    const fr = code('Le traité New Start expire en 2026. La Russie a suspendu sa participation l’an dernier.', 'fr', '2024-03-01');
    expect(find(fr, 'ARMS_CONTROL_EXIT', 'RUS')).toBeDefined();
  });
});

describe('round 7: a month "of last year"', () => {
  it('"in February of last year", "en février de l’an dernier" is in the year before publication', () => {
    const en = code('Moscow suspended the New START treaty in February of last year.', 'en', '2024-03-01');
    expect(find(en, 'ARMS_CONTROL_EXIT', 'RUS')?.date.value).toBe('2023-02');
    const fr = code('Moscou a suspendu le traité New Start en février de l’an dernier.', 'fr', '2024-03-01');
    expect(find(fr, 'ARMS_CONTROL_EXIT', 'RUS')?.date.value).toBe('2023-02');
  });
});

describe('round 7: speakers and deployments told in other words', () => {
  it('a title of plain words before a name is that person ("selon le secrétaire général Mark Rutte")', () => {
    const fr = code('Selon le secrétaire général Mark Rutte, les manœuvres « ne visent aucun pays en particulier ».', 'fr', '2024-10-15');
    expect(fr.quotes.find((q) => q.speaker.id === 'mark-rutte')).toBeDefined();
    const en = code('According to Defence Secretary Grant Shapps, the submarine fleet remains "ready at all times".', 'en', '2024-02-21');
    expect(en.quotes.find((q) => q.speaker.id === 'grant-shapps')).toBeDefined();
  });
  it('silos loaded with missiles are a deployment by the one who loads them', () => {
    const en = code('Beijing has loaded dozens of new silos in Inner Mongolia with ICBMs, the report says.', 'en', '2024-03-01');
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'CHN')).toBeDefined();
    const fr = code('La Chine a chargé ses nouveaux silos de missiles intercontinentaux, selon le Pentagone.', 'fr', '2024-03-01');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT', 'CHN')).toBeDefined();
  });
});
