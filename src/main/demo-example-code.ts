// A real verification code for the start banner's /v/CODE example: the newest message
// in the bundled SMSC's log (JSON Lines, smsc-log.ts) that carries one. Messages only,
// never the one-time sign-in codes (their texts say so in their own words).
import { readFileSync } from 'node:fs';

// zh-CN: 核验码ABCD-EFGH; en: "Code ABCD-EFGH: verify" (renderer-additions.ts).
const codePattern = /(?:核验码|Code )([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})/;

export interface LoggedCode {
  readonly code: string;
  /** E.164 the message went to. */
  readonly to: string;
}

/** The verification code a message text carries, without its hyphen. */
export const codeInText = (text: string): string | undefined => {
  const found = codePattern.exec(text);
  return found === null ? undefined : `${found[1]}${found[2]}`;
};

/** Codes in the log, oldest first; [] when there is no log yet. */
export const codesInSmscLog = (path: string): readonly LoggedCode[] => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  const out: LoggedCode[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const m = JSON.parse(line) as { to?: unknown; text?: unknown };
      const code = typeof m.text === 'string' ? codeInText(m.text) : undefined;
      if (code !== undefined && typeof m.to === 'string') out.push({ code, to: m.to });
    } catch {
      // a line cut by a crash: skip it
    }
  }
  return out;
};
