import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, readString, type ReadOutcome } from '../../src/read/index.js';
import { collect, ROOT, seeds, tempDir } from './helpers.js';

const seed = seeds()[2]; // 002: title repeats, tag cloud, PREV/NEXT
const paragraphs = seed.text.split(/\n\s*\n/).filter((p) => p.trim());
const bodyParagraphs = paragraphs.slice(3, 8);
const articleHtml = (extraHead = '') => `<!doctype html><html lang="fr"><head><title>Poutine étend le recours - Le Site</title>
<meta property="og:title" content="Poutine étend le recours aux armes nucléaires">${extraHead}
<script>document.write("<p>SCRIPT TEXT</p>")</script><style>.a{color:red}</style></head>
<body><header><nav><a href="/">Accueil</a></nav></header><article><h1>Poutine étend le recours aux armes nucléaires</h1>
${bodyParagraphs.map((p) => `<p>${p}</p>`).join('\n')}<p>Facebook</p><p>ADVERTISEMENT</p></article><footer>© Le Site</footer></body></html>`;

function ok(outcome: ReadOutcome | undefined) {
  if (!outcome || !outcome.ok) throw new Error(`expected a document, got ${JSON.stringify(outcome)}`);
  return outcome.doc;
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
});
afterAll(() => cleanup());

describe('formats', () => {
  it('reads a .txt file: id is the sha256 of the cleaned text, date from the flag', async () => {
    const path = join(dir, 'seed.txt');
    writeFileSync(path, seed.text);
    const [o] = await collect(readInputs([path], { published: '2024-11-19' }));
    const doc = ok(o);
    expect(doc.source).toBe(path);
    expect(doc.id).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.id).toBe(readString(seed.text, { source: 'x', format: 'text' }).id);
    expect(doc.raw).toBe(seed.text);
    expect(doc.published).toBe('2024-11-19');
    expect(doc.publishedFrom).toBe('flag');
    expect(doc.lang).toBe('fr');
    expect(doc.removedBoilerplate).toContain('For Latest Updates Follow us on Google\u00a0News');
  });

  it('reads Markdown with front matter: title and date are metadata, markup is removed', async () => {
    const path = join(dir, 'note.md');
    writeFileSync(path, `---\ntitle: Essai de missile\ndate: 2024-05-02\n---\n# Essai de missile\n\nLa **Russie** a testé un [missile](https://example.org/m) balistique mardi, selon le ministère.\n`);
    const doc = ok((await collect(readInputs([path], { published: '2020-01-01' })))[0]);
    expect(doc.title).toBe('Essai de missile');
    expect(doc.published).toBe('2024-05-02');
    expect(doc.publishedFrom).toBe('metadata');
    expect(doc.text).toBe('Essai de missile\n\nLa Russie a testé un missile balistique mardi, selon le ministère.');
  });

  it('reads HTML: Readability article, scripts dropped, meta date, boilerplate lines removed', async () => {
    const path = join(dir, 'page.html');
    writeFileSync(path, articleHtml('<meta property="article:published_time" content="2024-11-19T23:10:00-05:00">'));
    const doc = ok((await collect(readInputs([path], { published: '2020-01-01' })))[0]);
    expect(doc.title).toBe('Poutine étend le recours aux armes nucléaires');
    expect(doc.published).toBe('2024-11-19');
    expect(doc.publishedFrom).toBe('html-meta');
    expect(doc.text).not.toContain('SCRIPT TEXT');
    expect(doc.text).not.toContain('color:red');
    for (const p of bodyParagraphs) expect(doc.text).toContain(p.trim());
    expect(doc.removedBoilerplate).toEqual(expect.arrayContaining(['Facebook', 'ADVERTISEMENT']));
    expect(doc.text.startsWith('Poutine étend le recours aux armes nucléaires\n\n')).toBe(true);
  });

  it('reads HTML dates from itemprop, JSON-LD and <time>, and none when the page has none', () => {
    const dates = [
      '<meta itemprop="datePublished" content="2023-06-01">',
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2022-10-11T09:00:00Z"}]}</script>',
    ].map((head) => readString(articleHtml(head), { source: 'a.html' }).published);
    expect(dates).toEqual(['2023-06-01', '2022-10-11']);
    const time = readString(articleHtml().replace('<h1>', '<time datetime="2021-03-04">4 mars</time><h1>'), { source: 'b.html' });
    expect(time.published).toBe('2021-03-04');
    const suffixed = readString(articleHtml().replace(/<meta property="og:title"[^>]*>/, '').replace(/<h1>.*<\/h1>/, ''), { source: 'd.html' });
    expect(suffixed.title).toBe('Poutine étend le recours');
    const none = readString(articleHtml(), { source: 'c.html' });
    expect(none.published).toBeNull();
    expect(none.publishedFrom).toBeNull();
  });

  it('survives gigantic attributes and deep nesting', () => {
    const huge = `<html><body><div class="${'x'.repeat(3_000_000)}" data-blob='${'y'.repeat(1_000_000)}'><p>Le Kremlin a réuni le conseil de sécurité mardi soir.</p></div>${'<div>'.repeat(20_000)}<p>Texte profond de l’article.</p>${'</div>'.repeat(20_000)}</body></html>`;
    const doc = readString(huge, { source: 'huge.html' });
    expect(doc.text).toContain('Le Kremlin a réuni le conseil de sécurité mardi soir.');
    expect(doc.text).toContain('Texte profond de l’article.');
    expect(doc.raw.length).toBe(huge.length);
  });

  it('reads a .json object and a .json array; the record date wins over the flag', async () => {
    const one = join(dir, 'one.json');
    writeFileSync(one, JSON.stringify({ title: 'Essai', text: 'La Russie a testé un missile mardi, a annoncé le ministère de la Défense.', url: 'https://example.org/a', published: '2024-10-01', lang: 'fr' }));
    const many = join(dir, 'many.json');
    writeFileSync(many, JSON.stringify([
      { title: 'Drill', html: '<p>NATO began its annual nuclear exercise on Monday, officials said.</p>', published: '2022-10-17' },
      { title: 'Bad' },
    ]));
    const outcomes = await collect(readInputs([one, many], { published: '2020-01-01' }));
    expect(outcomes).toHaveLength(3);
    const a = ok(outcomes[0]);
    expect(a.source).toBe('https://example.org/a');
    expect(a.published).toBe('2024-10-01');
    expect(a.publishedFrom).toBe('metadata');
    expect(a.text).toBe('Essai\n\nLa Russie a testé un missile mardi, a annoncé le ministère de la Défense.');
    const b = ok(outcomes[1]);
    expect(b.lang).toBe('en');
    expect(b.text).toContain('NATO began its annual nuclear exercise on Monday');
    expect(outcomes[2]).toMatchObject({ ok: false, input: `${many}[1]` });
    expect((outcomes[2] as { error: string }).error).toMatch(/neither "text" nor "html"/);
  });

  it('streams .jsonl line by line; a bad line fails alone', async () => {
    const path = join(dir, 'feed.jsonl');
    const lines = [
      JSON.stringify({ title: 'A', text: 'Le Kremlin a démenti toute intention d’utiliser l’arme nucléaire.', published: '2022-10-26' }),
      '{not json',
      '',
      JSON.stringify({ title: 'B', text: 'The Pentagon said it saw no change in Russia’s nuclear posture.' }),
    ];
    writeFileSync(path, lines.join('\n'));
    const outcomes = await collect(readInputs([path]));
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, input: `${path}:2` });
    expect(ok(outcomes[2]).published).toBeNull();
    expect(ok(outcomes[2]).lang).toBe('en');
  });

  it('reads an RSS 2.0 file with full text (content:encoded) and an Atom file', async () => {
    const rss = join(dir, 'news.rss');
    writeFileSync(rss, `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://example.org</link><description>d</description>
<item><title>Exercice nucléaire</title><link>https://example.org/a</link><pubDate>Tue, 11 Oct 2022 10:00:00 +0200</pubDate><description>Court</description>
<content:encoded><![CDATA[<p>L’OTAN va lancer un exercice de dissuasion nucléaire la semaine prochaine.</p><p>Facebook</p>]]></content:encoded></item></channel></rss>`);
    const atom = join(dir, 'news.atom');
    writeFileSync(atom, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title>Doctrine</title><id>urn:e1</id><link href="https://example.org/e1"/><published>2024-11-19T08:00:00Z</published><updated>2024-11-20T00:00:00Z</updated>
<content type="html">&lt;p&gt;Vladimir Putin signed a decree widening the conditions for nuclear use.&lt;/p&gt;</content></entry></feed>`);
    const [r, a] = await collect(readInputs([rss, atom], { published: '2020-01-01' }));
    const rd = ok(r);
    expect(rd.source).toBe('https://example.org/a');
    expect(rd.title).toBe('Exercice nucléaire');
    expect(rd.published).toBe('2022-10-11');
    expect(rd.publishedFrom).toBe('feed');
    expect(rd.text).toBe('Exercice nucléaire\n\nL’OTAN va lancer un exercice de dissuasion nucléaire la semaine prochaine.');
    const ad = ok(a);
    expect(ad.published).toBe('2024-11-19');
    expect(ad.text).toContain('Vladimir Putin signed a decree');
  });

  it('reads plain-text "content" of a JSON record as text, keeping its paragraphs', async () => {
    const path = join(dir, 'plain.json');
    writeFileSync(path, JSON.stringify({ title: 'Essai', content: 'Premier paragraphe sur le missile.\n\nSecond paragraphe : le Kremlin confirme.' }));
    const doc = ok((await collect(readInputs([path])))[0]);
    expect(doc.text).toBe('Essai\n\nPremier paragraphe sur le missile.\n\nSecond paragraphe : le Kremlin confirme.');
  });

  it('reads standard input given as "-"', () => {
    const script = "import { readInputs } from './src/read/index.js'; for await (const o of readInputs(['-'])) process.stdout.write(JSON.stringify(o.ok ? { input: o.input, source: o.doc.source, text: o.doc.text } : o) + '\\n');";
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      input: 'Titre\n\nLe texte lu depuis l’entrée standard.\n\nADVERTISEMENT\n',
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim())).toEqual({ input: 'stdin', source: 'stdin', text: 'Titre\n\nLe texte lu depuis l’entrée standard.' });
  });

  it('walks folders recursively in name order, skipping unknown extensions', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'Titre A\n\nLa Russie a testé un missile mardi.');
    writeFileSync(join(root, 'b', 'c', 'd.md'), '# Titre D\n\nL’OTAN a réagi jeudi.');
    writeFileSync(join(root, 'b', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    // Files after a subfolder come after its files; a JSON Lines file is read line by line in its place.
    writeFileSync(join(root, 'e.txt'), 'Titre E\n\nLe Kremlin a répondu vendredi.');
    writeFileSync(join(root, 'f.jsonl'), `${JSON.stringify({ title: 'Titre F', text: 'Washington a annoncé un exercice.' })}\n`);
    const outcomes = await collect(readInputs([root]));
    expect(outcomes.map((o) => o.input)).toEqual([join(root, 'a.txt'), join(root, 'b', 'c', 'd.md'), join(root, 'e.txt'), `${join(root, 'f.jsonl')}:1`]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
  });
});

describe('bad inputs: one outcome naming the input, the batch goes on', () => {
  it('empty, binary, invalid UTF-8, missing, oversize (100 MB) and malformed feed files', async () => {
    const files = {
      empty: join(dir, 'empty.txt'),
      blank: join(dir, 'blank.txt'),
      binary: join(dir, 'binary.txt'),
      control: join(dir, 'control.txt'),
      latin1: join(dir, 'latin1.txt'),
      big: join(dir, 'big.txt'),
      feed: join(dir, 'broken.rss'),
      good: join(dir, 'good.txt'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.blank, ' \n\n\t \n');
    writeFileSync(files.binary, Buffer.from([0x48, 0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(files.control, '\u0001\u0002\u0003\u0004\u0005abc\u0006\u0007\u0008');
    writeFileSync(files.latin1, Buffer.from('Le président a signé le décret.', 'latin1'));
    writeFileSync(files.big, '');
    truncateSync(files.big, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
    writeFileSync(files.feed, '<?xml version="1.0"?><rss version="2.0"><channel><item><title>x');
    writeFileSync(files.good, 'Titre\n\nLe texte qui reste lisible.');
    const missing = join(dir, 'missing.txt');
    const outcomes = await collect(readInputs([...Object.values(files), missing]));
    const byInput = new Map(outcomes.map((o) => [o.input, o]));
    const error = (path: string) => {
      const o = byInput.get(path);
      expect(o?.ok).toBe(false);
      return (o as { error: string }).error;
    };
    expect(error(files.empty)).toBe(`${files.empty}: empty input`);
    expect(error(files.blank)).toBe(`${files.blank}: empty input`);
    expect(error(files.binary)).toMatch(/binary content/);
    expect(error(files.control)).toMatch(/binary content/);
    expect(error(files.latin1)).toBe(`${files.latin1}: not valid UTF-8 text`);
    expect(error(files.big)).toBe(`${files.big}: input is 100.0 MB, over the 20.0 MB limit`);
    expect(error(files.feed)).toMatch(/malformed feed/);
    expect(error(missing)).toBe(`${missing}: no such file or folder`);
    expect(byInput.get(files.good)?.ok).toBe(true);
    for (const o of outcomes) if (!o.ok) expect(o.error).not.toMatch(/\n|    at /);
  });

  it('rejects an invalid --published flag with a clear message', async () => {
    await expect(collect(readInputs([join(dir, 'good.txt')], { published: '19/11/2024' }))).rejects.toThrow('--published must be a date YYYY-MM-DD (got "19/11/2024")');
  });
});
