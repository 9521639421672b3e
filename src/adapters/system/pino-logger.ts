// The Logger port on pino. Two layers keep personal data out of logs:
// 1. redaction by key: names, numbers, e-mail addresses and texts under the usual keys
//    (any depth up to three) print as "[redacted]";
// 2. a formatter masks every phone-number-like digit run left in any string value
//    and in the message, so a number under an unexpected key still prints masked.
import pino from 'pino';
import type { LogFields, Logger } from '../../app/ports/logger.js';

const personalKeys = [
  'name',
  'names',
  'phone',
  'phoneE164',
  'e164',
  'number',
  'msisdn',
  'to',
  'from',
  'email',
  'body',
  'text',
  'content',
  'address',
  'password',
  'masterKey',
];
const redactPaths = personalKeys.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]);

// 7+ digits, optionally with a leading "+" and single spaces/dashes between them, not
// glued to letters (so ids such as UUIDs stay readable).
const phoneLike = /(?<![\w-])\+?\d(?:[ -]?\d){6,}(?![\w])/g;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** "+8613812345678" → "+86*********78": the country code and last two digits stay. */
export const maskDigits = (text: string): string =>
  text.replace(phoneLike, (m) => {
    if (isoDate.test(m)) return m;
    const digits = m.replace(/\D/g, '');
    return `${m.startsWith('+') ? '+' : ''}${digits.slice(0, 2)}${'*'.repeat(Math.max(0, digits.length - 4))}${digits.slice(-2)}`;
  });

const scrub = (value: unknown, depth: number): unknown => {
  if (typeof value === 'string') return maskDigits(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value instanceof Error) return { type: value.name, message: maskDigits(value.message) };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
  return out;
};

export interface PinoLoggerOptions {
  /** Default "info"; TACT_LOG_LEVEL in main/. */
  readonly level?: string;
  /** Default stderr (stdout belongs to command output). */
  readonly destination?: pino.DestinationStream;
}

const wrap = (p: pino.Logger): Logger => ({
  debug: (fields: LogFields, message: string) => p.debug(fields, maskDigits(message)),
  info: (fields: LogFields, message: string) => p.info(fields, maskDigits(message)),
  warn: (fields: LogFields, message: string) => p.warn(fields, maskDigits(message)),
  error: (fields: LogFields, message: string) => p.error(fields, maskDigits(message)),
  child: (bindings: LogFields) => wrap(p.child(scrub(bindings, 0) as LogFields)),
});

export const createPinoLogger = (options: PinoLoggerOptions = {}): Logger => {
  const p = pino(
    {
      level: options.level ?? 'info',
      redact: { paths: redactPaths, censor: '[redacted]' },
      formatters: { log: (obj) => scrub(obj, 0) as Record<string, unknown> },
      base: { service: 'tact' },
    },
    options.destination ?? pino.destination(2),
  );
  return wrap(p);
};
