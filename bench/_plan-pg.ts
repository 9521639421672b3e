// PostgreSQL side of bench/plan.ts: seeding with unnest() multi-row inserts (not timed)
// and the I/O floor with the same set-based reads and one multi-row insert per page.
import pg from 'pg';

export interface SeedRow {
  readonly account: string;
  readonly external: string;
  readonly balance: number;
  readonly due: string;
  readonly dpd: number;
  readonly people: readonly { readonly id: string; readonly phone: string; readonly index: string; readonly role: string; readonly name: string; readonly confirmation: string; readonly confirmationAt: number | null }[];
  readonly events: readonly { readonly id: string; readonly at: number; readonly direction: string; readonly person: string; readonly party: string; readonly accounts: string; readonly result: string; readonly purpose: string | null }[];
}

export const pgSeed = async (c: pg.Client, tenant: string, now: number, rows: readonly SeedRow[]): Promise<void> => {
  await c.query('begin');
  await c.query(
    `insert into accounts (tenant_id, account_id, external_id, product, currency, principal_minor, balance_minor, overdue_minor, due_date, days_past_due, status, flags, created_at, updated_at)
     select $1, a, e, 'consumer_loan', 'CNY', 500000, b, 80000, d, p, 'overdue', '[]', $2, $2 from unnest($3::text[], $4::text[], $5::bigint[], $6::text[], $7::int[]) as t(a, e, b, d, p)`,
    [tenant, now, rows.map((r) => r.account), rows.map((r) => r.external), rows.map((r) => r.balance), rows.map((r) => r.due), rows.map((r) => r.dpd)],
  );
  const ppl = rows.flatMap((r) => r.people.map((p, k) => ({ ...p, account: r.account, position: k })));
  await c.query(
    `insert into people (tenant_id, person_id, phone_enc, phone_index, created_at, updated_at)
     select $1, i, ph, ix, $2, $2 from unnest($3::text[], $4::text[], $5::text[]) as t(i, ph, ix)`,
    [tenant, now, ppl.map((p) => p.id), ppl.map((p) => p.phone), ppl.map((p) => p.index)],
  );
  await c.query(
    `insert into account_people (tenant_id, account_id, position, person_id, role, name_enc, time_zones, locale, confirmation, confirmation_at, created_at, updated_at)
     select $1, a, pos, i, r, n, '["Asia/Shanghai"]', 'zh-CN', cf, ca, $2, $2 from unnest($3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[]) as t(a, pos, i, r, n, cf, ca)`,
    [tenant, now, ppl.map((p) => p.account), ppl.map((p) => p.position), ppl.map((p) => p.id), ppl.map((p) => p.role), ppl.map((p) => p.name), ppl.map((p) => p.confirmation), ppl.map((p) => p.confirmationAt)],
  );
  const ev = rows.flatMap((r) => r.events);
  await c.query(
    `insert into contact_events (tenant_id, event_id, at, channel, direction, person_id, party, account_ids, result, purpose, created_at)
     select $1, i, at, 'sms', d, p, pa, ac, r, pu, $2 from unnest($3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) as t(i, at, d, p, pa, ac, r, pu)`,
    [tenant, now, ev.map((e) => e.id), ev.map((e) => e.at), ev.map((e) => e.direction), ev.map((e) => e.person), ev.map((e) => e.party), ev.map((e) => e.accounts), ev.map((e) => e.result), ev.map((e) => e.purpose)],
  );
  await c.query('commit');
};

/** The floor on PostgreSQL: same pages, same set-based reads, `written` rows inserted. */
export const pgFloor = async (c: pg.Client, tenant: string, now: number, accounts: number, written: number, batchSize: number): Promise<{ seconds: number; read: number }> => {
  const touched = new Set((await c.query<{ account_id: string }>('select distinct account_id from messages where tenant_id = $1', [tenant])).rows.map((r) => r.account_id));
  const body = 'x'.repeat(260);
  let n = 0;
  const insert = async (k: number): Promise<void> => {
    const ids: number[] = [];
    for (let j = 0; j < k && n < written; j += 1, n += 1) ids.push(n);
    if (ids.length === 0) return;
    await c.query(
      `insert into messages (tenant_id, message_id, account_id, account_ids, person_id, party, channel, purpose, template_id, to_enc, body_enc, state, decision, scheduled_at, verification_code, plan_key, attempts, state_at, created_at, updated_at)
       select 'floor', 'M' || i, 'A', '["A"]', 'P', 'borrower', 'sms', 'collection', 't', $1, $1, 'planned', '{"allowed":true}', $2, 'C' || i, 'K' || i, 0, $2, $2, $2 from unnest($3::int[]) as t(i)`,
      [body, now, ids],
    );
  };
  const start = performance.now();
  let after = '';
  let read = 0;
  for (;;) {
    const rows = (
      await c.query<{ account_id: string }>(
        `select account_id, product, currency, balance_minor, overdue_minor, due_date, status, flags, debt_group, borrower_status, cease_received_at, disputed_at, verification_sent_at, attorney_known_at
         from accounts where tenant_id = $1 and status = 'overdue' and account_id > $2 order by account_id limit $3`,
        [tenant, after, batchSize],
      )
    ).rows;
    if (rows.length === 0) break;
    read += rows.length;
    const ids = rows.filter((a) => touched.has(a.account_id)).map((a) => a.account_id);
    if (ids.length > 0) {
      const links = (
        await c.query<{ person_id: string }>(
          `select l.account_id, l.person_id, l.role, l.position, l.time_zones, l.locale, l.confirmation, l.confirmation_at, l.suppressed_at, l.name_enc, p.phone_enc, p.suppressed_at as ps
           from account_people l join people p on p.tenant_id = l.tenant_id and p.person_id = l.person_id where l.tenant_id = $1 and l.account_id = any($2)`,
          [tenant, ids],
        )
      ).rows;
      await c.query('select event_id, at, channel, direction, person_id, party, account_ids, result, purpose from contact_events where tenant_id = $1 and person_id = any($2)', [tenant, links.map((l) => l.person_id)]);
    }
    await c.query('begin');
    await insert(Math.ceil((written * rows.length) / accounts));
    await c.query('commit');
    after = rows[rows.length - 1]!.account_id;
  }
  await insert(written);
  return { seconds: (performance.now() - start) / 1000, read };
};
