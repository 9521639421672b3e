// How an edge (CLI, server) gets a store: main/ implements this from --db / TACT_DB and
// the master key. Configuration mistakes are values; an unreachable database throws
// TactError TACT_ERR_STORE_UNAVAILABLE.
import type { TactFailure } from '../../core/errors.js';
import type { Result } from '../../core/result.js';
import type { StoreHandle } from './store.js';

export interface StoreLocation {
  /** Command-line arguments; `--db URL` / `--db=URL` is read from them. */
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Operator warnings (stderr), e.g. "created a new master key file". */
  readonly warn: (line: string) => void;
}

export type OpenStore = (where: StoreLocation) => Promise<Result<StoreHandle, TactFailure>>;
