// Runs the SMSC simulator in its own process for bench/smpp.ts, so the simulator and the
// client under test do not share one core. Prints {"port":N} once listening; on a line
// "stats" on stdin prints the stats and the process's CPU time so far (ms) as JSON; exits
// when stdin closes.
import { createInterface } from 'node:readline';
import { startSmsc } from '../src/adapters/sms/simulator/smsc-server.js';

const smsc = await startSmsc({ port: 0, keepMessages: 1000 });
process.stdout.write(`${JSON.stringify({ port: smsc.port })}\n`);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const cpu = process.cpuUsage();
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (line.trim() === 'stats') process.stdout.write(`${JSON.stringify({ ...smsc.stats(), cpuMs })}\n`);
});
lines.on('close', () => {
  void smsc.close().then(() => process.exit(0));
});
