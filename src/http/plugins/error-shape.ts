// One JSON shape for every error the server answers (docs/server.md, "Errors"):
//   { "error": { "code", "message", "hint", "path"?, "failures"?: [...] }, "requestId" }
// Schema validation errors, unknown routes, rate limits, TactError faults and
// RequestFailed all end here. Faults are logged with the request id, never with bodies.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TactError, failure, type ErrorCode, type TactFailure } from '../../core/errors.js';
import type { Logger } from '../../app/ports/logger.js';
import { RequestFailed } from './request-failed.js';
import { statusForFailure, statusForFault } from './error-status.js';

export const errorBodySchema = {
  $id: 'ErrorBody',
  type: 'object',
  required: ['error', 'requestId'],
  properties: {
    requestId: { type: 'string' },
    error: {
      type: 'object',
      required: ['code', 'message', 'hint'],
      properties: {
        code: { type: 'string', pattern: '^TACT_ERR_' },
        message: { type: 'string' },
        hint: { type: 'string' },
        path: { type: 'string' },
        line: { type: 'integer' },
        failures: {
          type: 'array',
          items: {
            type: 'object',
            required: ['code', 'message', 'hint'],
            properties: {
              code: { type: 'string' },
              message: { type: 'string' },
              hint: { type: 'string' },
              path: { type: 'string' },
              line: { type: 'integer' },
            },
          },
        },
      },
    },
  },
} as const;

export interface ErrorBody {
  readonly requestId: string;
  readonly error: TactFailure & { readonly failures?: readonly TactFailure[] };
}

export const errorBody = (requestId: string, failures: readonly TactFailure[]): ErrorBody => {
  const first = failures[0] ?? failure('TACT_ERR_HTTP_INTERNAL');
  return { requestId, error: { ...first, ...(failures.length > 1 ? { failures } : {}) } };
};

const validationPath = (e: FastifyError): string | undefined => {
  const v = e.validation?.[0];
  if (v === undefined) return undefined;
  const where = e.validationContext ?? 'body';
  const missing = (v.params as { missingProperty?: string } | undefined)?.missingProperty;
  const base = v.instancePath.replaceAll('/', '.');
  return `${where}${base}${missing === undefined ? '' : `.${missing}`}`;
};

const fromFastify = (e: FastifyError): { status: number; failures: TactFailure[] } | undefined => {
  if (e.validation !== undefined) {
    const path = validationPath(e);
    const message = `The request does not match the route’s schema: ${e.message}.`;
    return { status: 400, failures: [failure('TACT_ERR_HTTP_BAD_REQUEST', { ...(path === undefined ? {} : { path }), message })] };
  }
  const code = ((): ErrorCode | undefined => {
    switch (e.statusCode) {
      case 413: return 'TACT_ERR_HTTP_PAYLOAD_TOO_LARGE';
      case 415: return 'TACT_ERR_HTTP_UNSUPPORTED_MEDIA_TYPE';
      case 429: return 'TACT_ERR_HTTP_RATE_LIMITED';
      case 400: return 'TACT_ERR_HTTP_BAD_REQUEST';
      case 404: return 'TACT_ERR_HTTP_NOT_FOUND';
      default: return undefined;
    }
  })();
  return code === undefined ? undefined : { status: e.statusCode ?? 400, failures: [failure(code)] };
};

export const registerErrorShape = (app: FastifyInstance, logger: Logger): void => {
  app.setErrorHandler((error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof RequestFailed) {
      const code = error.failures[0]?.code ?? 'TACT_ERR_HTTP_INTERNAL';
      return reply.status(statusForFailure(code)).send(errorBody(request.id, error.failures));
    }
    if (error instanceof TactError) {
      logger.error({ requestId: request.id, code: error.code, route: request.routeOptions.url }, 'request fault');
      const failures = error.failures.length > 0 ? error.failures : [failure(error.code)];
      return reply.status(statusForFault(error.code)).send(errorBody(request.id, failures));
    }
    const known = fromFastify(error as FastifyError);
    if (known !== undefined) return reply.status(known.status).send(errorBody(request.id, known.failures));
    logger.error({ requestId: request.id, route: request.routeOptions.url, err: error.name }, 'unexpected request error');
    return reply.status(500).send(errorBody(request.id, [failure('TACT_ERR_HTTP_INTERNAL')]));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(errorBody(request.id, [failure('TACT_ERR_HTTP_NOT_FOUND', { path: 'url', message: 'No route here.' })])),
  );
};
