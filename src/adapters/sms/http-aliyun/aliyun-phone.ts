// Aliyun's number format: mainland China numbers without country code ("13800138000");
// other destinations as country code + number without "+" or "00" ("85290000000").
// Tact keeps E.164 everywhere else.

export const toAliyunNumber = (e164: string): string => {
  const digits = e164.replace(/^\+/, '');
  return digits.startsWith('86') && digits.length === 13 ? digits.slice(2) : digits;
};

/** Best effort back to E.164 for numbers in receipts and replies. */
export const fromAliyunNumber = (aliyun: string): string => {
  const raw = aliyun.trim();
  if (raw.startsWith('+')) return raw;
  const digits = raw.replace(/^00/, '');
  if (/^1\d{10}$/.test(digits)) return `+86${digits}`;
  return `+${digits}`;
};

/** Aliyun writes times as "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8, no DST). */
export const fromBeijingTime = (value: string): string | undefined => {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (m === null) return undefined;
  const instant = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}+08:00`);
  return Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
};
