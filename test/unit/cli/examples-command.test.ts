import { describe, expect, it } from 'vitest';
import { examplesCommand } from '../../../src/cli/examples-command.js';
import { main } from '../../../src/main/tact.js';
import { memoryIo } from '../../support/memory-io.js';

describe('tact examples', () => {
  it('says what Tact is and decides every shipped example', async () => {
    const io = memoryIo();
    expect(await main(['examples'], io)).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^Tact — overdue-loan reminders/);
    expect(io.err()).toBe('');
    // One block per example: file name, summary line, decision.
    expect(out).toContain('us-regf-sms-quiet-hours-two-zones.json');
    expect(out).toContain('us-regf · sms to the borrower · collection · 2026-03-09T14:30:00Z · America/New_York + America/Los_Angeles');
    expect(out).toContain('→ blocked (earliest allowed 2026-03-09T15:00:00.000Z)');
    expect(out).toContain('POLICY_QUIET_HOURS — quiet-hours, statutory');
    expect(out).toContain('POLICY_CALL_FREQUENCY');
    expect(out).toContain('→ blocked (only a change of state can allow it)');
    expect(out).toContain('TACT_ERR_POLICY_LOOSER_THAN_LAW at $.overrides["call-frequency.maxCalls"]');
    expect(out.match(/→ allowed/g)?.length).toBe(2);
    expect(out.match(/\.json\n/g)?.length).toBe(7);
  });

  it('prints no phone number', async () => {
    const io = memoryIo();
    await examplesCommand.run([], io);
    expect(io.out()).not.toMatch(/\+\d{8,}/);
  });

  it('has help', async () => {
    const io = memoryIo();
    expect(await main(['examples', '--help'], io)).toBe(0);
    expect(io.out()).toContain('Usage: tact examples');
  });
});
