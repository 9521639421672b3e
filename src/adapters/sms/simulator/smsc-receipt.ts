// The delivery receipt the SMSC simulator sends for one accepted segment: esm_class 0x04,
// TLVs receipted_message_id and message_state, and the customary text form
// (SMPP 3.4 Appendix B): `id:… sub:001 dlvrd:001 submit date:YYMMDDhhmm done
// date:YYMMDDhhmm stat:DELIVRD err:000 text:…` (text: the first 20 characters).
import type { DeliverSm } from './smsc-pdu-writer.js';

export type SmscFate = 'DELIVRD' | 'UNDELIV';

const MESSAGE_STATE: Readonly<Record<SmscFate, number>> = { DELIVRD: 2, UNDELIV: 5 };

let cachedMinute = -1;
let cachedText = '';
/** YYMMDDhhmm in UTC (cached per minute: receipts come by the thousand). */
export const receiptTime = (at: Date): string => {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== cachedMinute) {
    cachedMinute = minute;
    cachedText = at.toISOString().replace(/\D/g, '').slice(2, 12);
  }
  return cachedText;
};

export interface ReceiptFor {
  readonly id: string;
  /** The original submit's addresses: the receipt goes from the handset back to the sender. */
  readonly sourceAddr: string;
  readonly sourceTon: number;
  readonly destinationAddr: string;
  readonly destinationTon: number;
  readonly submittedAt: Date;
  readonly doneAt: Date;
  readonly fate: SmscFate;
  readonly text: string;
}

export const receiptText = (r: ReceiptFor): string => {
  const delivered = r.fate === 'DELIVRD';
  // Only characters at the same code in ASCII and GSM-7 survive either reading; others become '?'.
  const excerpt = [...r.text.slice(0, 40)].slice(0, 20).join('').replace(/[^A-Za-z0-9 .,!?'()*+\-/:;<=>%&"#]/g, '?');
  return (
    `id:${r.id} sub:001 dlvrd:${delivered ? '001' : '000'} submit date:${receiptTime(r.submittedAt)} ` +
    `done date:${receiptTime(r.doneAt)} stat:${r.fate} err:${delivered ? '000' : '001'} text:${excerpt}`
  );
};

export const receiptFields = (r: ReceiptFor, form: 'both' | 'tlv' | 'text' = 'both'): DeliverSm => ({
  sourceAddr: r.destinationAddr,
  sourceTon: r.destinationTon,
  destinationAddr: r.sourceAddr,
  destinationTon: r.sourceTon,
  esmClass: 0x04,
  dataCoding: 0,
  shortMessage: form === 'tlv' ? Buffer.alloc(0) : Buffer.from(receiptText(r), 'latin1'),
  ...(form === 'text' ? {} : { receiptedMessageId: r.id, messageState: MESSAGE_STATE[r.fate] }),
});
