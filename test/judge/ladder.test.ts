import { describe, expect, it } from 'vitest';
import { ladderState } from '../../src/judge/index.js';
import { ev } from './helpers.js';

describe('escalation ladder', () => {
  it("puts an actor on the rung of its own asserted action, with the events behind it", () => {
    const strike = ev({ type: 'STRIKE_ON_NUCLEAR_STATE', actor: 'UKR', target: 'RUS', date: '2024-11-19', text: 'ATACMS on Bryansk' });
    const report = ladderState([strike], { at: '2024-11-19' });
    const ukr = report.actors.find((a) => a.actor === 'UKR')!;
    expect(ukr.rung).toBe(4);
    expect(ukr.events[0]).toMatchObject({ eventId: strike.id, text: 'ATACMS on Bryansk', level: 4 });
    expect(ukr.decay[0].rung).toBe(3);
    expect(ukr.decay[0].date > '2024-11-19').toBe(true);
    // Without new events it decays, on the dates announced.
    const later = ladderState([strike], { at: ukr.decay[0].date }).actors[0];
    expect(later.rung).toBe(3);
    expect(ladderState([strike], { at: '2026-01-01' }).actors[0].rung).toBe(0);
  });

  it('statements, assessments, negated and hypothetical events do not move anybody', () => {
    const report = ladderState(
      [
        ev({ type: 'RISK_ASSESSMENT', actor: 'RUS', date: '2024-11-01' }),
        ev({ type: 'DOCTRINE_STATEMENT', actor: 'RUS', date: '2024-11-01' }),
        ev({ type: 'ALERT_RAISED', actor: 'RUS', date: '2024-11-02', polarity: 'negated' }),
        ev({ type: 'NUCLEAR_USE', actor: 'RUS', date: '2024-11-03', polarity: 'hypothetical' }),
      ],
      { at: '2024-11-05' },
    );
    expect(report.actors).toEqual([]);
  });

  it('a higher rung is not lowered by a lower-rung event; de-escalation steps down', () => {
    const events = [
      ev({ type: 'ALERT_RAISED', actor: 'RUS', date: '2022-02-27' }),
      ev({ type: 'NUCLEAR_THREAT', actor: 'RUS', date: '2022-02-28' }),
    ];
    expect(ladderState(events, { at: '2022-02-28' }).actors[0].rung).toBe(3);
    const calmer = [...events, ev({ type: 'DE_ESCALATION', actor: 'RUS', date: '2022-03-01' })];
    expect(ladderState(calmer, { at: '2022-03-01' }).actors[0].rung).toBe(2);
  });
});
