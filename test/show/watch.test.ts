// Watch mode against a local feed and a local webhook receiver (127.0.0.1, ephemeral ports).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { parseRule } from '../../src/show/watch/rules.js';
import { listAlerts } from '../../src/show/watch/state.js';
import { parseInterval, Watcher, type WatchOptions } from '../../src/show/watch/watch.js';
import { postWebhook } from '../../src/show/watch/webhook.js';
import { openTempStore, seedInputs, type TempStore } from './fixture.js';

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface FeedItem {
  title: string;
  link: string;
  date: string;
  text: string;
}

function rss(items: FeedItem[]): string {
  const entries = items
    .map(
      (i) => `<item><title>${escapeXml(i.title)}</title><link>${escapeXml(i.link)}</link><guid>${escapeXml(i.link)}</guid>
<pubDate>${new Date(`${i.date}T08:00:00Z`).toUTCString()}</pubDate>
<content:encoded><![CDATA[${i.text.split(/\n\s*\n/).map((p) => `<p>${escapeXml(p.trim())}</p>`).join('\n')}]]></content:encoded></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title><link>http://127.0.0.1/</link><description>t</description>
${entries}
</channel></rss>`;
}

describe('alert rules', () => {
  it('parses the documented forms and refuses others', () => {
    expect(parseRule('risk.RUS.365 > 0.10')).toMatchObject({ kind: 'risk', actor: 'RUS', horizonDays: 365, op: '>', threshold: 0.1 });
    expect(parseRule('risk.USA>=5%')).toMatchObject({ kind: 'risk', actor: 'USA', horizonDays: 365, op: '>=', threshold: 0.05 });
    expect(parseRule('doctrine.RUS changes')).toMatchObject({ kind: 'doctrine-changes', actor: 'RUS' });
    expect(parseRule('ladder.RUS >= 3')).toMatchObject({ kind: 'ladder', threshold: 3 });
    expect(parseRule('events.RUS.NUCLEAR_THREAT > 2')).toMatchObject({ kind: 'events', eventType: 'NUCLEAR_THREAT', threshold: 2 });
    expect(() => parseRule('risk.RUS > 3')).toThrow(/probability/);
    expect(() => parseRule('weather is nice')).toThrow(/cannot read alert rule/);
    expect(parseInterval('10m')).toBe(600_000);
    expect(() => parseInterval('soon')).toThrow(/--interval/);
  });

  it('retries a webhook with backoff and gives up on a client error', async () => {
    let calls = 0;
    const server = createServer((req, res) => {
      calls++;
      req.resume();
      res.statusCode = req.url === '/bad' ? 400 : calls < 3 ? 503 : 204;
      res.end();
    });
    const port = await listen(server);
    const ok = await postWebhook(`http://127.0.0.1:${port}/hook`, { a: 1 }, { retries: 3, backoffMs: 10 });
    expect(ok).toMatchObject({ ok: true, attempts: 3 });
    const bad = await postWebhook(`http://127.0.0.1:${port}/bad`, { a: 1 }, { retries: 3, backoffMs: 10 });
    expect(bad).toMatchObject({ ok: false, attempts: 1, error: 'HTTP 400' });
    await close(server);
  });
});

describe('watch mode with a local feed and webhook', () => {
  let temp: TempStore;
  let feedServer: Server;
  let feedPort = 0;
  let feedDown = false;
  const items: FeedItem[] = [];
  let hookServer: Server;
  const received: { id: number; rule: string; message: string }[] = [];
  let hookCalls = 0;
  const lines: string[] = [];

  const feedHandler = (req: IncomingMessage, res: ServerResponse) => {
    if (feedDown) {
      res.statusCode = 503;
      res.end('down');
      return;
    }
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
    res.end(rss(items));
  };

  const options = (): WatchOptions => ({
    inputs: [`http://127.0.0.1:${feedPort}/feed.xml`],
    rules: [parseRule('events.RUS > 0'), parseRule('doctrine.RUS changes')],
    webhook: `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/alerts`,
    webhookOptions: { retries: 3, backoffMs: 20 },
    allowPrivateUrls: true,
    at: '2025-01-10',
    once: true,
    log: (line) => lines.push(line),
  });

  beforeAll(async () => {
    temp = await openTempStore('escalade-watch-');
    feedServer = createServer(feedHandler);
    feedPort = await listen(feedServer);
    hookServer = createServer((req, res) => {
      hookCalls++;
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        // The first delivery fails once: the watcher must retry.
        if (hookCalls === 1) {
          res.statusCode = 500;
          res.end();
          return;
        }
        received.push(JSON.parse(body) as { id: number; rule: string; message: string });
        res.statusCode = 200;
        res.end('{}');
      });
    });
    await listen(hookServer);
  }, 120_000);

  afterAll(async () => {
    await close(feedServer).catch(() => undefined);
    await close(hookServer).catch(() => undefined);
    await temp?.close();
  });

  it('ingests a new item once, fires one alert, survives the feed going down, and does not repeat after a restart', async () => {
    const seeds = seedInputs();
    let store = temp.store;

    // 1. An empty feed: nothing ingested, the rule is false.
    let result = await new Watcher(store, options()).poll();
    expect(result.newDocuments).toBe(0);
    expect(result.alerts).toEqual([]);

    // 2. A new item about Russia: ingested, the rule becomes true, one alert reaches the webhook.
    items.push({ title: 'Poutine avertit', link: `http://127.0.0.1:${feedPort}/a/1`, date: seeds[0].published ?? '2022-12-10', text: seeds[0].text });
    result = await new Watcher(store, options()).poll();
    expect(result.newDocuments).toBe(1);
    expect(result.alerts.map((a) => a.rule)).toEqual(['events.RUS > 0']);
    expect(result.alerts[0].delivered).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0].rule).toBe('events.RUS > 0');
    expect(hookCalls).toBe(2);
    expect(lines.some((l) => l.startsWith('ALERT ') && l.includes('events.RUS > 0'))).toBe(true);

    // 3. The same feed again: nothing new, no alert.
    result = await new Watcher(store, options()).poll();
    expect(result.newDocuments).toBe(0);
    expect(result.alerts).toEqual([]);

    // 4. The feed goes down (503, then refused): one line, no throw.
    feedDown = true;
    const before = lines.length;
    result = await new Watcher(store, options()).poll();
    expect(result.failedInputs).toHaveLength(1);
    expect(lines.slice(before).filter((l) => l.includes('unavailable'))).toHaveLength(1);
    await close(feedServer);
    result = await new Watcher(store, options()).poll();
    expect(result.failedInputs).toHaveLength(1);

    // 5. It comes back on the same port, with a second item: ingested, but the rule was already true.
    feedDown = false;
    feedServer = createServer(feedHandler);
    await listen(feedServer, feedPort);
    items.push({ title: 'Deuxième', link: `http://127.0.0.1:${feedPort}/a/2`, date: seeds[1].published ?? '2022-10-11', text: seeds[1].text });
    result = await new Watcher(store, options()).poll();
    expect(lines.some((l) => l.includes('is back'))).toBe(true);
    expect(result.newDocuments).toBe(1);
    expect(result.alerts.filter((a) => a.rule === 'events.RUS > 0')).toEqual([]);

    // 6. Restart: close and reopen the store; the state is there, no alert is repeated.
    await store.close();
    store = await Store.open({ data: temp.dir });
    temp.store = store;
    result = await new Watcher(store, options()).poll();
    expect(result.alerts).toEqual([]);
    const alerts = await listAlerts(store);
    expect(alerts.filter((a) => a.rule === 'events.RUS > 0')).toHaveLength(1);
    expect(received.filter((a) => a.rule === 'events.RUS > 0')).toHaveLength(1);
    expect(alerts[alerts.length - 1].delivered).toBe(true);
  });
});
