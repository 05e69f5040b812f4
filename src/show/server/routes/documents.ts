// Documents: list and full-text search, and one document with the spans to highlight.
import { z } from 'zod';
import type { StoredDocument } from '../../../store/store.js';
import type { Api } from '../api.js';
import type { ServerContext } from '../context.js';
import { documentHighlights } from '../highlights.js';
import { HttpProblem } from '../problem.js';
import { documentIdParams, isoDate, limit, offset, searchText } from '../schemas.js';

export function documentSummary(doc: StoredDocument) {
  return {
    id: doc.id,
    source: doc.source,
    title: doc.title,
    lang: doc.lang,
    published: doc.published,
    coded: doc.coded,
    notCodedReason: doc.notCodedReason,
    nearDuplicateOf: doc.nearDuplicateOf,
    ingestedAt: doc.ingestedAt,
    excerpt: doc.text.slice(0, 280),
    length: doc.text.length,
  };
}

export async function documentOr404(ctx: ServerContext, id: string): Promise<StoredDocument> {
  const doc = await ctx.store.getDocument(id);
  if (!doc) throw new HttpProblem(404, `no document with id ${id}`);
  return doc;
}

export function registerDocumentRoutes(api: Api, ctx: ServerContext): void {
  api.route({
    method: 'GET',
    url: '/api/documents',
    tag: 'documents',
    summary: 'List documents, newest first; `search` is French and English full-text search',
    access: 'read',
    query: z.object({
      lang: z.string().regex(/^[a-z]{2,3}$/, 'expected a language code such as fr or en').optional(),
      since: isoDate.optional(),
      until: isoDate.optional(),
      search: searchText.optional(),
      limit: limit(200, 50),
      offset,
    }),
    handler: async ({ query }) => {
      const docs = await ctx.store.listDocuments(query);
      return { items: docs.map(documentSummary), limit: query.limit, offset: query.offset };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/documents/:id',
    tag: 'documents',
    summary: 'One document: cleaned text, removed boilerplate, its events, actors and quotes, and the spans to highlight',
    access: 'read',
    params: documentIdParams,
    handler: async ({ params }) => {
      const doc = await documentOr404(ctx, params.id);
      const [events, actors, quotes] = await Promise.all([
        ctx.store.listEvents({ documentId: doc.id }),
        ctx.store.listActors(doc.id),
        ctx.store.listQuotes({ documentId: doc.id }),
      ]);
      return {
        document: { ...documentSummary(doc), text: doc.text, removedBoilerplate: doc.removedBoilerplate, publishedFrom: doc.publishedFrom ?? null },
        events,
        actors,
        quotes,
        highlights: documentHighlights(doc.text.length, events, actors, quotes),
      };
    },
  });

  api.route({
    method: 'GET',
    url: '/api/documents/:id/record',
    tag: 'documents',
    summary: 'The coded record of a document (ontology §5)',
    access: 'read',
    params: documentIdParams,
    handler: async ({ params }) => {
      const record = await ctx.store.getRecord(params.id);
      if (!record) throw new HttpProblem(404, `no document with id ${params.id}`);
      return record;
    },
  });
}
