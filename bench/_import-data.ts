// Synthetic import files for bench/import.ts: realistic rows (80 % Chinese, 20 % US),
// each with a borrower and two contacts, every number unique and valid. Deterministic:
// row i is always the same row, so runs are comparable.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export const importHeader = [
  'external_id', 'product', 'currency', 'principal', 'balance', 'amount_overdue', 'due_date', 'days_past_due',
  'status', 'flags', 'borrower_name', 'borrower_phone', 'borrower_email', 'borrower_address_region', 'locale',
  'contact1_name', 'contact1_phone', 'contact1_role', 'contact1_relationship',
  'contact2_name', 'contact2_phone', 'contact2_role', 'contact2_relationship',
];

const cnNames = ['王伟', '李娜', '张敏', '刘洋', '陈静', '杨磊', '赵丽', '黄强', '周杰', '吴芳'];
const usNames = ['Alex Smith', 'Maria Garcia', 'James Brown', 'Linda Chen', 'David Lee', 'Susan Clark'];
const usAreas = ['202', '212', '312', '415', '512', '602', '617', '713', '808', '907'];

const cnPhone = (prefix: string, i: number): string => `+86 ${prefix}${String(i).padStart(8, '0')}`;
const usPhone = (role: number, i: number): string =>
  `+1 ${usAreas[(i + role * 3) % usAreas.length]} ${200 + ((Math.floor(i / 10000) + role * 211) % 800)} ${String(i % 10000).padStart(4, '0')}`;

export const importRow = (i: number): string => {
  const us = i % 5 === 4;
  const principal = 1000 + (i % 97) * 250;
  const balance = principal - (i % 13) * 50;
  const overdue = (i % 7) * 120 + 0.5;
  const day = 1 + (i % 28);
  const name = (k: number): string => (us ? usNames : cnNames)[(i + k) % (us ? usNames.length : cnNames.length)] as string;
  const phone = (k: number): string => (us ? usPhone(k, i) : cnPhone(['138', '139', '137'][k] as string, i));
  return [
    `L${String(i).padStart(8, '0')}`,
    us ? 'card' : 'consumer_loan',
    us ? 'USD' : 'CNY',
    principal.toFixed(2),
    balance.toFixed(2),
    overdue.toFixed(2),
    `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    String(i % 90),
    '',
    i % 11 === 0 ? 'hardship' : '',
    name(0),
    phone(0),
    us ? `user${i}@example.com` : '',
    us ? 'US-NY' : 'CN',
    us ? 'en' : 'zh-CN',
    name(1),
    phone(1),
    'emergency_contact',
    us ? 'sister' : '配偶',
    name(2),
    phone(2),
    i % 3 === 0 ? 'guarantor' : 'emergency_contact',
    us ? 'friend' : '同事',
  ].join(',');
};

/** Writes a CSV of `rows` rows to `path`; returns its size in bytes. */
export const writeImportCsv = async (path: string, rows: number): Promise<number> => {
  const out = createWriteStream(path);
  let size = 0;
  const put = async (s: string): Promise<void> => {
    size += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await put(`${importHeader.join(',')}\n`);
  let block: string[] = [];
  for (let i = 0; i < rows; i += 1) {
    block.push(importRow(i));
    if (block.length === 1000) {
      await put(`${block.join('\n')}\n`);
      block = [];
    }
  }
  if (block.length > 0) await put(`${block.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
  return size;
};
