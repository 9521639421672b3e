// Epoch ms → "YYYY-MM-DDTHH:MM:SS.sssZ", the same text as Date#toISOString for years
// 0–9999, without allocating a Date (the decision path formats one instant per denial).
const TWO: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : `${n}`));
const THREE: readonly string[] = Array.from({ length: 1000 }, (_, n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`));
const pad2 = (n: number): string => TWO[n]!;
const pad3 = (n: number): string => THREE[n]!;

// The decision path formats instants that are mostly whole minutes (local midnights,
// the start of permitted hours) on a few hundred days: the date part "YYYY-MM-DDT" is
// kept per day (1970 to 2149) and the time part per whole minute, so the text is one
// concatenation of two strings already made.
const CACHED_DAYS = 1 << 16;
const datePrefix: (string | undefined)[] = [];
const minuteSuffix: readonly string[] = Array.from({ length: 1440 }, (_, m) => `${pad2(Math.floor(m / 60))}:${pad2(m % 60)}:00.000Z`);

export const formatInstant = (ms: number): string => {
  const days = Math.floor(ms / 86_400_000);
  if (days >= 0 && days < CACHED_DAYS) {
    const rem = ms - days * 86_400_000;
    const minute = rem / 60_000;
    if (minute === Math.floor(minute)) {
      let prefix = datePrefix[days];
      if (prefix === undefined) {
        prefix = formatFull(ms).slice(0, 11);
        while (datePrefix.length < days) datePrefix.push(undefined);
        datePrefix[days] = prefix;
      }
      return prefix + minuteSuffix[minute]!;
    }
  }
  return formatFull(ms);
};

const formatFull = (ms: number): string => {
  const days = Math.floor(ms / 86_400_000);
  let rem = ms - days * 86_400_000;
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return new Date(ms).toISOString();
  const h = Math.floor(rem / 3_600_000);
  rem -= h * 3_600_000;
  const mi = Math.floor(rem / 60_000);
  rem -= mi * 60_000;
  const s = Math.floor(rem / 1000);
  const msec = rem - s * 1000;
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}.${pad3(msec)}Z`;
};
