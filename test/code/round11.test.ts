// Round 11 of general rules for unseen texts (corpus/heldout/round11): each rule with its own FR and EN examples,
// written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code, find } from './helpers.js';

const of = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}:${e.attributedTo}`);

describe('round 11: a doctrine named before its change', () => {
  it('"the doctrine has not changed" is a negated doctrine change, said by the speaker', () => {
    expect(of(code('Le ministre Sébastien Lecornu a répondu que la doctrine nucléaire française n’a pas changé.', 'fr', '2025-03-03'), 'DOCTRINE_CHANGE')).toEqual(['FRA:negated:sebastien-lecornu']);
    expect(of(code('Sergei Ryabkov said Russia’s nuclear doctrine had not been revised since the spring.', 'en', '2024-05-21'), 'DOCTRINE_CHANGE')).toEqual(['RUS:negated:sergei-ryabkov']);
  });
  it('a doctrine that has been amended is a change', () => {
    expect(of(code('La doctrine nucléaire russe a été modifiée mardi par décret.', 'fr', '2024-11-20'), 'DOCTRINE_CHANGE')).toEqual(['RUS:asserted:null']);
  });
});

describe('round 11: limits kept, channels open, talks on offer, calls, no need to use', () => {
  it('staying within a treaty’s limits is restraint by each state named', () => {
    expect(of(code('Moscow and Washington both say they remain within the New START treaty’s central limits.', 'en', '2026-02-04'), 'DE_ESCALATION').map((s) => s.split(':')[0])).toEqual(['RUS', 'USA']);
    expect(of(code('La Russie reste dans les limites fixées par le traité New START, selon Moscou.', 'fr', '2026-02-04'), 'DE_ESCALATION').map((s) => s.split(':')[0])).toEqual(['RUS']);
  });
  it('channels kept open and talks on offer are de-escalation by the speaker’s state', () => {
    expect(of(code('« Nos canaux de communication restent ouverts, y compris sur la stabilité stratégique », a déclaré Jean-Noël Barrot.', 'fr', '2024-11-20'), 'DE_ESCALATION')).toEqual(['FRA:asserted:jean-noel-barrot']);
    expect(of(code('Antony Blinken said the United States remained open for any discussion on nuclear arms control.', 'en', '2023-02-22'), 'DE_ESCALATION').map((s) => s.split(':')[0])).toEqual(['USA']);
  });
  it('calls with counterparts are de-escalation', () => {
    expect(of(code('Sergei Shoigu held phone calls on Sunday with his counterparts from France and Turkey about a nuclear provocation.', 'en', '2022-10-24'), 'DE_ESCALATION').map((s) => s.split(':')[0])).toEqual(['RUS']);
    expect(of(code('Sébastien Lecornu a eu un entretien téléphonique dimanche avec son homologue russe sur la question nucléaire.', 'fr', '2022-10-24'), 'DE_ESCALATION').map((s) => s.split(':')[0])).toEqual(['FRA']);
  });
  it('seeing no need to use the weapons is de-escalation, not a threat', () => {
    const fr = code('Le président russe a assuré qu’il ne voyait aucune nécessité d’employer l’arme nucléaire.', 'fr', '2023-06-19');
    expect(of(fr, 'DE_ESCALATION')).toEqual(['RUS:asserted:vladimir-putin']);
    expect(of(fr, 'NUCLEAR_THREAT')).toEqual([]);
    const en = code('Vladimir Putin said there was no need to use nuclear weapons in Ukraine.', 'en', '2023-06-19');
    expect(of(en, 'DE_ESCALATION').map((s) => s.split(':')[0])).toEqual(['RUS']);
    expect(of(en, 'NUCLEAR_THREAT')).toEqual([]);
  });
  it('what a report recommends that states do is hypothetical', () => {
    expect(of(code('The report recommends that Washington and Moscow agree to keep respecting New START’s central limits.', 'en', '2024-06-19'), 'DE_ESCALATION')).toEqual(['USA:hypothetical:null', 'RUS:hypothetical:null']);
    expect(of(code('Le rapport préconise que Washington et Moscou continuent de respecter les plafonds du traité New START.', 'fr', '2024-06-19'), 'DE_ESCALATION').map((s) => s.split(':')[1])).not.toContain('asserted');
  });
});

describe('round 11: « répondre » reports speech', () => {
  it('the one who answers is the source', () => {
    expect(find(code('Dmitri Peskov a répondu lundi que la doctrine nucléaire russe restait inchangée.', 'fr', '2022-10-07'), 'DOCTRINE_STATEMENT', 'RUS')?.attributedTo).toBe('dmitry-peskov');
  });
});
