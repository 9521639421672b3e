// JSON-schema pieces shared by the /v1 routes: id params, paging, error responses.
// Response schemas list every field a route may answer; anything else is dropped by
// the serializer, so a store record never leaks a field by accident.

export const errorResponses = {
  400: { $ref: 'ErrorBody#' },
  401: { $ref: 'ErrorBody#' },
  403: { $ref: 'ErrorBody#' },
  404: { $ref: 'ErrorBody#' },
} as const;

/** Ids are opaque strings; the length cap keeps junk out of queries and logs. */
export const idString = { type: 'string', minLength: 1, maxLength: 128 } as const;

export const paramsOf = (...names: readonly string[]) =>
  ({
    type: 'object',
    required: [...names],
    additionalProperties: false,
    properties: Object.fromEntries(names.map((n) => [n, idString])),
  }) as const;

export const noQuery = { type: 'object', additionalProperties: false, properties: {} } as const;
export const noParams = { type: 'object', additionalProperties: false, properties: {} } as const;

/** Keyset paging: `after` is the last item's id (or `next` of the previous page). */
export const pageQuery = (maxLimit: number, extra: Readonly<Record<string, unknown>> = {}) =>
  ({
    type: 'object',
    additionalProperties: false,
    properties: {
      after: { type: 'string', maxLength: 256 },
      limit: { type: 'integer', minimum: 1, maximum: maxLimit, default: Math.min(100, maxLimit) },
      ...extra,
    },
  }) as const;

export const pageOf = (item: unknown) =>
  ({
    type: 'object',
    required: ['items'],
    additionalProperties: false,
    properties: {
      items: { type: 'array', items: item },
      /** Pass as `after` for the next page; absent on the last page. */
      next: { type: 'string' },
    },
  }) as const;

export const iso = (ms: number): string => new Date(ms).toISOString();
