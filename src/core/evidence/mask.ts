// Masks for people in documents: enough to recognise one's own number or name, not
// enough to learn someone else's. "+8613812345678" → "+86138****5678"; "张三丰" → "张**".
export const maskPhone = (e164: string): string =>
  e164.length <= 8 ? `${e164.slice(0, 2)}****` : `${e164.slice(0, e164.length - 8)}****${e164.slice(-4)}`;

export const maskName = (name: string): string => {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
};
