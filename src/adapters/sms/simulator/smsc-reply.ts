// An injected mobile-originated reply as deliver_sm: GSM-7 text as data_coding 0x00,
// anything else UCS-2 (0x08); text longer than one segment goes whole in message_payload.
import type { PduFields } from 'smpp';
import { encodeGsm7 } from '../smpp/gsm7.js';
import { destinationFields, sourceFields } from '../smpp/smpp-fields.js';
import type { SmscReply } from './smsc-types.js';

export const replyFields = (reply: SmscReply): PduFields => {
  const gsm = encodeGsm7(reply.text);
  const octets = gsm ?? Buffer.from(reply.text, 'utf16le').swap16();
  const src = sourceFields(reply.from);
  const dst = destinationFields(reply.to);
  return {
    ...src,
    ...dst,
    esm_class: 0,
    data_coding: gsm === null ? 0x08 : 0x00,
    ...(octets.length <= 140 ? { short_message: octets } : { message_payload: octets }),
  };
};
