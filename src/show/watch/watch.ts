// Watch mode: poll feeds and folders, ingest what is new, re-evaluate the alert rules, and fire
// an alert when a rule becomes true (edge-triggered). Rule and feed state live in the store, so a
// restart neither repeats alerts nor forgets a feed that was down.
import { estimateRisk } from '../../estimate/index.js';
import { evaluateDoctrines, ladderState, type JudgedEvent } from '../../judge/index.js';
import { ingest } from '../../pipeline/ingest.js';
import { readInputs } from '../../read/index.js';
import type { Store } from '../../store/store.js';
import type { ReadDocument } from '../../types.js';
import { loadEvents } from '../events.js';
import { compare, type Rule } from './rules.js';
import { getState, markDelivered, saveAlert, setState } from './state.js';
import { postWebhook, type WebhookOptions } from './webhook.js';

export interface WatchOptions {
  inputs: string[];
  rules: Rule[];
  /** Milliseconds between polls (default 10 min). */
  intervalMs?: number;
  webhook?: string;
  webhookOptions?: WebhookOptions;
  /** One poll, then return. */
  once?: boolean;
  /** nats://... : publish new documents to the work queue instead of ingesting here. */
  queue?: string;
  allowPrivateUrls?: boolean;
  /** Date the rules are evaluated at (default: today). */
  at?: string;
  /** Where lines go (default stdout). */
  log?: (line: string) => void;
  signal?: AbortSignal;
}

export interface FiredAlert {
  id: number;
  rule: string;
  message: string;
  value: unknown;
  firedAt: string;
  delivered: boolean | null;
}

export interface PollResult {
  newDocuments: number;
  events: number;
  failedInputs: string[];
  alerts: FiredAlert[];
}

interface RuleState {
  active: boolean;
  fingerprint?: string;
  value?: unknown;
}

interface FeedState {
  ok: boolean;
  lastError?: string;
  lastOk?: string;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export class Watcher {
  private readonly log: (line: string) => void;

  constructor(
    private readonly store: Store,
    private readonly options: WatchOptions,
  ) {
    this.log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  }

  /** Polls until stopped (or once). */
  async run(): Promise<void> {
    const interval = this.options.intervalMs ?? 600_000;
    for (;;) {
      if (this.options.signal?.aborted) return;
      await this.poll();
      if (this.options.once) return;
      await abortableSleep(interval, this.options.signal);
    }
  }

  async poll(): Promise<PollResult> {
    const result: PollResult = { newDocuments: 0, events: 0, failedInputs: [], alerts: [] };
    for (const input of this.options.inputs) {
      const outcome = this.options.queue ? await this.publishInput(input) : await this.ingestInput(input);
      result.newDocuments += outcome.newDocuments;
      result.events += outcome.events;
      if (outcome.failed) result.failedInputs.push(input);
    }
    // Every poll re-evaluates: new documents, a new day (risk decays) or a rule added since the
    // last run can change a rule; edge-triggering keeps a rule that stays true from firing again.
    result.alerts = await this.evaluateRules();
    return result;
  }

  private async ingestInput(input: string): Promise<{ newDocuments: number; events: number; failed: boolean }> {
    let report;
    try {
      report = await ingest(this.store, [input], { allowPrivateNetwork: this.options.allowPrivateUrls === true });
    } catch (error) {
      await this.feedDown(input, (error as Error).message);
      return { newDocuments: 0, events: 0, failed: true };
    }
    if (report.read === 0 && report.failed.length > 0) {
      await this.feedDown(input, report.failed[0].error);
      return { newDocuments: 0, events: 0, failed: true };
    }
    await this.feedUp(input);
    const fresh = report.new + report.nearDuplicate;
    if (fresh > 0) this.log(`watch: ${input}: ${fresh} new document${fresh > 1 ? 's' : ''}, ${report.events} event${report.events === 1 ? '' : 's'}`);
    return { newDocuments: fresh, events: report.events, failed: false };
  }

  private async publishInput(input: string): Promise<{ newDocuments: number; events: number; failed: boolean }> {
    const docs: ReadDocument[] = [];
    let errors = 0;
    let lastError = '';
    const published = new Set((await getState<string[]>(this.store, 'queue:published')) ?? []);
    for await (const outcome of readInputs([input], { allowPrivateNetwork: this.options.allowPrivateUrls === true })) {
      if (!outcome.ok) {
        errors++;
        lastError = outcome.error;
        continue;
      }
      if (published.has(outcome.doc.id) || (await this.store.hasDocument(outcome.doc.id))) continue;
      docs.push(outcome.doc);
    }
    if (docs.length === 0 && errors > 0) {
      await this.feedDown(input, lastError);
      return { newDocuments: 0, events: 0, failed: true };
    }
    await this.feedUp(input);
    if (docs.length > 0) {
      // The NATS client is loaded only in queue mode.
      const { publishDocuments } = await import('../../scale/queue.js');
      await publishDocuments(this.options.queue as string, docs);
      for (const d of docs) published.add(d.id);
      await setState(this.store, 'queue:published', [...published].slice(-5000));
      this.log(`watch: ${input}: ${docs.length} new document${docs.length > 1 ? 's' : ''} sent to ${this.options.queue}`);
    }
    return { newDocuments: docs.length, events: 0, failed: false };
  }

  private async feedDown(input: string, error: string): Promise<void> {
    const previous = await getState<FeedState>(this.store, `feed:${input}`);
    this.log(`watch: ${input} unavailable (${error.replace(/\s+/g, ' ').slice(0, 200)}); will retry`);
    await setState(this.store, `feed:${input}`, { ok: false, lastError: error.slice(0, 500), lastOk: previous?.lastOk });
  }

  private async feedUp(input: string): Promise<void> {
    const previous = await getState<FeedState>(this.store, `feed:${input}`);
    if (previous && !previous.ok) this.log(`watch: ${input} is back`);
    await setState(this.store, `feed:${input}`, { ok: true, lastOk: new Date().toISOString() });
  }

  /** Evaluates every rule; fires those that became true (or changed, for 'changes' rules). */
  async evaluateRules(): Promise<FiredAlert[]> {
    if (this.options.rules.length === 0) return [];
    const events = await loadEvents(this.store);
    const at = this.options.at ?? today();
    const fired: FiredAlert[] = [];
    for (const rule of this.options.rules) {
      let current: { active: boolean; fingerprint?: string; value: unknown; message: string };
      try {
        current = await this.measure(rule, events, at);
      } catch (error) {
        this.log(`watch: rule "${rule.text}" cannot be evaluated: ${(error as Error).message.split('\n')[0]}`);
        continue;
      }
      const key = `rule:${rule.text}`;
      const previous = await getState<RuleState>(this.store, key);
      const isChangeRule = rule.kind === 'doctrine-changes' || rule.kind === 'ladder-changes';
      const fires = isChangeRule
        ? previous !== null && previous.fingerprint !== current.fingerprint
        : current.active && !(previous?.active ?? false);
      await setState(this.store, key, { active: current.active, fingerprint: current.fingerprint, value: current.value });
      if (fires) fired.push(await this.fire(rule, current.message, current.value));
    }
    return fired;
  }

  private async measure(rule: Rule, events: JudgedEvent[], at: string): Promise<{ active: boolean; fingerprint?: string; value: unknown; message: string }> {
    switch (rule.kind) {
      case 'risk': {
        const risk = estimateRisk(events, { actor: rule.actor, at, horizonDays: rule.horizonDays });
        const p = risk.probability;
        return {
          active: compare(p, rule.op, rule.threshold),
          value: { probability: p, low: risk.low, high: risk.high, at },
          message: `risk of nuclear use by ${rule.actor} within ${rule.horizonDays} days is ${(p * 100).toFixed(2)} % (${rule.op} ${(rule.threshold * 100).toFixed(2)} %)`,
        };
      }
      case 'ladder':
      case 'ladder-changes': {
        const entry = ladderState(events, { at }).actors.find((a) => a.actor === rule.actor);
        const rung = entry?.rung ?? 0;
        if (rule.kind === 'ladder-changes') {
          return { active: false, fingerprint: String(rung), value: { rung, at }, message: `${rule.actor} is now on rung ${rung}${entry?.rungName ? ` (${entry.rungName})` : ''}` };
        }
        return {
          active: compare(rung, rule.op, rule.threshold),
          value: { rung, at },
          message: `${rule.actor} is on rung ${rung}${entry?.rungName ? ` (${entry.rungName})` : ''} (${rule.op} ${rule.threshold})`,
        };
      }
      case 'events': {
        const count = events.filter((e) => e.actor === rule.actor && e.polarity === 'asserted' && (!rule.eventType || e.type === rule.eventType)).length;
        return {
          active: compare(count, rule.op, rule.threshold),
          value: { count },
          message: `${count} asserted ${rule.eventType ?? ''}${rule.eventType ? ' ' : ''}events by ${rule.actor} (${rule.op} ${rule.threshold})`,
        };
      }
      case 'doctrine-changes': {
        const conditions = evaluateDoctrines(events, { actor: rule.actor, at })
          .flatMap((r) => r.conditions)
          .map((c) => ({ id: c.id, status: c.status }));
        const fingerprint = JSON.stringify(conditions);
        const previous = await getState<RuleState>(this.store, `rule:${rule.text}`);
        const before = new Map<string, string>(previous?.fingerprint ? (JSON.parse(previous.fingerprint) as { id: string; status: string }[]).map((c) => [c.id, c.status]) : []);
        const changes = conditions.filter((c) => before.get(c.id) !== c.status).map((c) => `${c.id} ${before.get(c.id) ?? 'new'} → ${c.status}`);
        return {
          active: false,
          fingerprint,
          value: { conditions, at },
          message: `doctrine of ${rule.actor} changed: ${changes.join('; ') || 'conditions changed'}`,
        };
      }
    }
  }

  private async fire(rule: Rule, message: string, value: unknown): Promise<FiredAlert> {
    const id = await saveAlert(this.store, rule.text, message, value);
    const firedAt = new Date().toISOString();
    this.log(`ALERT ${firedAt} [${rule.text}] ${message}`);
    let delivered: boolean | null = null;
    if (this.options.webhook) {
      const delivery = await postWebhook(this.options.webhook, { id, rule: rule.text, message, value, firedAt, source: 'escalade' }, this.options.webhookOptions);
      delivered = delivery.ok;
      await markDelivered(this.store, id, delivery.ok ? null : delivery.error);
      if (!delivery.ok) this.log(`watch: webhook ${this.options.webhook} failed after ${delivery.attempts} attempts: ${delivery.error}`);
    }
    return { id, rule: rule.text, message, value, firedAt, delivered };
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Parses '10m', '30s', '2h', '1d' or milliseconds. */
export function parseInterval(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!m) throw new Error(`--interval must look like 30s, 10m, 2h or 1d (got "${text}")`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h' | 'd'];
  const ms = Number(m[1]) * unit;
  if (ms < 1000) throw new Error(`--interval must be at least 1s (got "${text}")`);
  return ms;
}
