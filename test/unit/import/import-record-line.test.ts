// The import spool's line format must give back exactly the record it was given.
import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../src/core/model/import-record.js';
import { decodeImportRecord, encodeImportRecord } from '../../../src/cli/import-record-line.js';

const plain: ImportRecord = {
  line: 2,
  externalId: 'L-1',
  product: 'consumer_loan',
  currency: 'CNY',
  principalMinor: 500000,
  balanceMinor: 0,
  overdueMinor: 9007199254740991,
  dueDate: '2026-03-05',
  daysPastDue: 15,
  status: 'overdue',
  flags: [],
  borrower: { name: '王伟', phoneE164: '+8613800138001', timeZones: ['Asia/Shanghai'], locale: 'zh-CN' },
  contacts: [],
};

const awkward = 'a\tb\nc\rd\\e;f\\t\\n\\e\\s end ';
const full: ImportRecord = {
  ...plain,
  line: 123456,
  externalId: awkward,
  flags: ['hardship', 'vip'],
  borrower: {
    externalId: 'P-1',
    name: awkward,
    phoneE164: '+12025550123',
    email: 'a@b.cn',
    timeZones: ['America/New_York', 'America/Chicago'],
    locale: 'en',
  },
  contacts: [
    { name: '李娜', phoneE164: '+8613800138101', timeZones: ['Asia/Shanghai'], locale: 'zh-CN', role: 'emergency_contact', relationship: '配偶' },
    { name: awkward, phoneE164: '+8613800138102', timeZones: ['Asia/Shanghai'], locale: 'zh-CN', role: 'guarantor' },
    { externalId: '', email: '', name: '', phoneE164: '+1', timeZones: [''], locale: 'en', role: 'co_borrower', relationship: '' },
  ],
};

describe('import record line', () => {
  it('round-trips records with optional fields absent, present, empty, and text holding separators', () => {
    for (const r of [plain, full, { ...plain, flags: ['', 'x', ''] }]) {
      const line = encodeImportRecord(r);
      expect(line).not.toContain('\n');
      expect(decodeImportRecord(line)).toStrictEqual(r);
    }
  });

  it('is one JSON array with the values in a fixed order', () => {
    expect(encodeImportRecord(plain)).toBe(
      '[2,"L-1","consumer_loan","CNY",500000,0,9007199254740991,"2026-03-05",15,"overdue",[],[null,"王伟","+8613800138001",null,["Asia/Shanghai"],"zh-CN"],[]]',
    );
  });
});
