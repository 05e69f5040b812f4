// Session 17 general rules on strikes and launches (events.yaml v20, cues.yaml v17), found on the strike misses of the
// held-out rounds: each with FR and EN examples written for these tests (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { actorPolarities as actors, code } from './helpers.js';

const STRIKES = ['MAJOR_STRIKE', 'STRIKE_ON_NUCLEAR_STATE'] as const;
const strikes = (record: ReturnType<typeof code>) => STRIKES.flatMap((type) => actors(record, type).map((a) => `${type}:${a}`));

describe('a strike named as nuclear or as simulated', () => {
  it('is a rehearsal in an exercise, not a conventional strike', () => {
    const en = code('In its annual drill, Russia rehearsed a massive nuclear strike against an imagined aggressor.', 'en', '2025-10-30');
    expect(strikes(en)).toEqual([]);
    const fr = code("Lors de l'exercice annuel, la Russie a répété une frappe nucléaire massive contre un agresseur fictif.", 'fr', '2025-10-30');
    expect(strikes(fr)).toEqual([]);
  });
  it('a simulated firing is a drill', () => {
    const fr = code("Les bombardiers Rafale ont mené un tir simulé de missile au-dessus de l'Atlantique, selon l'état-major français.", 'fr', '2025-03-20');
    expect(strikes(fr)).toEqual([]);
    const en = code('British jets carried out a simulated missile strike over the North Sea on Monday.', 'en', '2025-03-20');
    expect(strikes(en)).toEqual([]);
  });
  it('a conventional strike on nuclear sites stays a strike', () => {
    const en = code('Israel struck Iranian nuclear sites near Isfahan overnight.', 'en', '2025-06-14');
    expect(strikes(en)).toEqual(['MAJOR_STRIKE:ISR:asserted']);
  });
});

describe('a missile fired at a target at sea', () => {
  it('is a test launch, not a strike', () => {
    const en = code('The Russian navy said a corvette had fired a Zircon missile at a target in the Sea of Japan during the drill.', 'en', '2025-09-14');
    expect(actors(en, 'MISSILE_TEST')).toEqual(['RUS:asserted']);
    expect(strikes(en)).toEqual([]);
    const fr = code('Un sous-marin russe a tiré un missile Zircon sur une cible en mer Blanche, selon la marine russe.', 'fr', '2025-09-14');
    expect(actors(fr, 'MISSILE_TEST')).toEqual(['RUS:asserted']);
    expect(strikes(fr)).toEqual([]);
  });
  it('a missile fired into the sea is a test', () => {
    const en = code('North Korea fired a ballistic missile into the sea off its east coast on Sunday.', 'en', '2025-05-08');
    expect(actors(en, 'MISSILE_TEST')).toEqual(['PRK:asserted']);
    expect(strikes(en)).toEqual([]);
  });
});

describe('who struck', () => {
  it('the owner of the system that struck, when no state is the subject', () => {
    const fr = code("Dans la nuit, un missile Iskander s'est abattu sur la ville ukrainienne de Soumy.", 'fr', '2025-04-13');
    expect(strikes(fr)).toEqual(['MAJOR_STRIKE:RUS:asserted']);
    const en = code('Moscow fires its new Oreshnik missile at the Ukrainian city of Lviv, officials said.', 'en', '2025-04-13');
    expect(strikes(en)).toEqual(['MAJOR_STRIKE:RUS:asserted']);
  });
  it('the state that tells of a strike did not strike', () => {
    const en = code('Ukraine said a Russian missile struck the city of Odesa overnight.', 'en', '2025-04-13');
    expect(strikes(en)).toEqual(['MAJOR_STRIKE:RUS:asserted']);
    const fr = code("L'Ukraine a affirmé qu'un missile russe avait frappé la ville d'Odessa dans la nuit.", 'fr', '2025-04-13');
    expect(strikes(fr)).toEqual(['MAJOR_STRIKE:RUS:asserted']);
  });
  it('unless a pronoun stands for it, or the verb answers with the strike itself', () => {
    const en = code('Ukraine said it struck a Russian air base in the Saratov region overnight.', 'en', '2025-04-13');
    expect(strikes(en)).toEqual(['STRIKE_ON_NUCLEAR_STATE:UKR:asserted']);
    const fr = code("La Russie a répliqué par une vague de frappes de missiles sur les infrastructures énergétiques de l'Ukraine.", 'fr', '2025-04-13');
    expect(strikes(fr)).toEqual(['MAJOR_STRIKE:RUS:asserted']);
  });
});
