// Each actor's rung on the escalation ladder (data/ladder.yaml), from its own asserted actions.
import type { StoredEvent } from '../store/store.js';
import { ladderEffect, loadLadder, type Ladder } from '../knowledge/ladder.js';
import { groupByEvent } from './cluster.js';
import { addDays, daysBetween, effectiveDate, normalizeAt } from './dates.js';
import type { ActorLadder, JudgedEvent, LadderEvidence, LadderReport } from './types.js';

export interface LadderOptions {
  at: string;
  /** Only these actors (default: every actor that has moved). */
  actors?: string[];
  ladder?: Ladder;
}

/** The level `level` set at `from` has decayed to by `to` (exponential toward the floor). */
export function decayedLevel(ladder: Ladder, level: number, from: string, to: string): number {
  const { half_life_days: h, floor } = ladder.decay;
  if (level <= floor) return level;
  const days = Math.max(0, daysBetween(from, to));
  return floor + (level - floor) * Math.pow(2, -days / h);
}

/** The rung shown for a continuous level: the nearest one. */
export function rungOf(level: number): number {
  return Math.max(0, Math.round(level + 1e-9));
}

/** When a level `level` reached on `date` drops, without new events, to each lower rung. */
export function decaySchedule(ladder: Ladder, level: number, date: string): { rung: number; date: string }[] {
  const { half_life_days: h, floor } = ladder.decay;
  const out: { rung: number; date: string }[] = [];
  for (let r = rungOf(level) - 1; r >= floor; r--) {
    const threshold = r + 0.5 - floor;
    if (level - floor <= threshold) continue;
    const days = h * Math.log2((level - floor) / threshold);
    out.push({ rung: r, date: addDays(date, Math.ceil(days)) });
  }
  return out;
}

interface Step {
  evidence: LadderEvidence;
  date: string;
}

/** Each actor's current rung, the events that put it there, and how it decays without new events. */
export function ladderState(events: StoredEvent[] | JudgedEvent[], opts: LadderOptions): LadderReport {
  const ladder = opts.ladder ?? loadLadder();
  const at = normalizeAt(opts.at);
  const byActor = new Map<string, Step[]>();
  for (const cluster of groupByEvent(events)) {
    if (cluster.polarity !== 'asserted') continue; // negated and hypothetical events move nobody
    const effect = ladderEffect(ladder, cluster.type);
    if (!effect) continue; // statements and assessments leave the level unchanged
    const known = cluster.mentions.filter((m) => {
      const d = effectiveDate(m);
      return d !== null && d <= at;
    });
    if (known.length === 0) continue;
    const mention = known[0];
    const date = effectiveDate(mention)!;
    const level = 'level' in effect ? effect.level : effect.step;
    const step: Step = {
      date,
      evidence: {
        eventId: mention.id,
        type: mention.type,
        date,
        text: mention.evidence.text,
        source: mention.source,
        documentId: mention.documentId,
        level,
      },
    };
    const list = byActor.get(cluster.actor);
    if (list) list.push(step);
    else byActor.set(cluster.actor, [step]);
  }

  const actors: ActorLadder[] = [];
  for (const [actor, steps] of byActor) {
    if (opts.actors && !opts.actors.includes(actor)) continue;
    steps.sort((a, b) => a.date.localeCompare(b.date) || a.evidence.eventId.localeCompare(b.evidence.eventId));
    let level = ladder.decay.floor;
    let since = steps[0].date;
    let peak: { level: number; date: string } | null = null;
    const moved: LadderEvidence[] = [];
    for (const s of steps) {
      const current = decayedLevel(ladder, level, since, s.date);
      const effect = ladderEffect(ladder, s.evidence.type)!;
      if ('level' in effect) {
        level = Math.max(current, effect.level);
        // An event on the current rung or above re-asserts it.
        if (effect.level >= rungOf(current)) moved.push({ ...s.evidence, level: effect.level });
      } else {
        level = Math.max(ladder.decay.floor, current + effect.step);
        moved.push({ ...s.evidence, level: rungOf(level) });
      }
      since = s.date;
      if (!peak || level > peak.level) peak = { level, date: s.date };
    }
    const now = decayedLevel(ladder, level, since, at);
    const rung = rungOf(now);
    const info = ladder.rungs[Math.min(rung, ladder.rungs.length - 1)];
    // The events that still hold it there: alone, each would still stand on the current rung.
    const behind = moved
      .filter((e) => {
        const effect = ladderEffect(ladder, e.type)!;
        return 'level' in effect && rung > ladder.decay.floor && rungOf(decayedLevel(ladder, effect.level, e.date, at)) >= rung;
      })
      .reverse()
      .slice(0, 5);
    actors.push({
      actor,
      rung,
      rungId: info.id,
      rungName: info.name.en,
      level: Number(now.toFixed(3)),
      peak: peak ? { level: Number(peak.level.toFixed(3)), date: peak.date } : null,
      events: behind.length > 0 ? behind : moved.slice(-1),
      decay: decaySchedule(ladder, level, since).filter((d) => d.date > at),
    });
  }
  actors.sort((a, b) => b.level - a.level || a.actor.localeCompare(b.actor));
  return { at, halfLifeDays: ladder.decay.half_life_days, actors };
}
