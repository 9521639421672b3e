// The SMSC simulator's message log: one JSON object per line, appended. Writes are
// batched (every 50 ms or 64 KiB) so logging does not cap the simulator's rate.
// TEST/DEMO TOOL: the log holds whole message texts — one-time codes included — and
// phone numbers. Point it at a throw-away file, never at production traffic.
import { createWriteStream, type WriteStream } from 'node:fs';

export class SmscLog {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly opened: Promise<void>;

  constructor(path: string) {
    this.stream = createWriteStream(path, { flags: 'a', mode: 0o600 });
    this.opened = new Promise((resolve, reject) => {
      this.stream.once('open', () => resolve());
      this.stream.once('error', reject);
    });
  }

  /** Resolves once the file is open; rejects when it cannot be opened. */
  ready(): Promise<void> {
    return this.opened;
  }

  append(record: object): void {
    const line = `${JSON.stringify(record)}\n`;
    this.buffer.push(line);
    this.bytes += line.length;
    if (this.bytes >= 65_536) this.flush();
    else if (this.timer === undefined) this.timer = setTimeout(() => this.flush(), 50);
  }

  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.buffer.length === 0) return;
    this.stream.write(this.buffer.join(''));
    this.buffer = [];
    this.bytes = 0;
  }

  close(): Promise<void> {
    this.flush();
    return new Promise((resolve) => this.stream.end(() => resolve()));
  }
}
