import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPublicUrl, isPrivateAddress, readInputs, type ReadOutcome } from '../../src/read/index.js';
import { collect, startServer } from './helpers.js';

const article = (title: string, body: string, date?: string) => `<!doctype html><html lang="en"><head><title>${title}</title>
${date ? `<meta property="article:published_time" content="${date}">` : ''}</head>
<body><article><h1>${title}</h1><p>${body}</p><p>Share on Facebook</p></article></body></html>`;

let server: { base: string; close: () => Promise<void> };
let endlessStreams = 0;

beforeAll(async () => {
  server = await startServer((req, res, base) => {
    const url = req.url ?? '/';
    if (url === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article('Russia puts Sarmat on combat duty', 'Russia has put its Sarmat intercontinental ballistic missile on combat duty, the head of Roscosmos said on Thursday.', '2023-09-01T10:00:00Z'));
    } else if (url === '/moved') {
      res.writeHead(301, { location: '/article' });
      res.end();
    } else if (url.startsWith('/loop')) {
      res.writeHead(302, { location: url === '/loop-a' ? '/loop-b' : '/loop-a' });
      res.end();
    } else if (url === '/error') {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('boom');
    } else if (url === '/endless') {
      endlessStreams++;
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(16_000)}</p>`;
      const pump = () => {
        while (res.write(chunk)) { /* fill the socket buffer */ }
      };
      res.on('drain', pump);
      pump();
    } else if (url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first bytes</p>');
      // never ends
    } else if (url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>${base}</link><description>d</description>
<item><title>Teaser only</title><link>${base}/item-1</link><pubDate>Mon, 17 Oct 2022 08:00:00 GMT</pubDate><description>NATO starts its drill.</description></item>
<item><title>Relative link</title><link>/item-2</link><description>Short teaser.</description></item>
<item><title>Broken link</title><link>${base}/error</link><description>Teaser.</description></item>
</channel></rss>`);
    } else if (url === '/item-1') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(article('NATO starts Steadfast Noon', 'NATO began its annual nuclear deterrence exercise Steadfast Noon on Monday, with fourteen member states taking part.'));
    } else if (url === '/item-2') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(article('Second item', 'Officials in Washington said they had seen no sign that Russia was moving its nuclear weapons.', '2022-10-30'));
    } else if (url === '/broken-feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss><channel><item><title>x</ti');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
});
afterAll(async () => {
  await server.close();
});

const error = (o: ReadOutcome | undefined) => {
  expect(o?.ok).toBe(false);
  return (o as { error: string }).error;
};

describe('URLs', () => {
  it('reads an article URL, following a redirect', async () => {
    const [o] = await collect(readInputs([`${server.base}/moved`]));
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.doc.source).toBe(`${server.base}/moved`);
    expect(o.doc.title).toBe('Russia puts Sarmat on combat duty');
    expect(o.doc.published).toBe('2023-09-01');
    expect(o.doc.lang).toBe('en');
    expect(o.doc.text).toContain('Sarmat intercontinental ballistic missile on combat duty');
    expect(o.doc.removedBoilerplate).toContain('Share on Facebook');
  });

  it('follows feed items without full text to their link, in feed order', async () => {
    const outcomes = await collect(readInputs([`${server.base}/feed.xml`], { published: '2022-10-20' }));
    expect(outcomes).toHaveLength(3);
    const [first, second, third] = outcomes;
    expect(first.ok && first.doc.source).toBe(`${server.base}/item-1`);
    expect(first.ok && first.doc.text).toContain('Steadfast Noon on Monday');
    expect(first.ok && first.doc.published).toBe('2022-10-17');
    expect(first.ok && first.doc.publishedFrom).toBe('feed');
    expect(first.ok && first.doc.title).toBe('Teaser only');
    expect(second.ok && second.doc.source).toBe(`${server.base}/item-2`);
    expect(second.ok && second.doc.published).toBe('2022-10-30');
    expect(second.ok && second.doc.publishedFrom).toBe('html-meta');
    expect(third).toMatchObject({ ok: false, input: `${server.base}/error` });
    expect(error(third)).toBe(`${server.base}/error: HTTP 500 Internal Server Error`);
  });

  it('reports HTTP 500, an unreachable port, a redirect loop, a wrong content type and a malformed feed', async () => {
    const closed = await startServer(() => undefined);
    const closedUrl = `${closed.base}/x`;
    await closed.close();
    const inputs = [`${server.base}/error`, closedUrl, `${server.base}/loop-a`, `${server.base}/image`, `${server.base}/broken-feed`, 'ftp://example.org/x', `${server.base}/article`];
    const outcomes = await collect(readInputs(inputs, { maxRedirects: 3 }));
    expect(outcomes.map((o) => o.input)).toEqual(inputs);
    expect(error(outcomes[0])).toMatch(/HTTP 500/);
    expect(error(outcomes[1])).toMatch(new RegExp(`^${closedUrl.replace(/[.]/g, '\\.')}: cannot fetch \\(ECONNREFUSED\\)$`));
    expect(error(outcomes[2])).toMatch(/too many redirects \(more than 3\)/);
    expect(error(outcomes[3])).toMatch(/unsupported content type image\/png/);
    expect(error(outcomes[4])).toMatch(/malformed feed/);
    expect(error(outcomes[5])).toMatch(/only http and https/);
    expect(outcomes[6].ok).toBe(true);
  });

  it('stops an endless body at the size cap and a stalled one at the timeout', async () => {
    const [big] = await collect(readInputs([`${server.base}/endless`], { maxBytes: 1024 * 1024 }));
    expect(error(big)).toBe(`${server.base}/endless: input is more than 1.0 MB, over the 1.0 MB limit`);
    const [slow] = await collect(readInputs([`${server.base}/slow`], { timeoutMs: 300 }));
    expect(error(slow)).toBe(`${server.base}/slow: timed out after 300 ms`);
    expect(endlessStreams).toBe(1);
  });

  it('refuses private and loopback targets when allowPrivateNetwork is false', async () => {
    const [o] = await collect(readInputs([`${server.base}/article`], { allowPrivateNetwork: false }));
    expect(error(o)).toMatch(/refused, 127\.0\.0\.1 is a private, loopback or link-local address/);
    await expect(assertPublicUrl('http://localhost:1/')).rejects.toThrow(/refused/);
    await expect(assertPublicUrl('http://[::1]/')).rejects.toThrow(/refused/);
    await expect(assertPublicUrl('http://169.254.169.254/latest/meta-data')).rejects.toThrow(/refused/);
    await expect(assertPublicUrl('file:///etc/passwd')).rejects.toThrow(/only http and https/);
    await expect(assertPublicUrl('http://93.184.216.34/')).resolves.toBeUndefined();
  });

  it('refuses a loopback URL before following its redirect', async () => {
    // Every hop goes through the same check (fetch.ts); a public first hop cannot be staged on 127.0.0.1.
    const [o] = await collect(readInputs([`${server.base}/moved`], { allowPrivateNetwork: false }));
    expect(error(o)).toMatch(/refused/);
  });

  it('classifies addresses', () => {
    for (const a of ['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '127.0.0.1', '0.0.0.0', '169.254.1.1', '100.64.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '224.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ['8.8.8.8', '93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });
});
