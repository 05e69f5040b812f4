// Session 16 general rules (events.yaml v19), found on round 25's misses: each with FR and EN examples written for these
// tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { actorPolarities as actors, attributions, code } from './helpers.js';

describe('a pledge not to use nuclear weapons', () => {
  it('"will not use, or threaten to use" is a statement of no intent, not a negated threat', () => {
    const en = code('France will not use, or threaten to use, nuclear weapons against any state that has signed the treaty.', 'en', '2025-05-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['FRA:asserted']);
    expect(actors(en, 'NUCLEAR_THREAT')).toEqual([]);
  });
  it('a promise not to use them, in English and French', () => {
    const en = code('Under the protocol, Britain promises not to use nuclear weapons against the zone.', 'en', '2025-05-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['GBR:asserted']);
    const fr = code("La Chine s'engage à ne pas employer l'arme nucléaire contre les pays de la zone.", 'fr', '2025-05-01');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['CHN:asserted']);
    const fr2 = code("La France promet de ne pas employer l'arme nucléaire contre ces États.", 'fr', '2025-05-01');
    expect(actors(fr2, 'DE_ESCALATION')).toEqual(['FRA:asserted']);
    expect(actors(fr2, 'NUCLEAR_THREAT')).toEqual([]);
  });
});

describe('an arsenal growing', () => {
  it('a state expanding or building up its nuclear arsenal fields more weapons', () => {
    const en = code('Officials say China is building up its nuclear arsenal at a record pace.', 'en', '2025-05-01');
    expect(actors(en, 'NUCLEAR_DEPLOYMENT')).toEqual(['CHN:asserted']);
    const fr = code('La Chine étoffe son arsenal nucléaire à un rythme inédit.', 'fr', '2025-05-01');
    expect(actors(fr, 'NUCLEAR_DEPLOYMENT')).toEqual(['CHN:asserted']);
  });
  it('a stock of enriched uranium growing is no arsenal, and an unnamed "country" is nobody', () => {
    const fr = code("L'Iran continue d'accroître son stock d'uranium enrichi, selon l'agence nucléaire.", 'fr', '2025-05-01');
    expect(actors(fr, 'NUCLEAR_DEPLOYMENT')).toEqual([]);
    const en = code('The warning came from the country building up its nuclear arsenal fastest.', 'en', '2025-05-01');
    expect(actors(en, 'NUCLEAR_DEPLOYMENT')).toEqual([]);
  });
});

describe('a test of a nuclear-powered weapon', () => {
  it('is no nuclear detonation', () => {
    const en = code('Russia has tested a nuclear-powered cruise missile over the Arctic.', 'en', '2025-10-30');
    expect(actors(en, 'NUCLEAR_USE')).toEqual([]);
  });
});

describe('talks held between rivals', () => {
  it('rounds of consultations held by two rival states are a de-escalation of each', () => {
    const en = code('Washington and Moscow have held three rounds of consultations on strategic stability in Vienna.', 'en', '2026-05-01');
    expect(actors(en, 'DE_ESCALATION')).toEqual(['RUS:asserted', 'USA:asserted']);
    const fr = code('Washington et Moscou ont tenu deux cycles de consultations à Vienne.', 'fr', '2026-05-01');
    expect(actors(fr, 'DE_ESCALATION')).toEqual(['RUS:asserted', 'USA:asserted']);
  });
});

describe('restraint asked of named states', () => {
  it('keeping test moratoriums, asked of states named after a general address, is theirs and hypothetical', () => {
    const en = code('Norway urges all countries, and in particular China and the United States, to maintain their moratoriums on nuclear testing.', 'en', '2025-11-06');
    expect(attributions(en, 'DE_ESCALATION').filter((a) => a.endsWith(':NOR'))).toEqual(['CHN:hypothetical:NOR', 'USA:hypothetical:NOR']);
  });
  it('resuming notifications and data exchanges, asked of two states', () => {
    const fr = code('La Suisse appelle la Russie et les États-Unis à reprendre les notifications et les échanges de données prévus par le traité New Start.', 'fr', '2023-04-13');
    expect(attributions(fr, 'DE_ESCALATION').filter((a) => a.endsWith(':CHE'))).toEqual(['RUS:hypothetical:CHE', 'USA:hypothetical:CHE']);
  });
});

describe('deterrent messages', () => {
  it('a response in kind, in English and French', () => {
    const en = code('Moscow has made clear that it would respond in kind to any American nuclear test.', 'en', '2025-11-06');
    expect(actors(en, 'WARNING').map((a) => a.split(':')[0])).toEqual(['RUS']);
    const fr = code('Le Kremlin a prévenu qu\'il répondrait de la même manière à tout essai nucléaire américain.', 'fr', '2025-11-06');
    expect(actors(fr, 'WARNING').map((a) => a.split(':')[0])).toEqual(['RUS']);
  });
  it('a move that would "not go unanswered" is a warning, asserted; a gesture that "went unanswered" is none', () => {
    const en = code('The Kremlin said the deployment of missiles in Germany would not go unanswered.', 'en', '2024-07-12');
    expect(actors(en, 'WARNING')).toEqual(['RUS:asserted']);
    const fr = code('Moscou a affirmé que ce déploiement ne resterait pas sans réponse.', 'fr', '2024-07-12');
    expect(actors(fr, 'WARNING')).toEqual(['RUS:asserted']);
    const none = code('Washington delayed its missile test, a gesture of restraint toward Beijing that went unanswered.', 'en', '2024-07-12');
    expect(actors(none, 'WARNING')).toEqual([]);
  });
  it('being ready to defend every inch of allied territory', () => {
    const en = code('NATO said on Monday that it was ready to defend every inch of allied territory.', 'en', '2025-09-15');
    expect(actors(en, 'WARNING')).toEqual(['NATO:asserted']);
    const fr = code("L'OTAN a assuré lundi qu'elle était prête à défendre chaque centimètre du territoire allié.", 'fr', '2025-09-15');
    expect(actors(fr, 'WARNING')).toEqual(['NATO:asserted']);
  });
});
