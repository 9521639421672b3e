// The one registry of error codes (TACT_ERR_<AREA>_<CONDITION>). Each area keeps its
// entries in src/core/errors/<area>-errors.ts; this file joins them. docs/errors.md is
// generated from it (`npm run docs:errors`) and a test keeps the two in sync.
// Reason codes that explain policy decisions are values, not errors: see core/policy.
import { auditErrors } from './errors/audit-errors.js';
import { authErrors } from './errors/auth-errors.js';
import { callErrors } from './errors/call-errors.js';
import { cliErrors } from './errors/cli-errors.js';
import { configErrors } from './errors/config-errors.js';
import { decideErrors } from './errors/decide-errors.js';
import type { ErrorSpec } from './errors/error-spec.js';
import { httpErrors } from './errors/http-errors.js';
import { importErrors } from './errors/import-errors.js';
import { messageErrors } from './errors/message-errors.js';
import { paymentErrors } from './errors/payment-errors.js';
import { policyErrors } from './errors/policy-errors.js';
import { smsErrors } from './errors/sms-errors.js';
import { storeErrors } from './errors/store-errors.js';
import { strategyErrors } from './errors/strategy-errors.js';

/** Areas in documentation order; the area name is the code's second word. */
export const errorAreas = {
  CLI: cliErrors,
  CONFIG: configErrors,
  DECIDE: decideErrors,
  POLICY: policyErrors,
  IMPORT: importErrors,
  STORE: storeErrors,
  AUDIT: auditErrors,
  MESSAGE: messageErrors,
  SMS: smsErrors,
  PAYMENT: paymentErrors,
  STRATEGY: strategyErrors,
  HTTP: httpErrors,
  AUTH: authErrors,
  CALL: callErrors,
} as const;

export const errorRegistry = {
  ...cliErrors,
  ...configErrors,
  ...decideErrors,
  ...policyErrors,
  ...importErrors,
  ...storeErrors,
  ...auditErrors,
  ...messageErrors,
  ...smsErrors,
  ...paymentErrors,
  ...strategyErrors,
  ...httpErrors,
  ...authErrors,
  ...callErrors,
} as const;

export type ErrorCode = keyof typeof errorRegistry;

// Codes once used and since withdrawn. They are never reused for another meaning.
export const retiredErrorCodes: readonly string[] = [];

export const errorSpec = (code: ErrorCode): ErrorSpec => errorRegistry[code];

/** A failure found at an edge (input, configuration): where it is and what to do. */
export interface TactFailure {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint: string;
  /** JSON path (`$.contact.channel`), column name or option name. */
  readonly path?: string;
  /** 1-based line number in an input file. */
  readonly line?: number;
}

export const failure = (
  code: ErrorCode,
  where: { readonly path?: string; readonly line?: number; readonly message?: string } = {},
): TactFailure => {
  const spec = errorRegistry[code];
  return {
    code,
    message: where.message ?? spec.message,
    hint: spec.hint,
    ...(where.path === undefined ? {} : { path: where.path }),
    ...(where.line === undefined ? {} : { line: where.line }),
  };
};

/** Thrown only for faults (I/O, bugs) that carry a registered code. */
export class TactError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly failures: readonly TactFailure[];

  constructor(code: ErrorCode, message?: string, failures: readonly TactFailure[] = []) {
    super(message ?? errorRegistry[code].message);
    this.name = 'TactError';
    this.code = code;
    this.retryable = errorRegistry[code].retryable;
    this.failures = failures;
  }
}
