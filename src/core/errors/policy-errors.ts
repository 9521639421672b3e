import type { ErrorTable } from './error-spec.js';

export const policyErrors = {} as const satisfies ErrorTable;
