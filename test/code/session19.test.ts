// Session 19 general rules (events.yaml v22, cues.yaml v19, actors.yaml v10), found on the warning and de-escalation
// misses of the held-out rounds: deterrent messages without a warning verb, forswearing the bomb, restraint on a
// condition, a bilateral treaty ended without a successor, meetings agreed. FR and EN examples written for these tests.
import { describe, expect, it } from 'vitest';
import { actorPolarities as actors, code } from './helpers.js';

const NUCLEAR_EN = 'The nuclear standoff between the two countries worsened this year.';
const NUCLEAR_FR = "La crise nucléaire s'est aggravée cette année.";

describe('deterrent messages without a warning verb', () => {
  it('a clear message to any adversary and a forceful response are warnings by the one who sends them', () => {
    const en = code(`${NUCLEAR_EN} The air drill sends a clear message to any would-be aggressor, Mark Rutte said on Monday.`, 'en', '2025-10-14');
    expect(actors(en, 'WARNING')).toEqual(['NATO:asserted']);
    const en2 = code(`${NUCLEAR_EN} Any attack on the islands would be met with a swift and forceful response, Lloyd Austin said.`, 'en', '2024-03-01');
    expect(actors(en2, 'WARNING')).toEqual(['USA:asserted']);
    const fr = code(`${NUCLEAR_FR} La Russie se réserve le droit de riposter si des missiles américains sont installés en Allemagne, a déclaré Sergueï Lavrov.`, 'fr', '2024-07-12');
    expect(actors(fr, 'WARNING')).toEqual(['RUS:asserted']);
  });
  it('"playing with fire" is the accuser\'s warning, not the accused\'s', () => {
    const fr = code(`${NUCLEAR_FR} Sergueï Lavrov a accusé mardi Londres de « jouer avec le feu ».`, 'fr', '2024-09-10');
    expect(actors(fr, 'WARNING')).toEqual(['RUS:asserted']);
  });
  it('without a nuclear context, a firm response is nobody\'s warning here', () => {
    const en = code('The club promised a firm response to the referee\'s decision, its manager said.', 'en', '2024-03-01');
    expect(actors(en, 'WARNING')).toEqual([]);
  });
});

describe('forswearing the bomb', () => {
  it('is a statement of no intent, asserted, whatever the negation', () => {
    const en = code(`${NUCLEAR_EN} Egypt says it does not seek nuclear weapons and backs a zone free of them.`, 'en', '2025-05-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['EGY:asserted']);
    const fr = code(`${NUCLEAR_FR} Le Japon n'a jamais cherché à se doter de la bombe, a rappelé le Premier ministre.`, 'fr', '2025-05-01');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['JPN:asserted']);
  });
  it('a call on others not to develop weapons is no pledge of the caller', () => {
    const en = code('The General Assembly called on all states not to develop nuclear weapons for use in orbit.', 'en', '2024-04-25');
    expect(actors(en, 'DE_ESCALATION')).toEqual([]);
  });
});

describe('restraint on a condition', () => {
  it('testing only if the other side tests first is a statement of no intent', () => {
    const en = code(`${NUCLEAR_EN} China would only resume nuclear testing if the United States did so first, its envoy said.`, 'en', '2025-11-10');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['CHN:asserted']);
    const fr = code(`${NUCLEAR_FR} La Chine ne procéderait à aucun essai nucléaire tant que les États-Unis n'en feraient pas.`, 'fr', '2025-11-10');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['CHN:asserted']);
  });
});

describe('a bilateral treaty ended without a successor', () => {
  it('is the arms control its two parties did not make', () => {
    const en = code('The INF Treaty on intermediate-range nuclear missiles lapsed in 2019 without a replacement.', 'en', '2025-01-10');
    expect(actors(en, 'DE_ESCALATION').sort()).toEqual(['RUS:negated', 'USA:negated']);
    const fr = code("Le traité New START limitait les ogives nucléaires déployées. Il a expiré en février sans qu'aucun texte ne le remplace.", 'fr', '2026-03-01');
    expect(actors(fr, 'DE_ESCALATION').sort()).toEqual(['RUS:negated', 'USA:negated']);
  });
  it('a treaty that will expire is no event yet', () => {
    const fr = code("Le traité New START sur les armes nucléaires expire en février 2026 sans successeur.", 'fr', '2025-03-01');
    expect(actors(fr, 'DE_ESCALATION')).toEqual([]);
  });
});

describe('meetings agreed', () => {
  it('two delegations agreeing to meet again de-escalate, both sides', () => {
    const fr = code("Les délégations russe et américaine étaient à Genève cette semaine, en pleine crise nucléaire. Les deux délégations sont convenues de se revoir en juin.", 'fr', '2026-03-20');
    expect(actors(fr, 'DE_ESCALATION').sort()).toEqual(['RUS:asserted', 'USA:asserted']);
  });
});

// Found on round 28's misses (after its first sight).
describe('round 28: vetoes, drafted texts, a moratorium left, rehearsed strikes', () => {
  it('a veto of a resolution is arms control refused; a text drafted by states is theirs', () => {
    const en = code(`${NUCLEAR_EN} On Monday China vetoed a draft resolution on nuclear risk reduction.`, 'en', '2025-05-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['CHN:negated']);
    const fr = code(`${NUCLEAR_FR} Le texte, un projet de résolution rédigé par la France et le Mexique, interdit les armes nucléaires en orbite.`, 'fr', '2025-05-01');
    expect(actors(fr, 'DE_ESCALATION').sort()).toEqual(['FRA:asserted', 'MEX:asserted']);
  });
  it('no longer bound by a moratorium is leaving it', () => {
    const fr = code(`${NUCLEAR_FR} La Chine ne se considère plus liée par le moratoire sur les essais nucléaires, a annoncé Pékin.`, 'fr', '2025-05-01');
    expect(actors(fr, 'ARMS_CONTROL_EXIT')).toEqual(['CHN:asserted']);
  });
  it('forswearing the bomb with « à fabriquer »', () => {
    const fr = code(`${NUCLEAR_FR} La Suède, signataire du TNP, ne cherche pas à fabriquer sa propre arme.`, 'fr', '2025-05-01');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['SWE:asserted']);
  });
  it('a strike rehearsed in an exercise is no conventional strike', () => {
    const en = code('Russian strategic nuclear forces held a large exercise in October, rehearsing a massive retaliatory strike.', 'en', '2025-01-10');
    expect(actors(en, 'MAJOR_STRIKE')).toEqual([]);
    expect(actors(en, 'STRIKE_ON_NUCLEAR_STATE')).toEqual([]);
  });
});
