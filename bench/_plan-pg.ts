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

/** A floor's result: wall and CPU seconds of its timed sections, accounts read. */
export interface Floor {
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** Wall seconds of the account pages alone. */
  readonly pagesSeconds: number;
  readonly read: number;
}

/** Accumulates wall and CPU time of the sections between start() and stop(). */
export const floorClock = (): { start: () => void; stop: () => void; total: () => { seconds: number; cpuSeconds: number } } => {
  let wall = 0;
  let cpu = 0;
  let w0 = 0;
  let c0: NodeJS.CpuUsage | undefined;
  return {
    start: () => {
      w0 = performance.now();
      c0 = process.cpuUsage();
    },
    stop: () => {
      wall += performance.now() - w0;
      const c = process.cpuUsage(c0);
      cpu += c.user + c.system;
    },
    total: () => ({ seconds: wall / 1000, cpuSeconds: cpu / 1e6 }),
  };
};

const arrayType: Readonly<Record<string, string>> = { text: 'text[]', bigint: 'bigint[]', integer: 'int[]' };

/**
 * The floor on PostgreSQL: the same pages and set-based reads, and the plan's own output
 * rows inserted again (tenant "floor") with one unnest() insert per `batchSize` accounts
 * written to. Only those reads and inserts are timed; fetching the rows to copy is not.
 * CPU is this process's (the client's); the server's work shows in the wall time.
 */
export const pgFloor = async (c: pg.Client, tenant: string, batchSize: number): Promise<Floor> => {
  const touched = new Set((await c.query<{ account_id: string }>('select distinct account_id from messages where tenant_id = $1', [tenant])).rows.map((r) => r.account_id));
  const columns = (
    await c.query<{ column_name: string; data_type: string }>(
      `select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = 'messages' order by ordinal_position`,
    )
  ).rows;
  const insertSql = `insert into messages (${columns.map((x) => x.column_name).join(', ')}) select * from unnest(${columns.map((x, i) => `$${i + 1}::${arrayType[x.data_type] ?? 'text[]'}`).join(', ')})`;
  const clock = floorClock();
  let pending: string[] = [];
  const flush = async (): Promise<void> => {
    const out = (await c.query<Record<string, unknown>>('select * from messages where tenant_id = $1 and account_id = any($2)', [tenant, pending])).rows;
    pending = [];
    clock.start();
    await c.query('begin');
    await c.query(insertSql, columns.map((x) => out.map((r) => (x.column_name === 'tenant_id' ? 'floor' : r[x.column_name]))));
    await c.query('commit');
    clock.stop();
  };
  let after = '';
  let read = 0;
  let pages = 0;
  for (;;) {
    clock.start();
    const p0 = performance.now();
    const rows = (
      await c.query<{ account_id: string }>(
        `select account_id, product, currency, balance_minor, overdue_minor, due_date, status, flags, debt_group, borrower_status, cease_received_at, disputed_at, verification_sent_at, attorney_known_at
         from accounts where tenant_id = $1 and status = 'overdue' and account_id > $2 order by account_id limit $3`,
        [tenant, after, batchSize],
      )
    ).rows;
    pages += performance.now() - p0;
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
    clock.stop();
    if (rows.length === 0) break;
    pending.push(...ids);
    if (pending.length >= batchSize) await flush();
    after = rows[rows.length - 1]!.account_id;
  }
  if (pending.length > 0) await flush();
  return { ...clock.total(), pagesSeconds: pages / 1000, read };
};
