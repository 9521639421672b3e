// Independent checks of the 30-day simulation: plain SQL over the ledger (contact_events),
// the suppressions, payments and account links — not the policy engine. cn rules as
// written in RULES.md / cn-pack.ts: SMS only 08:00–22:00 Asia/Shanghai (UTC+8, no DST,
// so local time is at + 8 h exactly), at most 2 SMS per person per local day and 6 per
// rolling 7 days, nothing to a contact beyond a consent request before they confirmed.
import type Database from 'better-sqlite3';

const SENT = `direction = 'outbound' and channel = 'sms' and result <> 'failed'`;
const LOCAL = `(at / 1000 + 8 * 3600)`;

export interface CycleViolations {
  readonly quietHours: number;
  readonly dailyCap: number;
  readonly weeklyCap: number;
  readonly unconfirmedThirdParty: number;
  readonly afterStop: number;
  readonly secondConfirmation: number;
  readonly afterPayment: number;
  readonly afterRefusal: number;
}

const count = (db: Database.Database, sql: string, tenant: string): number =>
  Number((db.prepare(`select count(*) as n from (${sql})`).get({ tenant }) as { n: number }).n);

export const cycleViolations = (db: Database.Database, tenant: string): CycleViolations => ({
  quietHours: count(
    db,
    `select event_id from contact_events where tenant_id = :tenant and ${SENT}
       and cast(strftime('%H', ${LOCAL}, 'unixepoch') as integer) not between 8 and 21`,
    tenant,
  ),
  dailyCap: count(
    db,
    `select person_id, date(${LOCAL}, 'unixepoch') as d from contact_events where tenant_id = :tenant and ${SENT}
       group by person_id, d having count(*) > 2`,
    tenant,
  ),
  weeklyCap: count(
    db,
    `select a.event_id from contact_events a join contact_events b
       on b.tenant_id = a.tenant_id and b.person_id = a.person_id and b.at > a.at - 7 * 86400000 and b.at <= a.at
       where a.tenant_id = :tenant and a.direction = 'outbound' and a.channel = 'sms' and a.result <> 'failed'
         and b.direction = 'outbound' and b.channel = 'sms' and b.result <> 'failed'
       group by a.event_id having count(*) > 6`,
    tenant,
  ),
  // A third-party message other than a consent request (or the one opt-out confirmation)
  // to a contact whose link was not confirmed before it.
  unconfirmedThirdParty: count(
    db,
    `select e.event_id from contact_events e join account_people l
       on l.tenant_id = e.tenant_id and l.person_id = e.person_id and l.account_id = json_extract(e.account_ids, '$[0]')
       where e.tenant_id = :tenant and e.${SENT.replaceAll(' and ', ' and e.')} and e.party = 'third_party'
         and coalesce(e.purpose, '') not in ('consent_request', 'opt_out_confirmation')
         and (l.confirmation <> 'confirmed' or l.confirmation_at > e.at)`,
    tenant,
  ),
  // After a tenant-wide opt-out the number gets nothing but the confirmation.
  afterStop: count(
    db,
    `select o.event_id from stops s join contact_events o on o.tenant_id = :tenant and o.person_id = s.person_id
       and o.direction = 'outbound' and o.at > s.at and coalesce(o.purpose, '') <> 'opt_out_confirmation'`,
    tenant,
  ),
  secondConfirmation: count(
    db,
    `select o.person_id from stops s join contact_events o on o.tenant_id = :tenant and o.person_id = s.person_id
       and o.direction = 'outbound' and o.at > s.at and o.purpose = 'opt_out_confirmation'
       group by o.person_id having count(*) > 1`,
    tenant,
  ),
  // Nothing about a paid account after the payment was recorded (created_at: Tact's clock).
  afterPayment: count(
    db,
    `select o.event_id from payments p join contact_events o on o.tenant_id = p.tenant_id and o.direction = 'outbound'
       and o.at > p.created_at and exists (select 1 from json_each(o.account_ids) j where j.value = p.account_id)
       where p.tenant_id = :tenant and coalesce(o.purpose, '') not in ('opt_out_confirmation', 'reply')`,
    tenant,
  ),
  // A contact who refused gets nothing more about that account.
  afterRefusal: count(
    db,
    `select o.event_id from account_people l join contact_events o on o.tenant_id = l.tenant_id and o.person_id = l.person_id
       and o.direction = 'outbound' and o.at > l.confirmation_at and json_extract(o.account_ids, '$[0]') = l.account_id
       where l.tenant_id = :tenant and l.confirmation = 'refused' and coalesce(o.purpose, '') <> 'opt_out_confirmation'`,
    tenant,
  ),
});
