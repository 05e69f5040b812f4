// RFC 9457 problem details: every error leaves the server as application/problem+json, never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type z } from 'zod';
import { EscaladeError } from '../../errors.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { path: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};


/** An error that becomes a problem response with its status and message. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export function problemOf(status: number, detail: string, errors?: Problem['errors']): Problem {
  return {
    // RFC 9457: about:blank = no semantics beyond the status; the title is the status phrase.
    type: 'about:blank',
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, status: number, detail: string, errors?: Problem['errors']): FastifyReply {
  return reply.code(status).type('application/problem+json').send(problemOf(status, detail, errors));
}

/** Validates a value with a zod schema; a failure is a 400 naming the field. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body' | 'path'): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw zodProblem(result.error, where);
}

function zodProblem(error: ZodError, where: string): HttpProblem {
  const errors = error.issues.map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    message: issue.message,
  }));
  const first = errors[0];
  const label = where === 'query' ? 'query parameter' : where === 'path' ? 'path parameter' : 'body field';
  const detail = first.path === '(root)' ? `invalid ${where}: ${first.message}` : `${label} "${first.path}": ${first.message}`;
  return new HttpProblem(400, detail, errors);
}

/** The server's error handler: known errors keep their status and message; anything else is a plain 500. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpProblem) return sendProblem(reply, error.status, error.message, error.errors);
  if (error instanceof ZodError) {
    const p = zodProblem(error, 'body');
    return sendProblem(reply, 400, p.message, p.errors);
  }
  if (error instanceof EscaladeError) return sendProblem(reply, 400, error.message);
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const detail =
      fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 'request body is too large (the limit is 2 MB)'
        : fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'unsupported content type: send application/json'
          : fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? 'request body is empty: send a JSON object'
            : fastifyError.message;
    return sendProblem(reply, status, detail);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, 500, 'internal error; the server log has the details');
}
