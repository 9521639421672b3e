// An injected mobile-originated reply as deliver_sm: GSM-7 text as data_coding 0x00,
// anything else UCS-2 (0x08); text longer than one segment goes whole in message_payload.
import { encodeGsm7 } from '../smpp/gsm7.js';
import type { DeliverSm } from './smsc-pdu-writer.js';
import type { SmscReply } from './smsc-types.js';

const address = (a: string): { readonly addr: string; readonly ton: number } =>
  /^\+\d+$/.test(a) ? { addr: a.slice(1), ton: 1 } : /^\d+$/.test(a) ? { addr: a, ton: 0 } : { addr: a, ton: 5 };

export const replyFields = (reply: SmscReply): DeliverSm => {
  const gsm = encodeGsm7(reply.text);
  const octets = gsm ?? Buffer.from(reply.text, 'utf16le').swap16();
  const src = address(reply.from);
  const dst = address(reply.to);
  const long = octets.length > 140;
  return {
    sourceAddr: src.addr,
    sourceTon: src.ton,
    destinationAddr: dst.addr,
    destinationTon: dst.ton,
    esmClass: 0,
    dataCoding: gsm === null ? 0x08 : 0x00,
    shortMessage: long ? Buffer.alloc(0) : octets,
    ...(long ? { payload: octets } : {}),
  };
};
