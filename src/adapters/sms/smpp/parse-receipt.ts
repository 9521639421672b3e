// Delivery receipts (SMPP 3.4 Appendix B and §5.3.2.12/.35): an SMSC tells the final state
// in TLVs (receipted_message_id 0x001E, message_state 0x0427, network_error_code 0x0423)
// and/or in the short_message text `id:… sub:001 dlvrd:001 submit date:YYMMDDhhmm done
// date:YYMMDDhhmm stat:DELIVRD err:000 text:…`. TLVs win where both are present (the
// text form is informal and vendors vary); the text fills whatever the TLVs lack.
import type { ReceiptStatus } from '../../../app/ports/sms-transport.js';

export interface ParsedReceipt {
  readonly providerId: string;
  readonly status: ReceiptStatus;
  /** The text form's err field, or the network_error_code TLV as hex. */
  readonly errorCode?: string;
  /** ISO instant from `done date`, read as UTC (SMPP does not say the zone). */
  readonly doneAt?: string;
}

export interface ReceiptInput {
  readonly receiptedMessageId?: string | undefined;
  readonly messageState?: number | undefined;
  readonly networkErrorCode?: Uint8Array | undefined;
  readonly text?: string | undefined;
}

const statByText: Readonly<Record<string, ReceiptStatus>> = {
  DELIVRD: 'delivered',
  UNDELIV: 'undeliverable',
  EXPIRED: 'expired',
  REJECTD: 'failed',
  DELETED: 'failed',
  UNKNOWN: 'unknown',
  ACCEPTD: 'unknown',
  ENROUTE: 'unknown',
};

// message_state values (SMPP 3.4 §5.2.28).
const statByState: Readonly<Record<number, ReceiptStatus>> = {
  1: 'unknown', // ENROUTE
  2: 'delivered',
  3: 'expired',
  4: 'failed', // DELETED
  5: 'undeliverable',
  6: 'unknown', // ACCEPTED
  7: 'unknown',
  8: 'failed', // REJECTED
};

/** The `key:value` fields of the text form; keys lower-cased (`submit date`, `done date`). */
export const receiptTextFields = (text: string): Readonly<Record<string, string>> => {
  const fields: Record<string, string> = {};
  // `text:` is last and may contain anything, so take it whole first.
  const textAt = text.search(/\btext:/i);
  const head = textAt >= 0 ? text.slice(0, textAt) : text;
  if (textAt >= 0) fields['text'] = text.slice(textAt + 5);
  for (const m of head.matchAll(/\b(id|sub|dlvrd|submit date|done date|stat|err):\s*(\S*)/gi)) {
    fields[(m[1] as string).toLowerCase()] = m[2] as string;
  }
  return fields;
};

/** YYMMDDhhmm[ss] as UTC, 20YY; undefined when malformed. */
export const receiptDate = (value: string | undefined): string | undefined => {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?$/.exec(value ?? '');
  if (m === null) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '00'].map(Number) as number[];
  const t = Date.UTC(2000 + (y as number), (mo as number) - 1, d, h, mi, s);
  const back = new Date(t);
  if (back.getUTCMonth() !== (mo as number) - 1 || back.getUTCDate() !== d || (h as number) > 23) return undefined;
  return back.toISOString();
};

/** Null when neither form names the message id or the state: not a usable receipt. */
export const parseReceipt = (input: ReceiptInput): ParsedReceipt | null => {
  const fields = input.text === undefined ? {} : receiptTextFields(input.text);
  const tlvId = input.receiptedMessageId?.trim();
  const providerId = tlvId !== undefined && tlvId !== '' ? tlvId : fields['id'];
  if (providerId === undefined || providerId === '') return null;
  const fromState = input.messageState === undefined ? undefined : statByState[input.messageState];
  const stat = fields['stat']?.toUpperCase();
  const fromText = stat === undefined ? undefined : statByText[stat];
  const status = fromState ?? fromText;
  if (status === undefined) return null;
  const nec = input.networkErrorCode;
  const errorCode =
    fields['err'] ?? (nec !== undefined && nec.length > 0 ? Buffer.from(nec).toString('hex') : undefined);
  const doneAt = receiptDate(fields['done date']);
  return {
    providerId,
    status,
    ...(errorCode === undefined ? {} : { errorCode }),
    ...(doneAt === undefined ? {} : { doneAt }),
  };
};
