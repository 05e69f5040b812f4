// Shared test helpers: bundled seeds and gold, temp folders, a local HTTP server on an ephemeral port.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReadOutcome } from '../../src/read/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Gold {
  doc: string;
  lang: string;
  published: string | null;
  boilerplate: string[];
  quotes: { contains: string }[];
  events: { evidence: string }[];
}

export function seeds(): { name: string; text: string; gold: Gold }[] {
  const dir = join(ROOT, 'corpus', 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(dir, name), 'utf8'),
      gold: JSON.parse(readFileSync(join(ROOT, 'corpus', 'gold', name.replace(/\.txt$/, '.json')), 'utf8')) as Gold,
    }));
}

/** Whitespace (including no-break spaces) folded, for comparing gold lines written with plain spaces. */
export function fold(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'escalade-read-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function collect(gen: AsyncIterable<ReadOutcome>): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of gen) out.push(o);
  return out;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

/** Starts an HTTP server on 127.0.0.1 with an ephemeral port. */
export async function startServer(handler: Handler): Promise<{ base: string; close: () => Promise<void> }> {
  let base = '';
  const server: Server = createServer((req, res) => handler(req, res, base));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
