// What the store contract suite needs from each database: a way to open (more)
// handles on one database, raw SQL around the store (to look at stored bytes and to
// tamper), and the URL for the CLI. Personal data seeded here is fake.
import { Writable } from 'node:stream';
import type { Cipher } from '../../src/app/ports/cipher.js';
import type { Logger } from '../../src/app/ports/logger.js';
import type { StoreHandle } from '../../src/app/ports/store.js';
import { createPinoLogger } from '../../src/adapters/system/pino-logger.js';
import type { ImportRecord } from '../../src/core/model/import-record.js';

export interface RawSql {
  /** Runs SQL with literals only (no parameters), returns rows. */
  all(text: string): Promise<readonly Record<string, unknown>[]>;
  run(text: string): Promise<void>;
  /** Every (table, column) holding text or bytes, across the whole schema. */
  textColumns(): Promise<readonly { readonly table: string; readonly column: string }[]>;
}

export interface OpenOptions {
  readonly cipher: Cipher;
  readonly logger: Logger;
  /** Epoch ms UTC; default Date.now. */
  readonly now?: () => number;
}

export interface StoreTarget {
  readonly name: string;
  readonly open: (options: OpenOptions) => Promise<StoreHandle>;
  readonly raw: RawSql;
  /** `--db` value for the CLI. */
  readonly dbUrl: string;
  readonly cleanup: () => Promise<void>;
}

/** A logger whose JSON lines land in memory, for the "no personal data in logs" check. */
export const capturingLogger = (): { readonly logger: Logger; readonly output: () => string } => {
  let text = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { logger: createPinoLogger({ level: 'debug', destination: sink }), output: () => text };
};

let counter = 0;
/** A fresh number in a test-private range, so scans of the whole database are exact. */
export const freshPhone = (): string => {
  counter += 1;
  return `+86137${String(process.pid % 1000).padStart(3, '0')}${String(counter).padStart(5, '0')}`;
};

export const sampleRecord = (
  externalId: string,
  over: Partial<Omit<ImportRecord, 'borrower' | 'contacts'>> & {
    readonly borrowerName?: string;
    readonly borrowerPhone?: string;
    readonly contactName?: string;
    readonly contactPhone?: string;
  } = {},
): ImportRecord => {
  const { borrowerName, borrowerPhone, contactName, contactPhone, ...account } = over;
  return {
    line: 2,
    externalId,
    product: 'cash-loan',
    currency: 'CNY',
    principalMinor: 1_000_000,
    balanceMinor: 640_000,
    overdueMinor: 80_000,
    dueDate: '2026-10-01',
    daysPastDue: 12,
    status: 'overdue',
    flags: [],
    borrower: {
      name: borrowerName ?? '测试借款人',
      phoneE164: borrowerPhone ?? freshPhone(),
      email: 'borrower@example.test',
      timeZones: ['Asia/Shanghai'],
      locale: 'zh-CN',
    },
    contacts: [
      {
        role: 'emergency_contact',
        relationship: '同事',
        name: contactName ?? '测试联系人',
        phoneE164: contactPhone ?? freshPhone(),
        timeZones: ['Asia/Shanghai'],
        locale: 'zh-CN',
      },
    ],
    ...account,
  };
};

/** Every stored text value that contains any of the needles, as "table.column". */
export const findInDatabase = async (raw: RawSql, needles: readonly string[]): Promise<readonly string[]> => {
  const hits: string[] = [];
  for (const { table, column } of await raw.textColumns()) {
    const rows = await raw.all(`select "${column}" as v from "${table}" where "${column}" is not null`);
    for (const r of rows) {
      const v = r['v'];
      const text = Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
      for (const n of needles) if (text.includes(n)) hits.push(`${table}.${column}`);
    }
  }
  return [...new Set(hits)];
};
