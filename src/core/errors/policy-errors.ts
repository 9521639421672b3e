import type { ErrorTable } from './error-spec.js';

export const policyErrors = {
  TACT_ERR_POLICY_UNKNOWN_OVERRIDE: {
    message: 'An override names a parameter the pack does not have.',
    hint: 'Use a key "<rule>.<parameter>" listed for this pack in docs/policy.md.',
    retryable: false,
  },
  TACT_ERR_POLICY_BAD_OVERRIDE: {
    message: 'An override value has the wrong type or is out of range.',
    hint: 'Counts and days are non-negative integers, times "HH:MM", switches true/false (docs/policy.md).',
    retryable: false,
  },
  TACT_ERR_POLICY_LOOSER_THAN_LAW: {
    message: 'An override loosens a rule past its statutory level.',
    hint: 'Only tighten statutory parameters; recommended ones may be loosened down to the statutory bound (docs/policy.md).',
    retryable: false,
  },
  TACT_ERR_POLICY_UNKNOWN_ZONE: {
    message: 'A time zone is not a known IANA zone name.',
    hint: 'Use an IANA name such as "America/New_York" or "Asia/Shanghai".',
    retryable: false,
  },
} as const satisfies ErrorTable;
