// Alert rules of watch mode, e.g. 'risk.RUS.365 > 0.10', 'ladder.RUS >= 3', 'events.RUS > 5', 'doctrine.RUS changes'.
import { EscaladeError } from '../../errors.js';

export type Comparison = '>' | '>=' | '<' | '<=';

export type Rule =
  | { text: string; kind: 'risk'; actor: string; horizonDays: number; op: Comparison; threshold: number }
  | { text: string; kind: 'ladder'; actor: string; op: Comparison; threshold: number }
  | { text: string; kind: 'events'; actor: string; eventType: string | null; op: Comparison; threshold: number }
  | { text: string; kind: 'doctrine-changes'; actor: string }
  | { text: string; kind: 'ladder-changes'; actor: string };

const ACTOR = '([A-Za-z][A-Za-z0-9_-]*)';
const OP = '(>=|<=|>|<)';
const NUMBER = '(\\d+(?:\\.\\d+)?)(%?)';

export function parseRule(input: string): Rule {
  const text = input.trim().replace(/\s+/g, ' ');
  let m = new RegExp(`^risk\\.${ACTOR}(?:\\.(\\d+))? ?${OP} ?${NUMBER}$`).exec(text);
  if (m) {
    const threshold = Number(m[4]) / (m[5] === '%' ? 100 : 1);
    if (threshold > 1) throw new EscaladeError(`alert rule "${input}": a risk threshold is a probability in 0..1 (or a percentage like 10%)`, 2);
    return { text, kind: 'risk', actor: m[1], horizonDays: m[2] ? Number(m[2]) : 365, op: m[3] as Comparison, threshold };
  }
  m = new RegExp(`^ladder\\.${ACTOR} ?${OP} ?(\\d+)$`).exec(text);
  if (m) return { text, kind: 'ladder', actor: m[1], op: m[2] as Comparison, threshold: Number(m[3]) };
  m = new RegExp(`^events\\.${ACTOR}(?:\\.([A-Z_]+))? ?${OP} ?(\\d+)$`).exec(text);
  if (m) return { text, kind: 'events', actor: m[1], eventType: m[2] ?? null, op: m[3] as Comparison, threshold: Number(m[4]) };
  m = new RegExp(`^doctrine\\.${ACTOR} changes$`).exec(text);
  if (m) return { text, kind: 'doctrine-changes', actor: m[1] };
  m = new RegExp(`^ladder\\.${ACTOR} changes$`).exec(text);
  if (m) return { text, kind: 'ladder-changes', actor: m[1] };
  throw new EscaladeError(
    `cannot read alert rule "${input}": write 'risk.ACTOR.DAYS > 0.10', 'ladder.ACTOR >= 3', 'events.ACTOR[.TYPE] > N', 'doctrine.ACTOR changes' or 'ladder.ACTOR changes'`,
    2,
  );
}

export function compare(value: number, op: Comparison, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
  }
}
