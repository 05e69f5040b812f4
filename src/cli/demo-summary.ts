// The judgement part of `escalade demo`: doctrine checklist and risk, at the corpus's latest publication date.
import { evaluateDoctrines, loadJudgedEvents, updateEventClusters } from '../judge/index.js';
import { estimateRisk } from '../estimate/index.js';
import type { Store, StoredEvent } from '../store/store.js';

const STATUS_LABEL = { met: 'MET', approached: 'APPROACHED', not_met: 'not met' } as const;

export async function demoJudgement(store: Store, events: StoredEvent[]): Promise<string> {
  const dates = events.map((e) => e.published).filter((d): d is string => d !== null).sort();
  const at = dates.at(-1);
  if (!at) return '';
  await updateEventClusters(store);
  const judged = await loadJudgedEvents(store);
  const lines: string[] = [''];
  for (const report of evaluateDoctrines(judged, { actor: 'RUS', at })) {
    if (!report.doctrine) continue;
    lines.push(`doctrine ${report.doctrine.id} in force on ${at}:`);
    for (const c of report.conditions) {
      const first = c.evidence[0];
      const why = first ? ` — "${first.text.slice(0, 90)}${first.text.length > 90 ? '…' : ''}"` : '';
      lines.push(`  [${STATUS_LABEL[c.status]}] ${c.ref} ${c.id}${why}`);
    }
  }
  const risk = estimateRisk(judged, { actor: 'RUS', at, horizonDays: 365 });
  const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
  lines.push(
    '',
    `risk of Russian nuclear use within 365 days of ${at}: ${pct(risk.probability)} (interval ${pct(risk.low)}–${pct(risk.high)}; prior ${pct(risk.prior.probability)} from ${risk.prior.source})`,
    'largest contributions (log-odds):',
    ...risk.contributions.slice(0, 3).map((c) => `  ${c.logOdds >= 0 ? '+' : ''}${c.logOdds.toFixed(2)} ${c.type} ${c.polarity} — "${c.evidence.slice(0, 90)}…"`),
  );
  return `${lines.join('\n')}\n`;
}
