// The role matrix (issue 6): which role may do what. Routes name one permission each
// (`preHandler: requirePermission('accounts:read')`); a test walks every route with
// every role against this table. Read-only roles never get a `:write`.
import type { Role } from '../../core/model/roles.js';

export const permissions = [
  'dashboard:read',
  'accounts:read', 'accounts:write',
  'contacts:write',
  'imports:write',
  'payments:read', 'payments:write',
  'messages:read',
  'calls:write',
  'strategies:read', 'strategies:write',
  'templates:read', 'templates:write',
  'experiments:read', 'experiments:write',
  'decisions:create',
  'complaints:read', 'complaints:create', 'complaints:write',
  'evidence:read',
  'rights:write',
  'audit:read',
  'suppressions:read', 'suppressions:write',
  'users:read', 'users:write',
  'keys:read', 'keys:write',
] as const;
export type Permission = (typeof permissions)[number];

const readAll = permissions.filter((p) => p.endsWith(':read'));

export const rolePermissions: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  admin: new Set(permissions),
  strategist: new Set<Permission>([
    'dashboard:read', 'decisions:create',
    'strategies:read', 'strategies:write', 'templates:read', 'templates:write', 'experiments:read', 'experiments:write',
  ]),
  agent: new Set<Permission>([
    'dashboard:read', 'decisions:create', 'accounts:read', 'messages:read', 'payments:read',
    'contacts:write', 'calls:write', 'complaints:create',
  ]),
  compliance: new Set<Permission>([
    'dashboard:read', 'decisions:create', 'accounts:read', 'messages:read', 'payments:read',
    'strategies:read', 'templates:read', 'experiments:read',
    'contacts:write', 'complaints:read', 'complaints:create', 'complaints:write', 'evidence:read', 'rights:write',
    'audit:read', 'suppressions:read', 'suppressions:write',
  ]),
  // Read-only, the audit chain included; deciding is a pure computation, not a write.
  auditor: new Set<Permission>([...readAll, 'decisions:create']),
};

export const mayDo = (role: Role, permission: Permission): boolean => rolePermissions[role].has(permission);
