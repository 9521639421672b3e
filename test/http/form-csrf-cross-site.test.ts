// crossSite (form-csrf.ts): which requests a browser marks as coming from another site.
import { describe, expect, it } from 'vitest';
import type { FastifyRequest } from 'fastify';
import { crossSite } from '../../src/http/plugins/form-csrf.js';

const req = (headers: Record<string, string>): FastifyRequest => ({ headers: { host: 'portal.example', ...headers } }) as unknown as FastifyRequest;

describe('crossSite', () => {
  it.each([
    [{}, false],
    [{ 'sec-fetch-site': 'same-origin' }, false],
    [{ 'sec-fetch-site': 'none' }, false],
    [{ 'sec-fetch-site': 'same-site' }, true],
    [{ 'sec-fetch-site': 'cross-site' }, true],
    [{ 'sec-fetch-site': 'cross-site', origin: 'https://portal.example' }, true],
    [{ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' }, false],
    [{ origin: 'https://portal.example' }, false],
    [{ origin: 'http://portal.example' }, false],
    [{ origin: 'https://evil.example' }, true],
    [{ origin: 'https://portal.example.evil.example' }, true],
    [{ origin: 'https://portal.example:8443' }, true],
    [{ origin: 'null' }, true],
    [{ origin: 'not a url' }, true],
  ] as const)('%j → %s', (headers, expected) => {
    expect(crossSite(req(headers))).toBe(expected);
  });
});
