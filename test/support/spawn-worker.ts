// Starts test/support/dispatch-worker-process.ts as a child process (node --import tsx).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface WorkerRun {
  readonly child: ChildProcess;
  /** Resolves with the exit code/signal and the JSON counts (when it finished). */
  readonly done: Promise<{ code: number | null; signal: NodeJS.Signals | null; counts?: Record<string, number>; stderr: string }>;
}

const script = fileURLToPath(new URL('./dispatch-worker-process.ts', import.meta.url));

export const spawnWorker = (env: Record<string, string>): WorkerRun => {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; counts?: Record<string, number>; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => {
      const line = out.trim().split('\n').at(-1);
      let counts: Record<string, number> | undefined;
      try {
        counts = line ? (JSON.parse(line) as Record<string, number>) : undefined;
      } catch {
        counts = undefined;
      }
      resolve({ code, signal, ...(counts === undefined ? {} : { counts }), stderr: err.slice(-2000) });
    });
  });
  return { child, done };
};
