// The import's progress bar on a terminal (stderr, so stdout keeps only the summary):
// first the validation pass by bytes read, then the write pass by rows written.
import cliProgress from 'cli-progress';
import type { ImportProgress } from '../app/import-accounts.js';
import type { CliIo } from './cli-io.js';

export interface ProgressBar {
  readonly update: (p: ImportProgress) => void;
  readonly stop: () => void;
}

const none: ProgressBar = { update: () => undefined, stop: () => undefined };

export const importProgressBar = (io: CliIo, fileBytes: number): ProgressBar => {
  if (!io.isTty) return none;
  // cli-progress writes escape sequences to a stream; this one forwards to io.stderr.
  const stream = { isTTY: true, columns: 100, write: (s: string) => (io.stderr(s), true) } as unknown as NodeJS.WriteStream;
  const bar = new cliProgress.SingleBar(
    { stream, format: '{phase} [{bar}] {percentage}% | {rows} rows', hideCursor: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | undefined;
  return {
    update: (p) => {
      if (phase !== p.phase) {
        if (phase !== undefined) bar.stop();
        phase = p.phase;
        bar.start(p.phase === 'validate' ? Math.max(fileBytes, 1) : 0, 0, { phase: p.phase === 'validate' ? 'checking' : 'writing ', rows: 0 });
      }
      if (p.phase === 'validate') bar.update(p.bytes, { rows: p.rows });
      else {
        bar.setTotal(Math.max(p.total ?? p.rows, 1));
        bar.update(p.rows, { rows: p.rows });
      }
    },
    stop: () => {
      if (phase !== undefined) bar.stop();
      phase = undefined;
    },
  };
};
