// What a sub-command may touch of the outside world. main/ builds the real one from
// process; tests build one in memory, so every command is tested in-process.
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whole standard input as UTF-8. */
  readonly readStdin: () => Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** True when stdout is a terminal (progress bars, colours). */
  readonly isTty: boolean;
}
