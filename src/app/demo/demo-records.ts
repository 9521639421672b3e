// The demo book `tact start` loads into an empty database: made-up borrowers and their
// emergency contacts, at days past due chosen so that today's plan has work at every
// step of the default ladder. Deterministic (a function of the index and today's date),
// so two fresh starts on the same day load the same book. Numbers are fictional: cn
// uses the 138/139 ranges, us-regf the 555-01xx range reserved for fiction.
import type { ImportedContact, ImportRecord } from '../../core/model/import-record.js';

export interface DemoBook {
  readonly tenant: 'demo-cn' | 'demo-us';
  readonly accounts: number;
}

// Ladder days (dpd1…dpd60) first, then consent/location days (8, 22, 29), then others.
const cnDays = [1, 3, 7, 15, 30, 60, 8, 22, 29, 2, 5, 10, 12, 20, 45, 75] as const;
const usDays = [1, 3, 7, 15, 30, 60, 2, 9, 21, 40] as const;

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'] as const;
const given = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '婷', '强', '丽'] as const;
const relations = ['配偶', '父亲', '母亲', '同事', '朋友', '兄弟', '姐妹'] as const;
const firstNames = ['Alex', 'Jordan', 'Sam', 'Taylor', 'Morgan', 'Casey', 'Riley', 'Jamie', 'Avery', 'Quinn'] as const;
const lastNames = ['Smith', 'Johnson', 'Lee', 'Garcia', 'Brown', 'Davis', 'Miller', 'Wilson', 'Moore'] as const;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** YYYY-MM-DD `days` before `date` (calendar arithmetic, no zone involved). */
export const isoDaysBefore = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
};

/** Days past due of demo account i. */
export const demoDaysPastDue = (book: DemoBook, i: number): number => pick(book.tenant === 'demo-cn' ? cnDays : usDays, i);

export const demoBorrowerPhone = (book: DemoBook, i: number): string =>
  book.tenant === 'demo-cn' ? `+86138${String(100_000_000 + i).slice(1)}` : `+1212555${String(100 + (i % 100)).padStart(4, '0')}`;

export const demoContactPhone = (book: DemoBook, i: number): string =>
  book.tenant === 'demo-cn' ? `+86139${String(100_000_000 + i).slice(1)}` : `+1646555${String(100 + (i % 100)).padStart(4, '0')}`;

/** Every cn account but each fifth has one emergency contact; us-regf accounts have none. */
export const demoHasContact = (book: DemoBook, i: number): boolean => book.tenant === 'demo-cn' && i % 5 !== 4;

const cnRecord = (book: DemoBook, i: number, today: string): ImportRecord => {
  const dpd = demoDaysPastDue(book, i);
  const overdue = 50_000 + (i % 17) * 12_500; // ¥500 … ¥2,500, minor units (fen)
  const contacts: ImportedContact[] = demoHasContact(book, i)
    ? [{
        role: 'emergency_contact', relationship: pick(relations, i), name: `${pick(surnames, i + 5)}${pick(given, i + 3)}`,
        phoneE164: demoContactPhone(book, i), timeZones: ['Asia/Shanghai'], locale: 'zh-CN',
      }]
    : [];
  return {
    line: i + 2, externalId: `cn-${String(i + 1).padStart(4, '0')}`, product: i % 3 === 0 ? 'installment' : 'cash-loan', currency: 'CNY',
    principalMinor: overdue * 8, balanceMinor: overdue * 5, overdueMinor: overdue,
    dueDate: isoDaysBefore(today, dpd), daysPastDue: dpd, status: 'overdue', flags: [],
    borrower: { name: `${pick(surnames, i)}${pick(given, i * 7)}`, phoneE164: demoBorrowerPhone(book, i), timeZones: ['Asia/Shanghai'], locale: 'zh-CN' },
    contacts,
  };
};

const usRecord = (book: DemoBook, i: number, today: string): ImportRecord => {
  const dpd = demoDaysPastDue(book, i);
  const overdue = 15_000 + (i % 13) * 2_500; // $150 … $450, minor units (cents)
  return {
    line: i + 2, externalId: `us-${String(i + 1).padStart(4, '0')}`, product: 'personal-loan', currency: 'USD',
    principalMinor: overdue * 10, balanceMinor: overdue * 6, overdueMinor: overdue,
    dueDate: isoDaysBefore(today, dpd), daysPastDue: dpd, status: 'overdue', flags: [],
    borrower: {
      name: `${pick(firstNames, i)} ${pick(lastNames, i * 3)}`, phoneE164: demoBorrowerPhone(book, i),
      timeZones: ['America/New_York'], locale: 'en',
    },
    contacts: [],
  };
};

/** The book's rows for `today` (YYYY-MM-DD in the tenant's zone). */
export const demoRecords = (book: DemoBook, today: string): readonly ImportRecord[] =>
  Array.from({ length: book.accounts }, (_, i) => (book.tenant === 'demo-cn' ? cnRecord(book, i, today) : usRecord(book, i, today)));
