// What happened to one synthetic account during a run: the simulator's own count of
// what left the SMS centre and what the synthetic people did. The per-arm report is
// built from these (simulation-report.ts).

export interface AccountTally {
  arm: string | undefined;
  /** Simulated day (0-based) of the payment that ended collection; undefined: never paid. */
  paidDay: number | undefined;
  paidMinor: number;
  borrowerMessages: number;
  /** Messages to the account's contacts (third-party contacts). */
  contactMessages: number;
  /** The borrower's SMS after the account was paid (must stay 0: payments stop reminders). */
  messagesAfterPayment: number;
  /** SMS segments of every message the account's people were sent. */
  smsSegments: number;
  optOuts: number;
  complaints: number;
  disputes: number;
  contactConfirmed: boolean;
  contactRefused: boolean;
  /** Send instants of the borrower's messages in the trailing 7 days (epoch ms). */
  recent: number[];
  /** The borrower (or contact) has stopped: no further reply is simulated for them. */
  borrowerStopped: boolean;
  contactStopped: boolean;
  /** A relayed location request makes the borrower try to pay on the next daily draw. */
  relayPending: boolean;
}

export const emptyTally = (): AccountTally => ({
  arm: undefined,
  paidDay: undefined,
  paidMinor: 0,
  borrowerMessages: 0,
  contactMessages: 0,
  messagesAfterPayment: 0,
  smsSegments: 0,
  optOuts: 0,
  complaints: 0,
  disputes: 0,
  contactConfirmed: false,
  contactRefused: false,
  recent: [],
  borrowerStopped: false,
  contactStopped: false,
  relayPending: false,
});
