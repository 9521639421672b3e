// External ids seen so far in one file, to reject a second row for the same account.
// Every row's id counts, valid or not: a bad first row must not let a later duplicate
// through, or correcting the reject file would silently overwrite the later row.
import type { TactFailure } from '../../core/errors.js';
import { failure } from '../../core/errors.js';
import type { RawRow } from './import-rows.js';

export type DuplicateTracker = Map<string, number>;

export const duplicateTracker = (): DuplicateTracker => new Map();

export const checkDuplicate = (seen: DuplicateTracker, row: RawRow): readonly TactFailure[] => {
  const raw = row.fields['external_id'];
  const id = raw === undefined || raw === null ? '' : String(raw).trim();
  if (id === '') return [];
  const first = seen.get(id);
  if (first === undefined) {
    // A copy, not the field itself: a field of 13 characters or more may be a slice of the
    // whole chunk of text it was read from, and a million kept ids would keep the file.
    seen.set(id.length < 13 ? id : ` ${id}`.slice(1), row.line);
    return [];
  }
  return [
    failure('TACT_ERR_IMPORT_DUPLICATE_EXTERNAL_ID', {
      line: row.line,
      path: 'external_id',
      message: `The external id already appeared on line ${first} of this file.`,
    }),
  ];
};
