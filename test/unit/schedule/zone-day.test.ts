// DST and zones without DST: local days and permitted windows as UTC intervals.
// Source: tz database (US DST 2026: begins 2026-03-08 02:00, ends 2026-11-01 02:00 local).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideHours, nextInsideHours, permittedWindow } from '../../../src/core/schedule/permitted-window.js';
import { localMinute, tableDayAt, wallToUtc, zoneDayAt, zoneTable } from '../../../src/core/schedule/zone-day.js';

const utc = (iso: string): number => Date.parse(iso);
const iso = (ms: number): string => new Date(ms).toISOString();
const H = 3_600_000;

describe('local days across the 2026 US DST transitions', () => {
  const rows: readonly { zone: string; day: string; hours: number; start: string; from8: string; to21: string }[] = [
    { zone: 'America/New_York', day: '2026-03-07', hours: 24, start: '2026-03-07T05:00:00.000Z', from8: '2026-03-07T13:00:00.000Z', to21: '2026-03-08T02:00:00.000Z' },
    { zone: 'America/New_York', day: '2026-03-08', hours: 23, start: '2026-03-08T05:00:00.000Z', from8: '2026-03-08T12:00:00.000Z', to21: '2026-03-09T01:00:00.000Z' },
    { zone: 'America/New_York', day: '2026-11-01', hours: 25, start: '2026-11-01T04:00:00.000Z', from8: '2026-11-01T13:00:00.000Z', to21: '2026-11-02T02:00:00.000Z' },
    { zone: 'America/Chicago', day: '2026-03-08', hours: 23, start: '2026-03-08T06:00:00.000Z', from8: '2026-03-08T13:00:00.000Z', to21: '2026-03-09T02:00:00.000Z' },
    { zone: 'America/Chicago', day: '2026-11-01', hours: 25, start: '2026-11-01T05:00:00.000Z', from8: '2026-11-01T14:00:00.000Z', to21: '2026-11-02T03:00:00.000Z' },
    { zone: 'America/Phoenix', day: '2026-03-08', hours: 24, start: '2026-03-08T07:00:00.000Z', from8: '2026-03-08T15:00:00.000Z', to21: '2026-03-09T04:00:00.000Z' },
    { zone: 'America/Phoenix', day: '2026-11-01', hours: 24, start: '2026-11-01T07:00:00.000Z', from8: '2026-11-01T15:00:00.000Z', to21: '2026-11-02T04:00:00.000Z' },
    { zone: 'Asia/Shanghai', day: '2026-03-08', hours: 24, start: '2026-03-07T16:00:00.000Z', from8: '2026-03-08T00:00:00.000Z', to21: '2026-03-08T13:00:00.000Z' },
    { zone: 'Pacific/Honolulu', day: '2026-11-01', hours: 24, start: '2026-11-01T10:00:00.000Z', from8: '2026-11-01T18:00:00.000Z', to21: '2026-11-02T07:00:00.000Z' },
  ];
  it.each(rows)('$zone $day: $hours h, 08:00–21:00 = [$from8, $to21)', (r) => {
    const zd = zoneDayAt(r.zone, utc(`${r.day}T12:00:00-12:00`) - 6 * H);
    const local = zoneDayAt(r.zone, utc(r.start));
    expect(local.ymd).toBe(r.day);
    expect(iso(local.start)).toBe(r.start);
    expect((local.end - local.start) / H).toBe(r.hours);
    const w = permittedWindow(local, 480, 1260);
    expect(iso(w.start)).toBe(r.from8);
    expect(iso(w.end)).toBe(r.to21);
    expect(zd.zone).toBe(r.zone);
  });

  it('a wall time skipped by the spring change maps to the change itself; a repeated one to its first occurrence', () => {
    const spring = zoneDayAt('America/New_York', utc('2026-03-08T12:00:00Z'));
    expect(iso(wallToUtc(spring, 150))).toBe('2026-03-08T07:00:00.000Z'); // 02:30 does not exist
    expect(iso(wallToUtc(spring, 180))).toBe('2026-03-08T07:00:00.000Z'); // 03:00 EDT
    const fall = zoneDayAt('America/New_York', utc('2026-11-01T12:00:00Z'));
    expect(iso(wallToUtc(fall, 90))).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT, first
    expect(localMinute(fall, utc('2026-11-01T06:30:00Z'))).toBe(90); // 01:30 EST, second
    expect(localMinute(fall, utc('2026-11-01T13:00:00Z'))).toBe(480);
  });

  it('insideHours / nextInsideHours at the edges (minute precision)', () => {
    expect(insideHours('America/New_York', utc('2026-03-08T11:59:00Z'), 480, 1260)).toBe(false);
    expect(insideHours('America/New_York', utc('2026-03-08T12:00:00Z'), 480, 1260)).toBe(true);
    expect(insideHours('America/New_York', utc('2026-03-09T00:59:00Z'), 480, 1260)).toBe(true);
    expect(insideHours('America/New_York', utc('2026-03-09T01:00:00Z'), 480, 1260)).toBe(false);
    expect(iso(nextInsideHours('America/New_York', utc('2026-03-09T01:00:00Z'), 480, 1260))).toBe('2026-03-09T12:00:00.000Z');
    expect(iso(nextInsideHours('America/New_York', utc('2026-10-31T23:00:00Z'), 480, 1260))).toBe('2026-10-31T23:00:00.000Z');
    expect(iso(nextInsideHours('America/New_York', utc('2026-11-01T02:00:00Z'), 480, 1260))).toBe('2026-11-01T13:00:00.000Z');
  });
});

describe('tableDayAt (the hot path\'s day lookup) = zoneDayAt', () => {
  it('gives the same local day for any sequence of instants and zones (DST, half-hour and far-east offsets)', () => {
    const zones = ['America/New_York', 'America/Phoenix', 'Pacific/Honolulu', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Kiritimati', 'Europe/London'];
    // Instants near local midnights and DST changes are the ones the offset guess can miss.
    const instant = fc.oneof(
      fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
      fc.tuple(fc.integer({ min: 20_089, max: 21_185 }), fc.integer({ min: -14 * 60, max: 14 * 60 })).map(([day, min]) => day * 86_400_000 + min * 60_000),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...zones), instant), { minLength: 1, maxLength: 30 }), (lookups) => {
        for (const [zone, t] of lookups) expect(tableDayAt(zoneTable(zone), t)).toBe(zoneDayAt(zone, t).day);
      }),
      { numRuns: 400, seed: 91 },
    );
  });
});
