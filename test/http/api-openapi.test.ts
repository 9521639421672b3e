// Every /v1 route (also those added later) appears in the OpenAPI document with a tag,
// a summary, and a response schema for its success status: no undocumented endpoint,
// no response that is not filtered by a schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type HttpApp } from '../support/http-app.js';

interface Operation {
  tags?: string[];
  summary?: string;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe('OpenAPI document of /v1', () => {
  let t: HttpApp;
  beforeAll(async () => {
    t = await startHttpApp();
  });
  afterAll(async () => t.close());

  it('documents every /v1 route with a tag, a summary and a success response schema', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, Operation>> };
    const v1 = t.routes.filter((r) => r.url.startsWith('/v1/'));
    expect(v1.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const r of v1) {
      const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      const success = Object.entries(op?.responses ?? {}).find(([status]) => status.startsWith('2'));
      if (op === undefined || (op.tags ?? []).length === 0 || op.summary === undefined || success?.[1].content === undefined) missing.push(`${r.method} ${r.url}`);
    }
    expect(missing).toEqual([]);
  });
});
