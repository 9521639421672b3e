// The counters an outbound send was checked against, recounted from the ledger rows in
// the pack: texts to the person on the recipient's local day and in the rolling
// 7 × 24 h, and for a third party the contacts in 7 × 24 h and per account, ever. The
// send itself is included (the engine counts it once sent). Limits are the pack's.
import type { PackCounter } from '../../core/evidence/evidence-pack.js';
import type { PolicyParams } from '../../core/policy/policy-params.js';
import { DAY_MS, zoneDayAt } from '../../core/schedule/zone-day.js';
import type { ContactEventRecord } from '../ports/store-records.js';

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

/** Outbound rows that count against caps: every outbound row except proven failures. */
const counts = (e: ContactEventRecord): boolean => e.direction === 'outbound' && e.result !== 'failed';

export const packCounters = (
  send: ContactEventRecord,
  sameRecipient: readonly ContactEventRecord[],
  sameAccountThirdParty: readonly ContactEventRecord[],
  zone: string,
  params: PolicyParams,
): PackCounter[] => {
  const t = send.at;
  const dayStart = zoneDayAt(zone, t).start;
  // Rows are in ledger order (at, then id): rows written in the same instant count up to this one.
  const upTo = sameRecipient.indexOf(send);
  const mine = (upTo < 0 ? sameRecipient.filter((e) => e.at <= t) : sameRecipient.slice(0, upTo + 1)).filter(counts);
  const sms = mine.filter((e) => e.channel === 'sms');
  const out: PackCounter[] = [
    { name: 'sms_local_day', value: sms.filter((e) => e.at >= dayStart).length, limit: finite(params.smsPerDay), window: `local day in ${zone}` },
    { name: 'sms_7_days', value: sms.filter((e) => e.at > t - 7 * DAY_MS).length, limit: finite(params.smsPer7Days), window: 'rolling 7 × 24 h' },
  ];
  if (send.party === 'third_party') {
    out.push({
      name: 'third_party_7_days', value: mine.filter((e) => e.party === 'third_party' && e.at > t - 7 * DAY_MS).length,
      limit: finite(params.thirdPartyPer7Days), window: 'rolling 7 × 24 h',
    });
    out.push({
      name: 'third_party_per_account', value: sameAccountThirdParty.filter((e) => counts(e) && (e.at < t || (e.at === t && e.id <= send.id))).length,
      limit: finite(params.thirdPartyPerAccount), window: 'ever, this account (rows in this pack)',
    });
  }
  return out;
};
