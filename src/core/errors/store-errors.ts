import type { ErrorTable } from './error-spec.js';

export const storeErrors = {} as const satisfies ErrorTable;
