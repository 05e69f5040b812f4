// Session 11 general rules, found on round 17's misses: each with its own FR and EN examples, written for these tests
// (not sentences of the held-out texts).
import { describe, expect, it } from 'vitest';
import { code } from './helpers.js';

const actors = (r: ReturnType<typeof code>, type: string) => r.events.filter((e) => e.type === type).map((e) => `${e.actor}:${e.polarity}`);

describe('a missile test makes the sentences after it a nuclear context', () => {
  it('condemning "the launch" right after a ballistic missile test is a warning', () => {
    const en = code('North Korea launched a ballistic missile over the sea on Tuesday. South Korea strongly condemned the launch.', 'en', '2022-10-04');
    expect(actors(en, 'WARNING')).toEqual(['KOR:asserted']);
    const fr = code('La Corée du Nord a lancé un missile balistique mardi. Le Japon a condamné ce tir.', 'fr', '2022-10-04');
    expect(actors(fr, 'WARNING')).toEqual(['JPN:asserted']);
  });
  it('without a test or a nuclear word before, the same condemnation is no nuclear warning', () => {
    expect(actors(code('South Korea strongly condemned the launch of the new satellite on Tuesday.', 'en', '2022-10-04'), 'WARNING')).toEqual([]);
  });
});

describe('the speaker of a cue is not a place named after "in"', () => {
  it('a state after "in" before the cue gives way to the subject', () => {
    expect(actors(code('Japan protested through its embassy in Beijing and condemned the nuclear threat.', 'en', '2022-10-04'), 'WARNING')).toEqual(['JPN:asserted']);
    expect(actors(code('Germany held talks in Moscow on Monday and denounced the nuclear threat.', 'en', '2022-10-04'), 'WARNING')).toEqual(['DEU:asserted']);
  });
  it('a place alone before the cue still speaks when no other state is named', () => {
    expect(actors(code('At the summit in Vilnius, leaders condemned the nuclear rhetoric.', 'en', '2023-07-11'), 'WARNING')).toEqual(['LTU:asserted']);
  });
});
