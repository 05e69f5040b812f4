// Declares API routes once: validation (zod) of path, query and body, access rule, and the OpenAPI entry.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { validate } from './problem.js';
import { requireToken } from './security.js';

export type Access = 'public' | 'read' | 'write';

export interface RouteInput<Q, P, B> {
  query: Q;
  params: P;
  body: B;
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteDef<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType> {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  tag: string;
  summary: string;
  access: Access;
  query?: Q;
  params?: P;
  body?: B;
  /** Success status (default 200). */
  status?: number;
  /** Keep the serialized answer per URL and store version (GET routes whose answer depends only on the data). */
  cache?: boolean;
  handler: (input: RouteInput<z.output<Q>, z.output<P>, z.output<B>>) => Promise<unknown>;
}

export interface AccessPolicy {
  token?: string;
  protectReads: boolean;
}

/** Where cached answers live: the store version they belong to, and a bounded map. */
export interface ResponseCache {
  version(): Promise<string>;
  get(key: string): string | undefined;
  set(key: string, body: string): void;
}

interface DocumentedRoute {
  method: string;
  url: string;
  tag: string;
  summary: string;
  access: Access;
  status: number;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
}

const empty = z.object({});

export class Api {
  private readonly documented: DocumentedRoute[] = [];

  constructor(
    private readonly app: FastifyInstance,
    private readonly policy: AccessPolicy,
    private readonly responses?: ResponseCache,
  ) {}

  route<Q extends z.ZodType = typeof empty, P extends z.ZodType = typeof empty, B extends z.ZodType = typeof empty>(
    def: RouteDef<Q, P, B>,
  ): void {
    const status = def.status ?? 200;
    this.documented.push({ ...def, status });
    const policy = this.policy;
    const responses = def.cache && def.method === 'GET' ? this.responses : undefined;
    this.app.route({
      method: def.method,
      url: def.url,
      handler: async (request, reply) => {
        if (def.access === 'write') requireToken(request, policy.token, 'write');
        if (def.access === 'read' && policy.protectReads) requireToken(request, policy.token, 'read');
        const params = validate(def.params ?? empty, request.params, 'path') as z.output<P>;
        const query = validate(def.query ?? empty, request.query, 'query') as z.output<Q>;
        const body = (def.body ? validate(def.body, request.body, 'body') : undefined) as z.output<B>;
        reply.code(status);
        if (!responses) return def.handler({ query, params, body, request, reply });
        // The day is part of the key: answers default `at` to today.
        const key = `${await responses.version()}|${new Date().toISOString().slice(0, 10)}|${request.url}`;
        const hit = responses.get(key);
        if (hit === undefined) {
          const result = await def.handler({ query, params, body, request, reply });
          const text = JSON.stringify(result);
          responses.set(key, text);
          return reply.type('application/json; charset=utf-8').send(text);
        }
        return reply.type('application/json; charset=utf-8').send(hit);
      },
    });
  }

  /** The OpenAPI 3.1 description of every declared route. */
  openApi(): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const route of this.documented) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const parameters = [
        ...schemaParameters(route.params, 'path'),
        ...schemaParameters(route.query, 'query'),
      ];
      const operation: Record<string, unknown> = {
        tags: [route.tag],
        summary: route.summary,
        parameters,
        responses: {
          [String(route.status)]: { description: 'Success', content: { 'application/json': {} } },
          '4XX': { description: 'Problem', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
        },
      };
      if (route.body) {
        operation.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } };
      }
      if (route.access === 'write' || (route.access === 'read' && this.policy.protectReads)) {
        operation.security = [{ bearer: [] }];
      }
      paths[path] = { ...(paths[path] ?? {}), [route.method.toLowerCase()]: operation };
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'Escalade API',
        version: '0.1.0',
        description:
          'Nuclear escalation monitor: documents, coded events, quotes, doctrines, ladder, risk and simulations. ' +
          'Writes need `Authorization: Bearer <ESCALADE_TOKEN>`. Errors are application/problem+json (RFC 9457).',
      },
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
        schemas: {
          Problem: {
            type: 'object',
            required: ['type', 'title', 'status', 'detail'],
            properties: {
              type: { type: 'string' },
              title: { type: 'string' },
              status: { type: 'integer' },
              detail: { type: 'string' },
              errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
            },
          },
        },
      },
    };
  }
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

function schemaParameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  if (!schema) return [];
  const json = jsonSchema(schema);
  const properties = (json.properties ?? {}) as Record<string, Record<string, unknown>>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}
