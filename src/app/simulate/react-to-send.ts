// What a synthetic person does after a message reached them: pay, reply STOP, complain
// (about that message: the simulator files it through the complaints use case), dispute,
// or (a contact) confirm, refuse, pass a request on. The chances come from
// core/simulate/borrower-response.ts; the draws from the account's own PRNG stream, in a
// fixed order, so a seed replays exactly. The message is judged by its text as a
// person would: a firm tone is one that mentions credit reporting.
import type { ComplaintCategory } from '../../core/complaints/complaint-model.js';
import { borrowerChances, type Tone } from '../../core/simulate/borrower-response.js';
import type { SimulationAssumptions } from '../../core/simulate/simulation-assumptions.js';
import { localMinute, zoneDayAt, DAY_MS } from '../../core/schedule/zone-day.js';
import type { AccountTally } from './account-tally.js';
import type { SimAccount, SimPack } from './seed-lender.js';
import type { ObservedSend } from './simulated-sms-centre.js';

export type SimAction =
  | { readonly kind: 'pay'; readonly account: SimAccount }
  | { readonly kind: 'reply'; readonly account: SimAccount; readonly from: string; readonly text: string; readonly stop: boolean }
  | { readonly kind: 'complaint'; readonly account: SimAccount; readonly phone: string; readonly messageId: string; readonly category: ComplaintCategory };

const firmWords = /征信|信用记录|credit bureau/i;
const consentWords = /紧急联系人|emergency contact/i;
const confirmationWords = /退订成功|opted out/i;

export const toneOf = (text: string): Tone => (firmWords.test(text) ? 'firm' : 'soft');

export const stopText = (pack: SimPack): string => (pack === 'cn' ? '退订' : 'STOP');
export const disputeText = (pack: SimPack): string => (pack === 'cn' ? '这笔欠款我有异议' : 'I dispute this debt');

const localHour = (zone: string, at: number): number => Math.floor(localMinute(zoneDayAt(zone, at), at) / 60);

/**
 * The borrower's reaction to one message; updates the tally's counters and recent sends.
 * `complainsAtOnce`: a borrower planted to complain (PlantedComplaints) complains about
 * this message whatever the draw (the draws are still made: the stream stays aligned).
 */
export const reactAsBorrower = (s: SimAccount, t: AccountTally, m: ObservedSend, pack: SimPack, a: SimulationAssumptions, complainsAtOnce = false): SimAction[] => {
  const { text, at } = m;
  if (confirmationWords.test(text)) return [];
  t.recent = t.recent.filter((x) => at - x < 7 * DAY_MS);
  t.recent.push(at);
  if (t.borrowerStopped || t.paidDay !== undefined) return [];
  const c = borrowerChances(s.borrower, { localHour: localHour(s.zone, at), tone: toneOf(text), recentCount: t.recent.length, thirdPartyContacted: t.contactMessages > 0 }, a);
  const r = s.rng;
  // Always four draws, in this order, whatever the outcome: the stream stays aligned.
  const optOut = r.chance(c.optOut);
  const complain = r.chance(c.complain) || complainsAtOnce;
  const dispute = r.chance(c.dispute);
  const pay = r.chance(c.pay);
  const out: SimAction[] = [];
  if (complain) {
    t.complaints += 1;
    t.borrowerStopped = true;
    out.push({ kind: 'complaint', account: s, phone: s.borrowerPhone, messageId: m.messageId, category: 'harassment_frequency' });
  } else if (optOut) {
    t.optOuts += 1;
    t.borrowerStopped = true;
    out.push({ kind: 'reply', account: s, from: s.borrowerPhone, text: stopText(pack), stop: true });
  } else if (dispute && t.disputes === 0) {
    t.disputes += 1;
    out.push({ kind: 'reply', account: s, from: s.borrowerPhone, text: disputeText(pack), stop: false });
  }
  if (pay) out.push({ kind: 'pay', account: s });
  return out;
};

/** A contact's reaction to one message (consent request or location request). */
export const reactAsContact = (s: SimAccount, t: AccountTally, m: ObservedSend, pack: SimPack, a: SimulationAssumptions): SimAction[] => {
  const { text } = m;
  if (confirmationWords.test(text) || t.contactStopped) return [];
  const r = s.rng;
  const x = r.next();
  const relay = r.chance(a.contactRelay);
  if (x < a.contactComplaint) {
    t.complaints += 1;
    t.contactStopped = true;
    return [{ kind: 'complaint', account: s, phone: s.contactPhone, messageId: m.messageId, category: 'third_party_disclosure' }];
  }
  if (x < a.contactComplaint + a.contactOptOut) {
    t.optOuts += 1;
    t.contactStopped = true;
    return [{ kind: 'reply', account: s, from: s.contactPhone, text: stopText(pack), stop: true }];
  }
  if (consentWords.test(text)) {
    const y = x - a.contactComplaint - a.contactOptOut;
    if (y < a.contactConfirm && !t.contactConfirmed) {
      t.contactConfirmed = true;
      return [{ kind: 'reply', account: s, from: s.contactPhone, text: 'Y', stop: false }];
    }
    if (y < a.contactConfirm + a.contactRefuse && !t.contactRefused) {
      t.contactRefused = true;
      t.contactStopped = true;
      return [{ kind: 'reply', account: s, from: s.contactPhone, text: 'N', stop: false }];
    }
    return [];
  }
  if (relay) t.relayPending = true;
  return [];
};
