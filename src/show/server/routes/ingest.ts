// Ingest one text, HTML page or URL, and answer with the coded record.
import { z } from 'zod';
import type { IngestReport } from '../../../pipeline/ingest.js';
import type { ReadDocument } from '../../../types.js';
import type { Api } from '../api.js';
import type { ServerContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { isoDate } from '../schemas.js';

const MAX_TEXT = 1_500_000;

const ingestBody = z
  .object({
    text: z.string().min(1).max(MAX_TEXT).optional(),
    html: z.string().min(1).max(MAX_TEXT).optional(),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000).optional(),
    title: z.string().max(500).optional(),
    published: isoDate.optional(),
    lang: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as fr or en').optional(),
    source: z.string().min(1).max(500).optional(),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.url].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of "text", "html" or "url"',
  });

export function registerIngestRoutes(api: Api, ctx: ServerContext): void {
  api.route({
    method: 'POST',
    url: '/api/ingest',
    tag: 'ingest',
    summary: 'Ingest a text, an HTML page or a URL (public addresses only); answers with the coded record',
    access: 'write',
    status: 201,
    body: ingestBody,
    handler: async ({ body, reply }) => {
      // Loaded on the first ingestion: reading and coding pull in HTML parsing and the lexicons.
      const [{ assertPublicUrl, readString }, { ingest, ingestDocuments }] = await Promise.all([
        import('../../../read/index.js'),
        import('../../../pipeline/ingest.js'),
      ]);
      let documentId: string | null = null;
      let report: IngestReport;
      if (body.url !== undefined) {
        if (!ctx.options.allowPrivateUrls) {
          try {
            await assertPublicUrl(body.url);
          } catch (error) {
            throw new HttpProblem(400, `refused URL: ${(error as Error).message.split('\n')[0].slice(0, 300)}`);
          }
        }
        report = await ingest(ctx.store, [body.url], { allowPrivateNetwork: ctx.options.allowPrivateUrls === true });
        if (report.failed.length > 0 && report.read === 0) {
          throw new HttpProblem(422, `could not read ${body.url}: ${report.failed[0].error.slice(0, 300)}`);
        }
        documentId = report.documentIds[0] ?? null;
      } else {
        const raw = (body.text ?? body.html) as string;
        let doc: ReadDocument;
        try {
          doc = readString(raw, {
            source: body.source ?? 'api',
            format: body.html !== undefined ? 'html' : 'text',
            title: body.title ?? null,
            published: body.published ?? null,
            ...(body.lang ? { lang: body.lang } : {}),
          });
        } catch (error) {
          throw new HttpProblem(422, `could not read the document: ${(error as Error).message.split('\n')[0].slice(0, 300)}`);
        }
        report = await ingestDocuments(ctx.store, [doc]);
        documentId = doc.id;
      }
      ctx.data.invalidate();
      const record = documentId ? await ctx.store.getRecord(documentId) : null;
      const duplicate = report.duplicate > 0 && report.new === 0 && report.nearDuplicate === 0;
      if (duplicate) reply.code(200);
      else reply.code(201);
      return {
        status: duplicate ? 'duplicate' : report.nearDuplicate > 0 ? 'near-duplicate' : 'new',
        documentId,
        report: { read: report.read, new: report.new, duplicate: report.duplicate, nearDuplicate: report.nearDuplicate, notCoded: report.notCoded, events: report.events, quotes: report.quotes, failed: report.failed },
        record,
      };
    },
  });
}
