// What a submit_sm_resp command_status means for Tact (SMPP 3.4 §5.1.3). Documented in
// docs/sms.md ("SMPP status codes"); keep the two in step.
//   throttle  — the SMSC asks us to slow down: shrink the window, back off, retry the same
//               submit; reported `transient` only after the retry bound.
//   transient — not accepted this time for a reason on the SMSC's side; a later try may pass.
//   permanent — this message as addressed/encoded will never be accepted: rejected{permanent:true}.
// Any other non-zero status (incl. vendor-specific 0x400–0x4FF) is rejected{permanent:false}:
// the SMSC said no to this submit, and we cannot tell whether a retry helps.

export type StatusClass = 'ok' | 'throttle' | 'transient' | 'permanent' | 'rejected';

interface StatusRow {
  readonly name: string;
  readonly kind: StatusClass;
}

export const commandStatusTable: Readonly<Record<number, StatusRow>> = {
  0x00: { name: 'ESME_ROK', kind: 'ok' },
  0x58: { name: 'ESME_RTHROTTLED', kind: 'throttle' },
  0x14: { name: 'ESME_RMSGQFUL', kind: 'throttle' },
  0x04: { name: 'ESME_RINVBNDSTS', kind: 'transient' },
  0x08: { name: 'ESME_RSYSERR', kind: 'transient' },
  0x45: { name: 'ESME_RSUBMITFAIL', kind: 'transient' },
  0x64: { name: 'ESME_RX_T_APPN', kind: 'transient' },
  0xfe: { name: 'ESME_RDELIVERYFAILURE', kind: 'transient' },
  0xff: { name: 'ESME_RUNKNOWNERR', kind: 'transient' },
  0x01: { name: 'ESME_RINVMSGLEN', kind: 'permanent' },
  0x0a: { name: 'ESME_RINVSRCADR', kind: 'permanent' },
  0x0b: { name: 'ESME_RINVDSTADR', kind: 'permanent' },
  0x43: { name: 'ESME_RINVESMCLASS', kind: 'permanent' },
  0x48: { name: 'ESME_RINVSRCTON', kind: 'permanent' },
  0x49: { name: 'ESME_RINVSRCNPI', kind: 'permanent' },
  0x50: { name: 'ESME_RINVDSTTON', kind: 'permanent' },
  0x51: { name: 'ESME_RINVDSTNPI', kind: 'permanent' },
  0x53: { name: 'ESME_RINVSYSTYP', kind: 'permanent' },
  0x61: { name: 'ESME_RINVSCHED', kind: 'permanent' },
  0x62: { name: 'ESME_RINVEXPIRY', kind: 'permanent' },
  0x65: { name: 'ESME_RX_P_APPN', kind: 'permanent' },
  0x66: { name: 'ESME_RX_R_APPN', kind: 'permanent' },
  0xc0: { name: 'ESME_RINVTLVSTREAM', kind: 'permanent' },
  0xc1: { name: 'ESME_RTLVNOTALLWD', kind: 'permanent' },
  0xc2: { name: 'ESME_RINVTLVLEN', kind: 'permanent' },
  0xc3: { name: 'ESME_RMISSINGTLV', kind: 'permanent' },
  0xc4: { name: 'ESME_RINVTLVVAL', kind: 'permanent' },
  0x100: { name: 'ESME_RSERTYPUNAUTH', kind: 'permanent' },
  0x101: { name: 'ESME_RPROHIBITED', kind: 'permanent' },
  0x102: { name: 'ESME_RSERTYPUNAVAIL', kind: 'permanent' },
  0x103: { name: 'ESME_RSERTYPDENIED', kind: 'permanent' },
  0x104: { name: 'ESME_RINVDCS', kind: 'permanent' },
  0x0d: { name: 'ESME_RBINDFAIL', kind: 'rejected' },
  0x0e: { name: 'ESME_RINVPASWD', kind: 'rejected' },
  0x0f: { name: 'ESME_RINVSYSID', kind: 'rejected' },
};

export const classifyStatus = (status: number): StatusClass => commandStatusTable[status]?.kind ?? 'rejected';

/** `ESME_RINVDSTADR (0x0000000B)`; unknown codes as hex only. */
export const describeStatus = (status: number): string => {
  const hex = `0x${status.toString(16).toUpperCase().padStart(8, '0')}`;
  const row = commandStatusTable[status];
  return row === undefined ? `command_status ${hex}` : `${row.name} (${hex})`;
};
