// docs/server.md's roles table and the role matrix (permissions.ts) agree, both ways.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permissions, rolePermissions } from '../../src/http/plugins/permissions.js';
import { roles } from '../../src/core/model/roles.js';

describe('docs/server.md roles table', () => {
  it('lists every permission with exactly the roles that have it', () => {
    const text = readFileSync(new URL('../../docs/server.md', import.meta.url), 'utf8');
    const header = text.split('\n').find((l) => l.startsWith('| permission |'));
    expect(header?.split('|').slice(2, -1).map((c) => c.trim())).toEqual([...roles]);
    const rows = new Map(
      text.split('\n').flatMap((l) => {
        const m = /^\| `([a-z]+:[a-z]+)` \|(.*)\|$/.exec(l);
        return m === null ? [] : [[m[1]!, m[2]!.split('|').map((c) => c.trim() === '✓')] as const];
      }),
    );
    expect([...rows.keys()]).toEqual([...permissions]);
    for (const p of permissions) expect(rows.get(p), p).toEqual(roles.map((r) => rolePermissions[r].has(p)));
  });
});
