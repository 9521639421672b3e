import type { ErrorTable } from './error-spec.js';

export const auditErrors = {} as const satisfies ErrorTable;
