// Validated records wait here between the validation pass and the write pass, so a file
// is parsed once yet nothing is written until every row has been checked. The CLI spools
// to a temporary file (src/cli/file-record-spool.ts); tests and small imports use memory.
import type { ImportRecord } from '../../core/model/import-record.js';

export interface RecordSpool {
  readonly append: (records: readonly ImportRecord[]) => Promise<void>;
  /** The appended records in order, in chunks; call once, after the last append. */
  readonly replay: () => AsyncIterable<readonly ImportRecord[]>;
  /** Frees what the spool holds (deletes the file); safe to call twice. */
  readonly dispose: () => Promise<void>;
}

export const memoryRecordSpool = (): RecordSpool => {
  let chunks: (readonly ImportRecord[])[] = [];
  return {
    append: async (records) => {
      if (records.length > 0) chunks.push(records);
    },
    replay: async function* () {
      yield* chunks;
    },
    dispose: async () => {
      chunks = [];
    },
  };
};
