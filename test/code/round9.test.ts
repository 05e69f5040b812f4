// Round 9 of general rules for unseen texts (corpus/heldout/round9): each rule with its own FR and EN examples,
// written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

describe('round 9: deployments', () => {
  it('stationing nuclear-capable bombers, and bombs flown to a base, are deployments', () => {
    expect(find(code('Washington plans to station nuclear-capable bombers at a base in Guam by 2027.', 'en', '2025-03-01'), 'NUCLEAR_DEPLOYMENT', 'USA')?.polarity).toBe('asserted');
    expect(find(code('Analysts say US nuclear bombs were flown to an air base in England last week.', 'en', '2025-03-01'), 'NUCLEAR_DEPLOYMENT', 'USA')).toBeDefined();
    expect(find(code('Selon la presse, des bombes nucléaires américaines ont été acheminées vers une base anglaise.', 'fr', '2025-03-01'), 'NUCLEAR_DEPLOYMENT', 'USA')).toBeDefined();
  });
  it('« le repositionnement » of submarines and redeploying them are deployments', () => {
    expect(find(code('Le président a ordonné le repositionnement de deux sous-marins nucléaires américains en mer du Nord.', 'fr', '2025-08-05'), 'NUCLEAR_DEPLOYMENT', 'USA')).toBeDefined();
    expect(find(code('The Pentagon said it was redeploying nuclear submarines closer to the region.', 'en', '2025-08-05'), 'NUCLEAR_DEPLOYMENT', 'USA')).toBeDefined();
  });
  it('a system to be deployed is its owner’s deployment, not the host’s', () => {
    const fr = code('Des missiles Orechnik pourraient être déployés au Bélarus dès l’an prochain, selon Minsk.', 'fr', '2025-01-10');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('hypothetical');
    expect(find(fr, 'NUCLEAR_DEPLOYMENT', 'BLR')).toBeUndefined();
    const en = code('Oreshnik missiles could be stationed in Belarus as early as next year.', 'en', '2025-01-10');
    expect(find(en, 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('hypothetical');
  });
  it('tactical weapons moved, in a nuclear context, are a deployment; elsewhere they are not', () => {
    expect(find(code('The nuclear standoff deepened after Russia moved tactical weapons into Belarus last year.', 'en', '2024-06-17'), 'NUCLEAR_DEPLOYMENT', 'RUS')).toBeDefined();
    expect(find(code('La crise nucléaire s’est aggravée quand la Russie a transféré des armes tactiques au Bélarus.', 'fr', '2024-06-17'), 'NUCLEAR_DEPLOYMENT', 'RUS')).toBeDefined();
    expect(find(code('The army moved tactical weapons to the southern front before the offensive.', 'en', '2024-06-17'), 'NUCLEAR_DEPLOYMENT')).toBeUndefined();
  });
});

describe('round 9: exercises, alerts, doctrine', () => {
  it('rehearsing nuclear strikes, « s’entraîner à l’emploi d’armes nucléaires », are exercises', () => {
    const en = code('Russia and Belarus rehearse tactical nuclear strikes near the Polish border.', 'en', '2024-06-17');
    expect(find(en, 'NUCLEAR_EXERCISE', 'RUS')).toBeDefined();
    expect(find(en, 'NUCLEAR_EXERCISE', 'BLR')).toBeDefined();
    expect(find(code('Les troupes russes s’entraînent à l’emploi d’armes nucléaires tactiques près de la frontière.', 'fr', '2024-06-17'), 'NUCLEAR_EXERCISE', 'RUS')).toBeDefined();
  });
  it('weapons "on alert" are an alert, negated when denied', () => {
    expect(find(code('Officials in Paris said the nuclear bombers were not on alert.', 'en', '2025-07-29'), 'ALERT_RAISED', undefined)?.polarity).toBe('negated');
    expect(find(code('Moscow put its nuclear forces on alert on Sunday, the Kremlin said.', 'en', '2022-02-28'), 'ALERT_RAISED', 'RUS')?.polarity).toBe('asserted');
  });
  it('neither confirming nor denying where nuclear weapons are is a doctrine statement, asserted', () => {
    expect(find(code('The United States neither confirms nor denies the presence of nuclear weapons at any base.', 'en', '2022-11-01'), 'DOCTRINE_STATEMENT', 'USA')?.polarity).toBe('asserted');
    expect(find(code('Londres ne confirme ni ne dément la présence d’armes nucléaires américaines sur son sol.', 'fr', '2025-07-29'), 'DOCTRINE_STATEMENT', 'GBR')?.polarity).toBe('asserted');
  });
  it('writing nuclear status into law or the constitution is a doctrine change', () => {
    expect(find(code('In 2022, North Korea enshrined in law the right to use nuclear weapons pre-emptively.', 'en', '2024-06-21'), 'DOCTRINE_CHANGE', 'PRK')).toBeDefined();
    expect(find(code('En 2023, Pyongyang a inscrit dans sa Constitution son statut de puissance nucléaire.', 'fr', '2024-06-21'), 'DOCTRINE_CHANGE', 'PRK')).toBeDefined();
  });
});

describe('round 9: warnings and restraint', () => {
  it('"lashed out", « s’en est pris à » are warnings by the one who speaks', () => {
    expect(find(code('The Kremlin lashed out at NATO over its talk of nuclear weapons.', 'en', '2024-06-17'), 'WARNING', 'RUS')).toBeDefined();
    expect(find(code('Le Kremlin s’en est pris à l’Otan après ses propos sur les armes nucléaires.', 'fr', '2024-06-17'), 'WARNING', 'RUS')).toBeDefined();
  });
  it('« a-t-il prévenu » after a quote is a warning, like "he warned"', () => {
    expect(find(code('« Attendez-vous à de nouvelles mesures nucléaires », a-t-il prévenu, selon Dmitri Medvedev.', 'fr', '2025-08-05'), 'WARNING', 'RUS')).toBeDefined();
    expect(find(code('"Expect new nuclear measures," Dmitry Medvedev warned.', 'en', '2025-08-05'), 'WARNING', 'RUS')).toBeDefined();
  });
  it('an arms race triggered, « la course aux armements » relaunched, are warnings', () => {
    expect(find(code('China said the nuclear deployment could trigger an arms race in Asia.', 'en', '2022-11-01'), 'WARNING', 'CHN')).toBeDefined();
    expect(find(code('Pékin a estimé que ce déploiement nucléaire allait relancer la course aux armements.', 'fr', '2022-11-01'), 'WARNING', 'CHN')).toBeDefined();
  });
  it('calling a nuclear move "concerning" is a warning by the subject', () => {
    expect(find(code('The Pentagon called the nuclear pact a deeply concerning development.', 'en', '2024-06-21'), 'WARNING', 'USA')).toBeDefined();
  });
  it('« la maîtrise des armements » offered, and renouncing the bomb, are de-escalation; the phrase alone is not', () => {
    expect(find(code('La France reste disposée à soutenir toute initiative de maîtrise des armements nucléaires.', 'fr', '2025-06-12'), 'DE_ESCALATION', 'FRA')).toBeDefined();
    expect(find(code('Seoul renounced nuclear weapons decades ago in exchange for US protection.', 'en', '2024-06-21'), 'DE_ESCALATION', 'KOR')).toBeDefined();
    expect(find(code('Moscou avait suspendu sa participation au traité New Start, le dernier accord de maîtrise des armements.', 'fr', '2023-03-01'), 'DE_ESCALATION')).toBeUndefined();
  });
});

describe('round 9, left open then: transcripts, emphasis, signs of intent', () => {
  it('a transcript label may give the speaker’s role and a translator’s note before the colon', () => {
    const en = code('DMITRY PESKOV, Kremlin Spokesman (through interpreter): This is another escalation around the nuclear arsenal.\n\nMAJ. GEN. PAT RYDER, Pentagon Press Secretary: We have not seen any reason to adjust our nuclear posture.', 'en', '2024-06-17');
    expect(find(en, 'WARNING', 'RUS')).toMatchObject({ attributedTo: 'dmitry-peskov', polarity: 'asserted' });
    expect(en.events.find((e) => e.type === 'ALERT_RAISED')).toMatchObject({ attributedTo: 'pat-ryder', polarity: 'negated' });
    const fr = code('DMITRI PESKOV, porte-parole du Kremlin (traduction) : C’est une nouvelle escalade dangereuse autour de l’arsenal nucléaire.', 'fr', '2024-06-17');
    expect(find(fr, 'WARNING', 'RUS')).toMatchObject({ attributedTo: 'dmitry-peskov' });
  });
  it('a dateline before a colon is no speaker label', () => {
    const fr = code('DMITRI PESKOV : Nous suivons la situation.\n\nMOSCOU, 5 mars (AFP) : Le Kremlin a averti que l’arsenal nucléaire serait renforcé.', 'fr', '2024-03-06');
    expect(fr.quotes.some((q) => q.speaker.name === 'Moscou')).toBe(false);
    expect(find(fr, 'WARNING', 'RUS')?.attributedTo).not.toBe('RUS');
  });
  it('"nothing other than" / « rien d’autre que » emphasise and negate nothing', () => {
    const en = code('Peskov said the drills were nothing other than another escalation around the nuclear arsenal.', 'en', '2024-06-17');
    expect(en.events.filter((e) => e.type === 'WARNING').map((e) => e.polarity)).toEqual(['asserted']);
    const fr = code('Pour Dmitri Peskov, ce n’est rien d’autre qu’une nouvelle escalade dangereuse autour de l’arsenal nucléaire.', 'fr', '2024-06-17');
    expect(fr.events.filter((e) => e.type === 'WARNING').map((e) => e.polarity)).toEqual(['asserted']);
  });
  it('signs of an intent to use are planning reported, negated with the signs', () => {
    const none = code('US officials have seen no indication that Russia intends to use nuclear weapons.', 'en', '2024-06-17');
    expect(find(none, 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('negated');
    const some = code('There are signs that Russia intends to use nuclear weapons in Ukraine.', 'en', '2024-06-17');
    expect(find(some, 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('asserted');
    const aucun = code('Selon Washington, rien n’indique que la Russie ait l’intention d’utiliser l’arme nucléaire.', 'fr', '2024-06-17');
    expect(find(aucun, 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('negated');
    // One's own lack of intent stays de-escalation.
    const own = code('Dmitri Peskov a assuré que la Russie n’avait pas l’intention d’utiliser l’arme nucléaire.', 'fr', '2024-06-17');
    expect(find(own, 'PLANNING_REPORTED')).toBeUndefined();
    expect(find(own, 'DE_ESCALATION', 'RUS')).toBeDefined();
  });
  it('a negation does not reach past ", and" / ", mais" into the next coordinated clause', () => {
    const en = code('We have not seen any reason to change our posture, but there are signs that Russia intends to use nuclear weapons.', 'en', '2024-06-17');
    expect(find(en, 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('asserted');
    const fr = code('Nous n’avons vu aucune raison de changer notre posture, mais plusieurs indices montrent que la Russie a l’intention d’utiliser l’arme nucléaire.', 'fr', '2024-06-17');
    expect(find(fr, 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('asserted');
    const both = code('We have not seen any reason to change our posture, and we have seen no indication that Russia intends to use nuclear weapons.', 'en', '2024-06-17');
    expect(find(both, 'PLANNING_REPORTED', 'RUS')?.polarity).toBe('negated');
  });
});
