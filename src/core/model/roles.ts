// Operator roles (DESIGN.md "Users"; issue 6's role table). What each role may do is
// the permission matrix in src/http/plugins/permissions.ts.
export const roles = ['admin', 'strategist', 'agent', 'compliance', 'auditor'] as const;
export type Role = (typeof roles)[number];

export const isRole = (value: unknown): value is Role => roles.includes(value as Role);
