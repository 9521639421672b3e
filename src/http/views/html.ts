// Escaping for server-rendered pages: every value put into HTML goes through `esc`.
const map: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => map[c] ?? c);
