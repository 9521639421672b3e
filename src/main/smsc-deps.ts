// Wires `tact smsc` to the SMSC simulator adapter and to the process's stop signals.
import { readFileSync } from 'node:fs';
import { startSmsc } from '../adapters/sms/simulator/smsc-server.js';
import type { SmscCommandDeps } from '../cli/smsc-command.js';

/** Resolves on the first SIGINT or SIGTERM (a second one then ends the process the default way). */
export const untilSignal = (): Promise<void> =>
  new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

export const smscDeps = (): SmscCommandDeps => ({
  startSmsc: (options) => startSmsc(options),
  untilStopped: untilSignal,
  readTextFile: (path) => readFileSync(path, 'utf8'),
});
