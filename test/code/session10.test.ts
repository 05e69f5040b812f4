// Session 10 general rules, found on rounds 9-16's misses: each with its own FR and EN examples, written for these tests
// (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code } from './helpers.js';

const actors = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}`);

describe('deployments told with a modal, a delivery or a move', () => {
  it('weapons that could be stationed somewhere: a possible deployment by the state named before them', () => {
    const en = code('NATO debated its nuclear posture on Monday. Officials said British nuclear weapons could be stationed in Germany.', 'en', '2025-03-10');
    expect(actors(en, 'NUCLEAR_DEPLOYMENT')).toEqual(['GBR:hypothetical']);
    const fr = code("L'OTAN a débattu de sa posture nucléaire lundi. Des armes nucléaires françaises pourraient être stationnées en Allemagne.", 'fr', '2025-03-10');
    expect(actors(fr, 'NUCLEAR_DEPLOYMENT')).toEqual(['FRA:hypothetical']);
  });
  it('a modal before the verb "station" makes it a verb', () => {
    expect(actors(code('The Kremlin said Russia would station tactical nuclear weapons in Belarus.', 'en', '2023-03-26'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    // A station as a place is no deployment.
    expect(actors(code('The nuclear power station near Kursk was hit by a drone.', 'en', '2024-08-27'), 'NUCLEAR_DEPLOYMENT')).toEqual([]);
  });
  it('a nuclear-capable system delivered to the forces, and weapons moved to a country', () => {
    expect(actors(code("Le ministre a indiqué que le premier missile Sarmat de série avait été livré aux troupes.", 'fr', '2024-12-16'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    expect(actors(code('Moscow said the first Oreshnik systems had been delivered to Russian units.', 'en', '2024-12-16'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
    expect(actors(code('Russia confirms its nuclear warheads moved to Belarus last month.', 'en', '2023-07-01'), 'NUCLEAR_DEPLOYMENT')).toEqual(['RUS:asserted']);
  });
});

describe('restraint kept and calls to return to a treaty', () => {
  it('keeping to obligations or limits is de-escalation; not keeping them is no event', () => {
    expect(actors(code('The Chinese minister said China has always abided by its obligations under the nuclear test ban treaty.', 'en', '2025-01-10'), 'DE_ESCALATION')).toEqual(['CHN:asserted']);
    expect(actors(code('La Russie propose de respecter les plafonds du traité New START pendant un an.', 'fr', '2025-09-22'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
    expect(actors(code("Le rapport conclut que la Russie ne respecte pas ses obligations au titre du traité New START.", 'fr', '2024-01-31'), 'DE_ESCALATION')).toEqual([]);
  });
  // Session 14: and the return asked for is the called-on state's possible act (hypothetical), never done.
  it('a call to return to a treaty is the caller\'s, and covers the limits it asks the other side to keep', () => {
    const fr = code("La France appelle la Chine à revenir à la pleine application du traité nucléaire et à en respecter les limites.", 'fr', '2025-02-01');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['FRA:asserted', 'CHN:hypothetical']);
    const en = code('Britain calls on Russia to return to full implementation of the New START treaty.', 'en', '2023-03-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['GBR:asserted', 'RUS:hypothetical']);
  });
  it('a call with no caller in its clause is not the called state\'s act', () => {
    const fr = code("Le traité nucléaire est menacé. Ils demandent à la Russie de revenir pleinement au traité.", 'fr', '2023-03-01');
    expect(actors(fr, 'DE_ESCALATION')).not.toContain('RUS:asserted');
  });
  it('caution with nuclear rhetoric and doing everything to avoid a nuclear war are restraint', () => {
    expect(actors(code('Le porte-parole du Kremlin a appelé chacun à se montrer « très prudent » avec la rhétorique nucléaire.', 'fr', '2024-08-04'), 'DE_ESCALATION')).toEqual(['RUS:asserted']);
    expect(actors(code('The Chinese foreign minister said Beijing would do everything possible to prevent a nuclear war.', 'en', '2024-05-01'), 'DE_ESCALATION')).toEqual(['CHN:asserted']);
  });
  it('refusing to sign the ban treaty is de-escalation negated', () => {
    expect(actors(code('France will not sign the TPNW, the foreign ministry said.', 'en', '2021-01-22'), 'DE_ESCALATION')).toEqual(['FRA:negated']);
  });
});
