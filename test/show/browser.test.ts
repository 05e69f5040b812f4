// The dashboard in Debian's Chromium (playwright-core): overview, events, a document with its
// evidence highlighted, a simulation, the language switch, ingest, and hostile markup that must not run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildServer } from '../../src/show/server/server.js';
import { syntheticDocuments } from '../../src/show/synthetic.js';
import { saveAlert } from '../../src/show/watch/state.js';
import { ingestSeeds, openTempStore, ROOT, TOKEN, XSS_TEXT, type TempStore } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'screenshots');

if (!existsSync(CHROMIUM)) spawnSync('bash', [join(ROOT, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser tests skipped: ${CHROMIUM} is missing and scripts/ensure-chromium.sh could not install it`);

describe.skipIf(!haveChromium)('dashboard in Chromium', () => {
  let temp: TempStore;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = '';
  let xssId = '';
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) {
      const build = spawnSync('npx', ['vite', 'build', '--config', 'src/show/web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
      if (build.status !== 0) throw new Error('dashboard build failed');
    }
    mkdirSync(SHOTS, { recursive: true });
    temp = await openTempStore('escalade-browser-');
    await ingestSeeds(temp.store);
    // A hostile document, saved as coded: its text, title, evidence, actor and quote carry markup.
    const [hostile] = syntheticDocuments(1, { batch: 99, start: '2024-11-20' });
    const text = `${XSS_TEXT} ${hostile.doc.text}`;
    const shift = XSS_TEXT.length + 1;
    const { createHash } = await import('node:crypto');
    xssId = createHash('sha256').update(text).digest('hex');
    const record = hostile.record!;
    await temp.store.saveDocuments([
      {
        doc: { ...hostile.doc, id: xssId, text, raw: text, title: 'Hostile <img src=x onerror="window.__pwned=4"> title', removedBoilerplate: ['<script>window.__pwned=5</script>'] },
        record: {
          ...record,
          document: { ...record.document, id: xssId },
          actors: [{ id: 'RUS', name: '<b onmouseover="window.__pwned=6">Kremlin</b>', kind: 'state', mentions: [{ start: 0, end: 6, text: 'Russia' }] }],
          quotes: [{ speaker: { id: null, name: '<script>window.__pwned=7</script>' }, text: 'talks were over', direct: false, cue: 'said', start: XSS_TEXT.indexOf('talks'), end: XSS_TEXT.indexOf('talks') + 15 }],
          events: [
            { ...record.events[0], actor: 'RUS', evidence: { start: 0, end: XSS_TEXT.indexOf('The Kremlin') - 1, text: XSS_TEXT.slice(0, XSS_TEXT.indexOf('The Kremlin') - 1) } },
            ...record.events.slice(1).map((e) => ({ ...e, evidence: { ...e.evidence, start: e.evidence.start + shift, end: e.evidence.end + shift } })),
          ],
        },
      },
    ]);
    await saveAlert(temp.store, 'risk.RUS.365 > 0.05', 'risk of nuclear use by RUS within 365 days is 9.60 % (> 5.00 %)', { probability: 0.096 });
    app = await buildServer(temp.store, { token: TOKEN });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) cspViolations.push(message.text());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await temp?.close();
  });

  it('loads the overview: risk per actor, its series, ladder, doctrines, latest events', async () => {
    await page.goto(`${base}/`);
    await page.waitForSelector('[data-testid=overview]');
    await page.waitForSelector('[data-testid=risk-chart] canvas', { timeout: 30_000 });
    await page.waitForSelector('[data-testid=ladder] .ladder li');
    await page.waitForFunction(() => !document.querySelector('[data-testid=doctrines] .loading'));
    const cards = await page.locator('.risk-card').count();
    expect(cards).toBeGreaterThan(0);
    const value = await page.locator('.risk-card .risk-value').first().textContent();
    expect(value).toMatch(/%/);
    expect(await page.locator('[data-testid=latest-events] .event-line').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=alerts] li').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'overview-top.png') });
    await page.screenshot({ path: join(SHOTS, 'overview.png'), fullPage: true });
  });

  it('filters events and opens a document with the evidence highlighted', async () => {
    await page.goto(`${base}/#/events`);
    await page.waitForSelector('[data-testid=events-table] tbody tr');
    await page.selectOption('select[name=actor]', 'RUS');
    await page.click('[data-testid=event-filters] button[type=submit]');
    await page.waitForFunction(() => window.location.hash.includes('actor=RUS'));
    await page.waitForSelector('[data-testid=events-table] tbody tr');
    const actors = await page.locator('[data-testid=events-table] tbody tr td:nth-child(2) .actor-tag').allTextContents();
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set(['RUS']));
    await page.screenshot({ path: join(SHOTS, 'events-filtered.png'), fullPage: true });

    const row = page.locator('[data-testid=events-table] tbody tr').first();
    const evidence = (await row.locator('.evidence-cell').textContent()) ?? '';
    await row.click();
    await page.waitForSelector('[data-testid=document-text] mark.hl-evidence.hl-focus');
    const focused = (await page.locator('mark.hl-focus').allTextContents()).join('');
    expect(focused.length).toBeGreaterThan(10);
    expect(evidence.replace(/\s+/g, ' ')).toContain(focused.replace(/\s+/g, ' ').slice(0, 20));
    expect(await page.locator('[data-testid=document-text] mark.hl-actor').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'document-focus.png') });
    await page.click('[data-testid=boilerplate] summary');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'document.png'), fullPage: true });
  });

  it('runs a small simulation and shows its charts', async () => {
    await page.goto(`${base}/#/simulate`);
    await page.click('[data-testid=token-button]');
    await page.fill('.token-pop input[name=token]', TOKEN);
    await page.click('.token-pop button[type=submit]');
    await page.waitForSelector('[data-testid=scenario-select] option', { state: 'attached' });
    await page.fill('[data-testid=runs]', '500');
    await page.click('[data-testid=run-simulation]');
    await page.waitForSelector('[data-testid=sim-results]', { timeout: 90_000 });
    await page.waitForSelector('[data-testid=outcome-chart] canvas');
    await page.waitForSelector('[data-testid=survival-chart] canvas');
    expect(await page.locator('[data-testid=sensitivity] .tornado li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'simulation.png'), fullPage: true });
  });

  it('switches the interface to French and back', async () => {
    await page.goto(`${base}/#/overview`);
    await page.click('.lang-switch button[data-lang=fr]');
    await expect.poll(() => page.locator('nav a[data-nav=overview]').textContent()).toBe("Vue d'ensemble");
    expect(await page.locator('nav a[data-nav=events]').textContent()).toBe('Événements');
    await page.waitForSelector('[data-testid=risk-chart] canvas', { timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'overview-fr.png'), fullPage: true });
    await page.click('.lang-switch button[data-lang=en]');
    await expect.poll(() => page.locator('nav a[data-nav=overview]').textContent()).toBe('Overview');
  });

  it('ingests a pasted text and shows the coded result', async () => {
    await page.goto(`${base}/#/ingest`);
    await page.fill('[data-testid=ingest-form] textarea[name=text]', 'On 12 May 2024 Russia announced nuclear exercises with tactical weapons near the Ukrainian border, the defence ministry said.');
    await page.fill('[data-testid=ingest-form] input[name=published]', '2024-05-12');
    await page.click('[data-testid=ingest-form] button[type=submit]');
    await page.waitForSelector('[data-testid=ingest-result]', { timeout: 30_000 });
    expect(await page.locator('[data-testid=ingest-result] .pill').first().textContent()).toMatch(/New document|Already known/);
    await page.screenshot({ path: join(SHOTS, 'ingest.png'), fullPage: true });
  });

  it('never runs markup from a document', async () => {
    await page.goto(`${base}/#/documents/${xssId}`);
    await page.waitForSelector('[data-testid=document-text]');
    await page.click('[data-testid=boilerplate] summary');
    await page.hover('.chip');
    await page.waitForTimeout(300);
    const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
    expect(pwned).toBeUndefined();
    expect(dialogs).toEqual([]);
    const shown = await page.locator('[data-testid=document-text]').textContent();
    expect(shown).toContain('<script>window.__pwned = 1; alert(1)</script>');
    expect(await page.locator('[data-testid=document] img, [data-testid=document] script, [data-testid=document] svg').count()).toBe(0);
    expect(await page.locator('h1.doc-title').textContent()).toContain('<img src=x');
    await page.screenshot({ path: join(SHOTS, 'hostile-document.png'), fullPage: true });
    // The same text through the events table and the overview.
    await page.goto(`${base}/#/events?search=Kremlin`);
    await page.waitForSelector('[data-testid=events-table]');
    await page.goto(`${base}/#/overview`);
    await page.waitForSelector('[data-testid=overview]');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The app itself runs under the strict CSP without tripping it.
    expect(cspViolations).toEqual([]);
  });
});
