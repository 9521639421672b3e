import type { ErrorTable } from './error-spec.js';

export const decideErrors = {} as const satisfies ErrorTable;
