import type { ErrorTable } from './error-spec.js';

// Evidence packs, people's rights (access, correction, erasure) and the retention job.
export const evidenceErrors = {
  TACT_ERR_EVIDENCE_PACK_TAMPERED: {
    message: 'The evidence pack does not match its hashes: it was edited after it was made.',
    hint: 'Ask the lender for the original pack; the hash printed in the PDF footer and recorded in the audit chain identifies it.',
    retryable: false,
  },
  TACT_ERR_EVIDENCE_PACK_UNREADABLE: {
    message: 'The file is not a readable evidence pack (JSON, format tact-evidence/1).',
    hint: 'Pass the JSON twin written next to the PDF by `tact evidence --out FILE.pdf` (FILE.json).',
    retryable: false,
  },
  TACT_ERR_EVIDENCE_NOTHING_HELD: {
    message: 'The tenant holds nothing about this account or number.',
    hint: 'Check the account id or the number (E.164, e.g. +8613800000000) and the tenant.',
    retryable: false,
  },
  TACT_ERR_EVIDENCE_BAD_PHONE: {
    message: 'The number is not a valid phone number.',
    hint: 'Write it in E.164 form with the country code, e.g. +8613800000000 or +12025550123.',
    retryable: false,
  },
  TACT_ERR_EVIDENCE_PHONE_TAKEN: {
    message: 'The corrected number already belongs to another person of this tenant.',
    hint: 'Check the number; if both records are the same person, erase or correct the other record first.',
    retryable: false,
  },
  TACT_ERR_EVIDENCE_NOTHING_TO_CORRECT: {
    message: 'A correction needs a new name or a new number.',
    hint: 'Give `name` and/or `newPhone` (CLI: --name / --new-phone).',
    retryable: false,
  },
  TACT_ERR_EVIDENCE_PDF_UNAVAILABLE: {
    message: 'This server was started without a PDF renderer.',
    hint: 'Ask for the JSON form (GET /v1/evidence, format "json"), or start the server with its fonts installed.',
    retryable: true,
  },
  TACT_ERR_EVIDENCE_RETENTION_TOO_SHORT: {
    message: 'The retention period is shorter than the law requires for this pack.',
    hint: 'Choose at least the legal minimum named in the message (us-regf: 12 CFR 1006.100, three years).',
    retryable: false,
  },
} as const satisfies ErrorTable;
