// Address and text helpers shared by the SMPP adapter and the SMSC simulator.
import type { DecodedMessage, PDU, PduFields } from 'smpp';
import { decodeGsm7 } from './gsm7.js';
import { concatFromElements, udhElements, type ConcatInfo } from './udh.js';

const TON_INTERNATIONAL = 1;
const TON_ALPHANUMERIC = 5;
const NPI_ISDN = 1;

export interface SourceFields {
  readonly source_addr: string;
  readonly source_addr_ton: number;
  readonly source_addr_npi: number;
}

export interface DestinationFields {
  readonly destination_addr: string;
  readonly dest_addr_ton: number;
  readonly dest_addr_npi: number;
}

/** TON/NPI for an address: `+digits` international, digits unknown/ISDN, else alphanumeric. */
export const sourceFields = (address: string): SourceFields =>
  /^\+\d+$/.test(address)
    ? { source_addr: address.slice(1), source_addr_ton: TON_INTERNATIONAL, source_addr_npi: NPI_ISDN }
    : /^\d+$/.test(address)
      ? { source_addr: address, source_addr_ton: 0, source_addr_npi: NPI_ISDN }
      : { source_addr: address, source_addr_ton: TON_ALPHANUMERIC, source_addr_npi: 0 };

export const destinationFields = (address: string): DestinationFields =>
  /^\+\d+$/.test(address)
    ? { destination_addr: address.slice(1), dest_addr_ton: TON_INTERNATIONAL, dest_addr_npi: NPI_ISDN }
    : { destination_addr: address, dest_addr_ton: 0, dest_addr_npi: NPI_ISDN };

/** An address as E.164 when its TON says international (`+` restored), else as given. */
export const addressFrom = (address: string | undefined, ton: number | undefined): string => {
  const a = address ?? '';
  return ton === TON_INTERNATIONAL && /^\d+$/.test(a) ? `+${a}` : a;
};

export interface MessageText {
  readonly text: string;
  readonly concat?: ConcatInfo;
}

const isDecoded = (v: unknown): v is DecodedMessage =>
  typeof v === 'object' && v !== null && !Buffer.isBuffer(v) && 'message' in v;

const asText = (value: unknown, dataCoding: number): string => {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) {
    if (dataCoding === 0x08) return Buffer.from(value).swap16().toString('utf16le');
    if (dataCoding === 0x03) return value.toString('latin1');
    return decodeGsm7(value);
  }
  return '';
};

/**
 * The text of a submit_sm or deliver_sm: short_message, else message_payload. The `smpp`
 * package has already decoded it by data_coding (0x00 GSM-7, 0x08 UCS-2) and split off the
 * UDH when esm_class has UDHI; a segment never splits a character (our splitter makes sure).
 */
export const messageText = (pdu: PDU | PduFields): MessageText => {
  const dc = (pdu.data_coding ?? 0) & 0x0f;
  const sm = pdu.short_message;
  const source = (isDecoded(sm) && sm.message.length > 0) || (Buffer.isBuffer(sm) && sm.length > 0) ? sm : pdu.message_payload ?? sm;
  if (isDecoded(source)) {
    const concat = source.udh === undefined ? undefined : concatFromElements(source.udh);
    const text = asText(source.message, dc);
    return concat === undefined ? { text } : { text, concat };
  }
  if (Buffer.isBuffer(source) && ((pdu.esm_class ?? 0) & 0x40) !== 0 && source.length > 0) {
    const udhLength = (source[0] as number) + 1;
    const concat = concatFromElements(udhElements(source.subarray(0, udhLength)));
    const text = asText(source.subarray(udhLength), dc);
    return concat === undefined ? { text } : { text, concat };
  }
  return { text: asText(source, dc) };
};
