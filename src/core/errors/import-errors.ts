import type { ErrorTable } from './error-spec.js';

export const importErrors = {} as const satisfies ErrorTable;
