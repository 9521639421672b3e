// The reject file of `tact import --skip-invalid`: each bad row exactly as read, plus an
// `error` column with its problems, in the input's own format. After correcting the rows
// the lender imports the file as is (the importer ignores the `error` column). CSV reject
// files start with a UTF-8 BOM so that Excel shows Chinese names correctly.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { RejectSink } from '../app/import-accounts.js';
import type { ImportFormat } from '../app/import/import-rows.js';
import { errorColumn } from '../core/model/import-columns.js';

const csvField = (v: string): string => (/[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v);
const csvLine = (values: readonly string[]): string => `${values.map(csvField).join(',')}\n`;

export interface RejectFile extends RejectSink {
  readonly count: () => number;
  readonly close: () => void;
}

export const openRejectFile = (path: string, format: ImportFormat): RejectFile => {
  let fd: number | undefined;
  let rows = 0;
  let errorAt = -1;
  const put = (text: string): void => {
    fd ??= openSync(path, 'w', 0o600);
    writeSync(fd, text);
  };
  return {
    write: (row, header, error) => {
      rows += 1;
      if (format === 'jsonl') {
        put(`${JSON.stringify({ ...row.fields, [errorColumn]: error })}\n`);
        return;
      }
      const h = header ?? [];
      if (rows === 1) {
        errorAt = h.indexOf(errorColumn);
        put(`\uFEFF${csvLine(errorAt === -1 ? [...h, errorColumn] : h)}`);
      }
      const values = [...(row.values ?? [])];
      while (values.length < h.length) values.push('');
      if (errorAt === -1) values.splice(h.length, 0, error);
      else values[errorAt] = error;
      put(csvLine(values));
    },
    count: () => rows,
    close: () => {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
};
