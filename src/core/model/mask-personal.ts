// Masks for personal data shown to roles that need to know a record exists but not
// whom it names (docs/server.md, "People"). Pure; callers decide who sees clear text.

/** "+8613812345678" → "+86*******5678": the country code and the last 4 digits stay. */
export const maskPhone = (e164: string): string => {
  const digits = e164.replace(/^\+/, '');
  if (digits.length <= 6) return `+${'*'.repeat(digits.length)}`;
  const cc = digits.startsWith('1') || digits.startsWith('7') ? 1 : 2;
  return `+${digits.slice(0, cc)}${'*'.repeat(digits.length - cc - 4)}${digits.slice(-4)}`;
};

/** "王小明" → "王**", "Sam Lee" → "S******": the first character, the length kept. */
export const maskName = (name: string): string => {
  const chars = [...name];
  return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
};
