// Security headers on every response, and the bearer-token check for writes (and reads with --protect-reads).
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    return payload;
  });
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Checks `Authorization: Bearer <token>`; throws a 401/403 problem with a message saying what to do. */
export function requireToken(request: FastifyRequest, token: string | undefined, purpose: 'write' | 'read'): void {
  if (!token) {
    throw new HttpProblem(
      403,
      purpose === 'write'
        ? 'writes are disabled on this server: start it with ESCALADE_TOKEN set to enable them'
        : 'reads are protected but no ESCALADE_TOKEN is configured on the server',
    );
  }
  const header = request.headers.authorization;
  if (!header) throw new HttpProblem(401, `this ${purpose} needs a token: send "Authorization: Bearer <token>"`);
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) throw new HttpProblem(401, 'the Authorization header must be "Bearer <token>"');
  if (!timingSafeEqual(digest(match[1]), digest(token))) throw new HttpProblem(403, 'the token is not valid');
}
