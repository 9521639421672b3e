import type { ErrorTable } from './error-spec.js';

export const configErrors = {} as const satisfies ErrorTable;
