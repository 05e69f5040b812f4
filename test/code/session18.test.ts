// Session 18 general rules (events.yaml v21, cues.yaml v18), found on the de-escalation misses of the held-out rounds:
// what a call asks of the states it calls on, the pair a call names (« les deux pays »), and acts in a purpose clause.
// FR and EN examples written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { actorPolarities as actors, code } from './helpers.js';

const NUCLEAR_EN = 'The nuclear standoff between the two countries worsened this year.';
// The caller's own asserted call is kept as before (older gold codes it); these tests look at the called-on states.
const asked = (record: ReturnType<typeof code>) => actors(record, 'DE_ESCALATION').filter((a) => a.endsWith('hypothetical')).sort();
const NUCLEAR_FR = "La crise nucléaire s'est aggravée cette année.";

describe('what a call asks of the states it calls on', () => {
  it('talks, channels and restraint asked for are their possible de-escalation, told by the caller', () => {
    const en = code(`${NUCLEAR_EN} Norway urged Washington and Beijing to resume their military dialogue without delay.`, 'en', '2025-06-01');
    expect(asked(en)).toEqual(['CHN:hypothetical', 'USA:hypothetical']);
    const en2 = code(`${NUCLEAR_EN} The secretary encouraged India and Pakistan to keep their hotline open.`, 'en', '2025-06-01');
    expect(asked(en2)).toEqual(['IND:hypothetical', 'PAK:hypothetical']);
    const fr = code(`${NUCLEAR_FR} Le Brésil appelle Téhéran et Washington à rouvrir sans tarder un canal de communication.`, 'fr', '2025-06-01');
    expect(asked(fr)).toEqual(['IRN:hypothetical', 'USA:hypothetical']);
    const fr2 = code(`${NUCLEAR_FR} Le ministre a exhorté Pyongyang à cesser ses provocations.`, 'fr', '2025-06-01');
    expect(asked(fr2)).toEqual(['PRK:hypothetical']);
  });
  it('the same words without a call code nothing', () => {
    const en = code(`${NUCLEAR_EN} North Korea resumed its provocations and kept its hotline closed.`, 'en', '2025-06-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual([]);
    const fr = code(`${NUCLEAR_FR} Pyongyang a repris ses provocations le lendemain.`, 'fr', '2025-06-01');
    expect(actors(fr, 'DE_ESCALATION')).toEqual([]);
  });
});

describe('a call on « les deux pays », "both sides"', () => {
  it('calls on the two states the sentence before names', () => {
    const fr = code("Les États-Unis et la Russie n'ont plus de traité sur leurs armes nucléaires. Le pape a appelé les deux pays à revenir à la table des négociations.", 'fr', '2026-02-10');
    expect(asked(fr)).toEqual(['RUS:hypothetical', 'USA:hypothetical']);
    const en = code('India and Pakistan exchanged nuclear warnings on Sunday. Qatar urged both sides to return to dialogue.', 'en', '2025-05-12');
    expect(asked(en)).toEqual(['IND:hypothetical', 'PAK:hypothetical']);
  });
});

describe('an act in a purpose clause', () => {
  it('is aimed at, not done', () => {
    const fr = code("Le diplomate appelle Paris à peser pour que les deux puissances continuent de respecter les plafonds du traité New Start.", 'fr', '2025-11-01');
    expect(actors(fr, 'DE_ESCALATION').filter((a) => a.endsWith('asserted'))).toEqual([]);
    const en = code('The envoy pressed Moscow so that Russia keeps observing the limits of the New START treaty.', 'en', '2025-11-01');
    expect(actors(en, 'DE_ESCALATION').filter((a) => a.endsWith('asserted'))).toEqual([]);
  });
});

// Nuclear tests: the ontology's test list accepts NUCLEAR_USE, ARMS_CONTROL_EXIT or MISSILE_TEST.
const TEST_TYPES = ['NUCLEAR_USE', 'ARMS_CONTROL_EXIT', 'MISSILE_TEST'] as const;
const tests = (record: ReturnType<typeof code>) => TEST_TYPES.flatMap((type) => actors(record, type)).sort();

describe('nuclear tests told as nouns', () => {
  it('a detonation done, ordered or not ordered', () => {
    expect(tests(code('The United States last exploded a nuclear device underground in Nevada in 1992.', 'en', '2025-11-06'))).toEqual(['USA:asserted']);
    expect(tests(code('Trump just ordered the first American nuclear bomb test in 33 years.', 'en', '2025-11-06'))).toEqual(['USA:asserted']);
    // The negation reaches past the object's article and adjectives.
    expect(tests(code('No, Trump has not ordered the first US nuclear explosion since 1992.', 'en', '2025-11-06'))).toEqual(['USA:negated']);
    expect(tests(code("La Corée du Nord a fait exploser un engin nucléaire souterrain en 2017.", 'fr', '2025-11-06'))).toEqual(['PRK:asserted']);
  });
  it('a test prepared for or possible is hypothetical, and "sans attendre" negates nothing', () => {
    expect(tests(code("Vladimir Poutine a chargé ses ministères de préparer des propositions en vue d'un éventuel essai nucléaire.", 'fr', '2025-11-06'))).toEqual(['RUS:hypothetical']);
    expect(tests(code("Le ministre russe de la Défense a proposé de commencer sans attendre les préparatifs d'un essai nucléaire.", 'fr', '2025-11-06'))).toEqual(['RUS:hypothetical']);
    expect(tests(code('Russia began preparations for nuclear weapons tests at Novaya Zemlya.', 'en', '2025-11-06'))).toEqual(['RUS:hypothetical']);
  });
  it('"either country" stands for the two states the sentence before names, persons left aside', () => {
    const en = code('Trump said that Russia and China were testing nuclear weapons. None has been made public that either country has set off a nuclear device since the 1990s.', 'en', '2025-11-06');
    expect(tests(en).filter((a) => a.endsWith('negated'))).toEqual(['CHN:negated', 'RUS:negated']);
  });
  it('a negative subject and its "ne" are one negation', () => {
    const fr = code("Aucun décret ni aucune déclaration officielle ne fait état d'une élévation du niveau d'alerte des forces nucléaires russes.", 'fr', '2025-11-06');
    expect(actors(fr, 'ALERT_RAISED')).toEqual(['RUS:negated']);
  });
});
