// The import bench's floors (bench/import.ts, docs/import.md "Speed"): what the writing
// pass cannot go below on this machine with this schema and these requirements.
//  - insert floor: the same rows (the bench's generated rows, parsed and sealed exactly as
//    the store seals them, BEFORE the clock starts) inserted into a fresh, migrated SQLite
//    file with the store's pragmas, through plain prepared statements, one transaction per
//    batch of the same size: per row 1 account, 3 people, 3 account_people rows with all
//    their indexes and foreign keys. No lookups, no suppression check, no audit event, no
//    JavaScript row building: only SQLite's inserts and commits.
//  - crypto floor: the same node:crypto work the store does per row, alone: the blind index
//    and suppression hash of each number, the import hash, and AES-256-GCM seals of each
//    number, name and e-mail address (through the real Cipher and the store's own helpers).
// Both are timed in CPU seconds of the process (process.cpuUsage around the timed calls;
// nothing else runs then but V8's helper threads).
import Database from 'better-sqlite3';
import { createNodeCipher } from '../src/adapters/system/node-cipher.js';
import { importHash, linkRow, newAccountRow, partiesOf } from '../src/adapters/storage/sql/import-rows.js';
import type { SqlContext } from '../src/adapters/storage/sql/sql-context.js';
import { seal } from '../src/adapters/storage/sql/sql-context.js';
import type { AccountPeopleTable, AccountsTable, PeopleTable } from '../src/adapters/storage/sql/schema.js';
import type { ImportFields } from '../src/core/model/import-fields.js';
import type { ImportRecord } from '../src/core/model/import-record.js';
import { parseImportRow } from '../src/core/model/parse-import-row.js';
import type { TenantId } from '../src/core/model/ids.js';
import { importHeader, importRow } from './_import-data.js';

export interface ImportFloor {
  /** CPU seconds of the inserts and commits alone. */
  readonly insertCpuSeconds: number;
  /** CPU seconds of the commits alone (part of insertCpuSeconds). */
  readonly commitCpuSeconds: number;
  /** CPU seconds of the crypto alone (seals + HMACs as the store does them). */
  readonly cryptoCpuSeconds: number;
  readonly cryptoSealCpuSeconds: number;
  readonly cryptoHmacCpuSeconds: number;
}

const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

/** The bench's row i as the checking pass validates it (untimed set-up). */
export const benchRecord = (i: number): ImportRecord => {
  const values = importRow(i).split(',');
  const fields: Record<string, string> = {};
  importHeader.forEach((h, k) => (fields[h] = values[k] as string));
  const parsed = parseImportRow(fields as ImportFields, i + 2, { defaultRegion: 'CN', defaultTimeZone: 'Asia/Shanghai', today: '2026-11-28' });
  if (!parsed.ok) throw new Error(`bench row ${i} does not parse`);
  return parsed.value;
};

const insertSql = (table: string, row: object): string => {
  const cols = Object.keys(row);
  return `insert into "${table}" (${cols.map((c) => `"${c}"`).join(', ')}) values (${cols.map(() => '?').join(', ')})`;
};

/**
 * Runs both floors for `rows` rows in batches of `batchSize` on `db` (a fresh file with
 * the store's schema and pragmas, and `tenant` created), with a cipher on `masterKey`.
 */
export const importFloor = (db: Database.Database, tenant: TenantId, masterKey: Uint8Array, rows: number, batchSize: number): ImportFloor => {
  const cipher = createNodeCipher(masterKey);
  // The store's row builders need only the cipher of the context.
  const ctx = { cipher } as unknown as SqlContext;
  const salt = cipher.newSalt();
  let id = 0;
  const newId = (): string => `f${String((id += 1)).padStart(12, '0')}`;
  const now = Date.parse('2026-11-28T00:00:00Z');
  let insert = 0;
  let commit = 0;
  let sealCpu = 0;
  let hmacCpu = 0;
  let statements: { account: Database.Statement; person: Database.Statement; link: Database.Statement } | undefined;
  const begin = db.prepare('begin immediate');
  const end = db.prepare('commit');
  for (let start = 0; start < rows; start += batchSize) {
    const records: ImportRecord[] = [];
    for (let i = start; i < Math.min(rows, start + batchSize); i += 1) records.push(benchRecord(i));

    // Crypto floor: what upsertImportBatch computes per row (import-batch.ts, import-people.ts, import-rows.ts).
    let t = cpuNow();
    const keys: { index: string; hash: string }[][] = [];
    const hashes: string[] = [];
    for (const r of records) {
      keys.push(partiesOf(r).map((p) => ({ index: cipher.blindIndex(tenant, p.person.phoneE164), hash: cipher.suppressionHash(salt, p.person.phoneE164) })));
      hashes.push(importHash(ctx, tenant, r));
    }
    let t2 = cpuNow();
    hmacCpu += t2 - t;
    t = t2;
    for (const r of records) {
      for (const { person } of partiesOf(r)) {
        seal(ctx, tenant, 'people.phone', person.phoneE164);
        seal(ctx, tenant, 'account_people.name', person.name);
        if (person.email !== undefined) seal(ctx, tenant, 'account_people.email', person.email);
      }
    }
    sealCpu += cpuNow() - t;

    // The rows, sealed again by the store's own builders (untimed).
    const accounts: AccountsTable[] = [];
    const people: PeopleTable[] = [];
    const links: AccountPeopleTable[] = [];
    records.forEach((r, k) => {
      const account = newId();
      accounts.push(newAccountRow(tenant, account, r, hashes[k] as string, now));
      partiesOf(r).forEach((p, j) => {
        const person = newId();
        people.push({
          tenant_id: tenant,
          person_id: person,
          phone_enc: seal(ctx, tenant, 'people.phone', p.person.phoneE164),
          phone_index: (keys[k] as { index: string }[])[j]?.index as string,
          suppressed_at: null,
          created_at: now,
          updated_at: now,
        });
        links.push(linkRow(ctx, tenant, account, p, person, undefined, null, now));
      });
    });

    // Insert floor: plain prepared statements, values ready.
    statements ??= {
      account: db.prepare(insertSql('accounts', accounts[0] as object)),
      person: db.prepare(insertSql('people', people[0] as object)),
      link: db.prepare(insertSql('account_people', links[0] as object)),
    };
    const a = accounts.map((r) => Object.values(r));
    const p = people.map((r) => Object.values(r));
    const l = links.map((r) => Object.values(r));
    t = cpuNow();
    begin.run();
    for (const v of a) statements.account.run(v);
    for (const v of p) statements.person.run(v);
    for (const v of l) statements.link.run(v);
    t2 = cpuNow();
    end.run();
    const t3 = cpuNow();
    insert += t3 - t;
    commit += t3 - t2;
  }
  return {
    insertCpuSeconds: insert,
    commitCpuSeconds: commit,
    cryptoCpuSeconds: sealCpu + hmacCpu,
    cryptoSealCpuSeconds: sealCpu,
    cryptoHmacCpuSeconds: hmacCpu,
  };
};
