import type { ErrorTable } from './error-spec.js';

export const smsErrors = {} as const satisfies ErrorTable;
