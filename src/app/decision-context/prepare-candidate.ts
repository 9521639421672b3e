// Builds the PreparedRequest for one candidate from a loaded batch (prepared-request.ts
// explains the shape). Window ledger rows become events; the "ever" facts of the summary
// are the window's merged with the older aggregates, so no rule misses a contact made
// before the window (cn "≤ 3 per account ever", last third-party communication…).
// The numbers go into one block (pack-request.ts), as prepareRequest writes them.
import type { LedgerRow, PlanPersonRow } from '../ports/plan-store.js';
import type { Channel, Party } from '../../core/model/decision-request.js';
import { disclosesDebt, hasOptOutInstruction } from '../../core/policy/content-checks.js';
import { newCounters } from '../../core/policy/counters.js';
import { eventFlags } from '../../core/policy/event-flags.js';
import { formatInstant } from '../../core/policy/format-instant.js';
import { summarizeHistory } from '../../core/policy/history-summary.js';
import { packRequest, writeSummary } from '../../core/policy/pack-request.js';
import { borrowerUnreachable, contactKind, requestFacts, type PreparedEvent, type PreparedInconvenient, type PreparedRequest } from '../../core/policy/prepared-request.js';
import type { AccountContext, ContactCandidate, PersonFacts } from './decision-contexts.js';
import type { SuppressionRow } from '../ports/plan-store.js';

const EMPTY: readonly never[] = Object.freeze([]);
const scratch = newCounters();
const PHONE_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['call', 'sms', 'voicemail']);

export interface CandidateInputs {
  readonly pack: PreparedRequest['pack'];
  readonly ctx: AccountContext;
  readonly link: PlanPersonRow;
  readonly to: string;
  /** The person's window rows, newest first. */
  readonly rows: readonly LedgerRow[];
  readonly facts: PersonFacts | undefined;
  /** Outbound third-party attempts about the account, ever. */
  readonly thirdPartyAttempts: number;
  /** Accounts of the batch in the same debt group as the candidate's account. */
  readonly sameDebt: ReadonlySet<string>;
  readonly suppressions: readonly SuppressionRow[];
  /** The person's designated inconvenient times (portal), prepared. */
  readonly inconvenient: readonly PreparedInconvenient[];
}

export const prepareCandidate = (c: ContactCandidate, x: CandidateInputs): PreparedRequest => {
  const { ctx, link } = x;
  const party: Party = link.role === 'borrower' ? 'borrower' : 'third_party';
  const phoneChannel = PHONE_CHANNELS.has(c.channel);
  const history: PreparedEvent[] = [];
  for (const r of x.rows) {
    let debt = 0;
    let acct = 0;
    for (const id of r.accountIds) {
      if (id === c.accountId) acct = 1;
      if (x.sameDebt.has(id)) debt = 1;
    }
    const outbound = r.direction === 'outbound';
    // A person is one number: any phone-channel event with them went to this address.
    const sameTo = phoneChannel && PHONE_CHANNELS.has(r.channel);
    history.push({
      id: r.id,
      at: r.at,
      channel: r.channel,
      outbound,
      recipient: true,
      sameTo,
      party: r.party,
      result: r.result,
      purpose: r.purpose,
      replyTo: undefined,
      debtMask: debt,
      discussedMask: debt,
      accountMask: acct,
      flags: eventFlags({ outbound, recipient: true, sameTo, channel: r.channel, result: r.result, party: r.party, purpose: r.purpose }),
    });
  }
  let refusedAt = link.confirmation === 'refused' ? link.confirmationAt : undefined;
  let optOuts: { channel: Channel; to: string | undefined; at: number }[] | undefined;
  let wrongNumbers: { to: string; learnedAt: number }[] | undefined;
  for (const sup of x.suppressions) {
    if (sup.reason === 'refused') refusedAt = refusedAt === undefined ? sup.at : Math.min(refusedAt, sup.at);
    else if (sup.reason === 'wrong_number') (wrongNumbers ??= []).push({ to: x.to, learnedAt: sup.at });
    // opt_out, and erased/complaint/manual (no contact at all): an opt-out of every address.
    else (optOuts ??= []).push({ channel: c.channel, to: undefined, at: sup.at });
  }
  if (link.suppressedAt !== undefined && x.suppressions.length === 0) (optOuts ??= []).push({ channel: c.channel, to: undefined, at: link.suppressedAt });

  const a = ctx.account;
  const state = { ceaseAt: a.ceaseReceivedAt, attorneyAt: a.attorneyKnownAt, refusedAt };
  const block = packRequest(c.at, state, 1, history);
  const s = summarizeHistory({ ...block, history, replyTo: c.replyTo, channel: c.channel, accountCount: 1 }, scratch);
  const f = x.facts;
  writeSummary(
    block,
    f === undefined
      ? { ...s, thirdPartyPerAccount: [x.thirdPartyAttempts] }
      : {
          latestAt: Math.max(s.latestAt, f.latestAt),
          lastCallSameTo: phoneChannel ? Math.max(s.lastCallSameTo, f.lastCall) : s.lastCallSameTo,
          lastThirdPartyComm: Math.max(s.lastThirdPartyComm, f.lastThirdPartyComm),
          lastInbound: Math.max(s.lastInbound, f.lastInbound),
          lastOptOutConfirmation: Math.max(s.lastOptOutConfirmation, f.lastOptOutConfirmation),
          replyTargetFound: s.replyTargetFound,
          replyUsed: s.replyUsed,
          thirdPartyPerAccount: [x.thirdPartyAttempts],
        },
    1,
  );
  const account = {
    id: a.id,
    ceaseReceivedAt: a.ceaseReceivedAt,
    disputedAt: a.disputedAt,
    verificationSentAt: a.verificationSentAt,
    attorneyKnownAt: a.attorneyKnownAt,
    borrowerStatus: ctx.borrowerStatus,
  };
  const lists = {
    consentToCall: EMPTY,
    optOuts: optOuts ?? EMPTY,
    wrongNumbers: wrongNumbers ?? EMPTY,
    inconvenient: x.inconvenient.length === 0 ? EMPTY : x.inconvenient,
    anyDispute: a.disputedAt !== undefined,
    content: c.content,
    contentHasOptOut: c.content !== undefined && hasOptOutInstruction(c.content),
    contentDisclosesDebt: c.content !== undefined && disclosesDebt(c.content),
  };
  return {
    pack: x.pack,
    buf: block.buf,
    bits: block.bits,
    off: block.off,
    ev: block.ev,
    evEnd: block.evEnd,
    kind: contactKind(c.channel, party, c.purpose),
    facts: requestFacts(lists, state),
    timeZones: link.timeZones,
    debtCount: 1,
    consentToCall: lists.consentToCall,
    optOuts: lists.optOuts,
    wrongNumbers: lists.wrongNumbers,
    inconvenient: lists.inconvenient,
    channel: c.channel,
    party,
    purpose: c.purpose,
    anyDispute: lists.anyDispute,
    content: c.content,
    contentHasOptOut: lists.contentHasOptOut,
    atIso: formatInstant(c.at),
    accountCount: 1,
    contentDisclosesDebt: lists.contentDisclosesDebt,
    borrowersUnreachable: borrowerUnreachable(ctx.borrowerStatus),
    confirmed: party === 'third_party' ? link.confirmation === 'confirmed' : undefined,
    accounts: [account],
    to: x.to,
    replyTo: c.replyTo,
    place: undefined,
    personId: link.personId,
    history,
  };
};

/**
 * The same request with the rendered text: only the content facts differ from the one
 * prepared without it (the packed block is read-only to the engine), so the planner
 * decides again with the text without preparing the request twice.
 */
export const withContent = (req: PreparedRequest, content: string): PreparedRequest => ({
  ...req,
  content,
  contentDisclosesDebt: disclosesDebt(content),
  contentHasOptOut: hasOptOutInstruction(content),
});
