// Ingest one text, HTML page or URL, and answer with the coded record.
import { z } from 'zod';
import type { Api } from '../api.js';
import type { ServerContext } from '../context.js';
import { HttpProblem } from '../problem.js';
import { isoDate } from '../schemas.js';
import { loadStage } from '../stages.js';

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
      const [read, pipeline] = await Promise.all([loadStage('read'), loadStage('ingest')]);
      if (!read || !pipeline) throw new HttpProblem(503, 'ingestion is not available: the read or code module is not installed');
      let documentId: string | null = null;
      let report;
      if (body.url !== undefined) {
        if (!ctx.options.allowPrivateUrls) {
          try {
            await read.assertPublicUrl(body.url);
          } catch (error) {
            throw new HttpProblem(400, `refused URL: ${(error as Error).message.split('\n')[0].slice(0, 300)}`);
          }
        }
        report = await pipeline.ingest(ctx.store, [body.url], { allowPrivateNetwork: ctx.options.allowPrivateUrls === true } as Parameters<typeof pipeline.ingest>[2]);
        if (report.failed.length > 0 && report.read === 0) {
          throw new HttpProblem(422, `could not read ${body.url}: ${report.failed[0].error.slice(0, 300)}`);
        }
        documentId = report.documentIds[0] ?? null;
      } else {
        const raw = (body.text ?? body.html) as string;
        let doc;
        try {
          doc = await read.readString(raw, {
            source: body.source ?? 'api',
            format: body.html !== undefined ? 'html' : 'text',
            title: body.title ?? null,
            published: body.published ?? null,
            ...(body.lang ? { lang: body.lang } : {}),
          });
        } catch (error) {
          throw new HttpProblem(422, `could not read the document: ${(error as Error).message.split('\n')[0].slice(0, 300)}`);
        }
        report = await pipeline.ingestDocuments(ctx.store, [doc]);
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
