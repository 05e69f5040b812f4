import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

describe('event triggers and actors', () => {
  it('codes a deployment with its actor (FR/EN)', () => {
    expect(find(code('La Russie a déployé des armes nucléaires tactiques en Biélorussie.'), 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('asserted');
    expect(find(code('Russia has moved nuclear warheads to Belarus, officials said.', 'en'), 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('asserted');
  });
  it('codes an exercise announced for next week as asserted (FR/EN)', () => {
    expect(find(code("L'OTAN va lancer un exercice nucléaire la semaine prochaine."), 'NUCLEAR_EXERCISE', 'NATO')?.polarity).toBe('asserted');
    expect(find(code('NATO will hold its annual nuclear deterrence exercise next week.', 'en'), 'NUCLEAR_EXERCISE', 'NATO')?.polarity).toBe('asserted');
  });
  it('codes a strike on a nuclear state versus a major strike', () => {
    expect(find(code('Des frappes de drones ukrainiennes ont visé la base aérienne d’Engels en Russie.'), 'STRIKE_ON_NUCLEAR_STATE', 'UKR')).toBeDefined();
    expect(find(code('Russia launched a massive missile barrage on Ukrainian cities overnight.', 'en'), 'MAJOR_STRIKE', 'RUS')).toBeDefined();
  });
  it('codes arms control exits and de-escalation (FR/EN)', () => {
    expect(find(code('La Russie a suspendu sa participation au traité New START.'), 'ARMS_CONTROL_EXIT', 'RUS')).toBeDefined();
    expect(find(code('Washington is ready to negotiate a new arms control framework with Moscow.', 'en'), 'DE_ESCALATION', 'USA')).toBeDefined();
  });
});

describe('polarity', () => {
  it('negation: "n\'a pas", "no evidence that"', () => {
    expect(find(code("La Chine n'a pas déployé de nouvelles armes nucléaires."), 'NUCLEAR_DEPLOYMENT', 'CHN')?.polarity).toBe('negated');
    expect(find(code('Officials said there was no evidence that Russia was moving nuclear weapons.', 'en'), 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('negated');
  });
  it('an intelligence finding that nothing changed is the negated event, attributed to the speaker', () => {
    const e = find(code('« Nous n’avons observé aucun changement dans la posture nucléaire russe », a déclaré le porte-parole du Pentagone.', 'fr', '2023-06-01'), 'ALERT_RAISED', 'RUS');
    expect(e).toMatchObject({ polarity: 'negated', attributedTo: 'pat-ryder' });
    const en = find(code('"We have not seen any change in Russia\'s nuclear posture," Kirby said.', 'en', '2022-10-01'), 'ALERT_RAISED', 'RUS');
    expect(en).toMatchObject({ polarity: 'negated', attributedTo: 'john-kirby' });
  });
  it('double negation resolves to asserted', () => {
    const e = find(code("Les États-Unis n'avaient aucune raison de ne pas croire que la Russie avait déplacé des armes nucléaires."), 'NUCLEAR_DEPLOYMENT', 'RUS');
    expect(e?.polarity).toBe('asserted');
  });
  it('modal verbs make an action hypothetical (FR/EN)', () => {
    expect(find(code('La Russie pourrait modifier sa doctrine nucléaire.'), 'DOCTRINE_CHANGE', 'RUS')?.polarity).toBe('hypothetical');
    expect(find(code('Moscow could deploy nuclear weapons to Belarus.', 'en'), 'NUCLEAR_DEPLOYMENT', 'RUS')?.polarity).toBe('hypothetical');
  });
  it('a threat made is asserted even when its content is conditional', () => {
    const e = find(code('Vladimir Poutine a averti que si l’Occident intervenait, « nos missiles répondraient avec des ogives nucléaires ».'), 'NUCLEAR_THREAT', 'RUS');
    expect(e).toMatchObject({ polarity: 'asserted', attributedTo: 'vladimir-putin' });
  });
  it('the condition of a warning is not coded as an event', () => {
    const r = code('If Russia used a nuclear weapon, President Biden warned, the response would be severe.', 'en', '2022-10-10');
    expect(r.events.some((e) => e.type === 'RISK_ASSESSMENT' || e.type === 'NUCLEAR_USE')).toBe(false);
  });
});

describe('attribution', () => {
  it('unnamed officials are their state; vague sources are null', () => {
    expect(find(code('Les responsables américains disent que la Russie a déployé des armes nucléaires.'), 'NUCLEAR_DEPLOYMENT')?.attributedTo).toBe('USA');
    expect(find(code('Certains experts estiment que la Russie a déployé des armes nucléaires.'), 'NUCLEAR_DEPLOYMENT')?.attributedTo).toBeNull();
    expect(find(code('According to U.S. officials, Russia deployed nuclear weapons to Belarus.', 'en'), 'NUCLEAR_DEPLOYMENT')?.attributedTo).toBe('USA');
  });
  it('an analyst judging possible use is a risk assessment; the own official saying it is a threat', () => {
    const risk = find(code('Rebekah Koffler a déclaré que la Russie pourrait utiliser des armes nucléaires.', 'fr', '2022-12-10'), 'RISK_ASSESSMENT', 'RUS');
    expect(risk).toMatchObject({ polarity: 'asserted', attributedTo: 'rebekah-koffler' });
    const threat = find(code('Dmitry Medvedev said Russia could use nuclear weapons against Ukraine.', 'en', '2023-01-10'), 'NUCLEAR_THREAT', 'RUS');
    expect(threat).toMatchObject({ polarity: 'asserted', attributedTo: 'dmitry-medvedev' });
  });
  it('the narrator voice gives null', () => {
    expect(find(code('La Russie a déployé des armes nucléaires tactiques en Biélorussie.'), 'NUCLEAR_DEPLOYMENT')?.attributedTo).toBeNull();
  });
  it('events carry a date, evidence span and a confidence in 0..1', () => {
    const text = 'Vendredi, la Russie a lancé un missile balistique intercontinental lors d’un essai.';
    const e = code(text, 'fr', '2024-11-19').events[0];
    expect(e.type).toBe('MISSILE_TEST');
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    expect(e.date.value).toBe('2024-11-15');
  });
});

describe('speech acts about threats', () => {
  it('condemning threats is a warning by the condemner, not a threat (FR/EN)', () => {
    const fr = code('Le chancelier allemand Olaf Scholz a condamné ces « menaces nucléaires irresponsables » de Moscou.', 'fr', '2024-03-15');
    expect(find(fr, 'WARNING', 'DEU')).toMatchObject({ attributedTo: 'olaf-scholz', polarity: 'asserted' });
    expect(find(fr, 'NUCLEAR_THREAT')).toBeUndefined();
    const en = code("China's foreign ministry spokeswoman Mao Ning said Beijing opposed the threat or use of nuclear weapons.", 'en', '2024-03-15');
    expect(find(en, 'NUCLEAR_THREAT')).toBeUndefined();
  });
  it('a coordinated second verb keeps the subject ("said ... but warned")', () => {
    const en = code('The Pentagon said it had seen no sign that Moscow was preparing to use nuclear weapons, but warned that any such use would bring "catastrophic consequences".', 'en', '2024-03-15');
    expect(find(en, 'WARNING', 'USA')).toBeDefined();
    expect(find(en, 'PLANNING_REPORTED', 'RUS')).toMatchObject({ polarity: 'negated', attributedTo: 'USA' });
    expect(en.quotes[0].speaker.id).toBe('USA');
  });
  it('a call to negotiate is de-escalation by the caller', () => {
    expect(find(code('Olaf Scholz a appelé Moscou à revenir à la table des négociations.', 'fr', '2024-03-15'), 'DE_ESCALATION', 'DEU')).toBeDefined();
  });
  it('targets are kept only for directed events', () => {
    const r = code("North Korea test-fired a new solid-fuel ICBM on Thursday, South Korea's military said.", 'en', '2024-03-15');
    expect(find(r, 'MISSILE_TEST', 'PRK')).toMatchObject({ target: null, attributedTo: 'KOR', date: { value: '2024-03-14', precision: 'day' } });
  });
});

describe('wire-copy constructions', () => {
  it('an anonymous official with a participle clause is still the source', () => {
    const r = code('A senior U.S. official, speaking on condition of anonymity, said Russia had not moved nuclear weapons.', 'en', '2025-03-04');
    expect(find(r, 'NUCLEAR_DEPLOYMENT', 'RUS')).toMatchObject({ polarity: 'negated', attributedTo: 'USA' });
  });
  it('a named person who warns is the source of the warning (FR/EN)', () => {
    expect(find(code('Russian Foreign Minister Sergei Lavrov warned that Western missile deliveries to Kyiv could trigger a war between nuclear powers.', 'en', '2024-09-10'), 'WARNING', 'RUS')?.attributedTo).toBe('sergey-lavrov');
    expect(find(code("Emmanuel Macron a mis en garde contre le risque d'une escalade nucléaire.", 'fr', '2024-09-10'), 'WARNING', 'FRA')?.attributedTo).toBe('emmanuel-macron');
  });
  it('a treaty withdrawal is an arms control exit, not a test', () => {
    const r = code("Moscou a annoncé mardi le retrait de la Russie du traité d'interdiction complète des essais nucléaires.", 'fr', '2023-10-24');
    expect(find(r, 'ARMS_CONTROL_EXIT', 'RUS')).toBeDefined();
    expect(r.events.some((e) => e.type === 'MISSILE_TEST' || e.type === 'NUCLEAR_THREAT')).toBe(false);
  });
  it('drills of nuclear forces are an exercise', () => {
    const r = code("Russia's Defense Ministry said on Tuesday its strategic nuclear forces had begun drills involving Yars missiles.", 'en', '2025-03-04');
    expect(find(r, 'NUCLEAR_EXERCISE', 'RUS')).toMatchObject({ polarity: 'asserted', date: { value: '2025-03-04' } });
  });
});
