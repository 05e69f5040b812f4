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
