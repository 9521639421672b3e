import type { ErrorTable } from './error-spec.js';

export const messageErrors = {} as const satisfies ErrorTable;
