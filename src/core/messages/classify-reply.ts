// Classifies an inbound SMS reply. Pure: the use case that stores the reply and makes
// it take effect (opt-out, consent, suppression) lives in app/ and decides by audience.
// Opt-out wins over everything: when in doubt we honour it (TCPA: "any reasonable
// means"; CTIA carrier keywords; Chinese carrier practice T / TD / 退订).

export const replyKinds = ['opt_out', 'help', 'confirm', 'refuse', 'wrong_number', 'unknown'] as const;
export type ReplyKind = (typeof replyKinds)[number];

export interface ReplyClass {
  readonly kind: ReplyKind;
  /** The canonical keyword that decided it (upper case for Latin keywords). */
  readonly keyword?: string;
}

export interface ReplyContext {
  /** True when the last message to this number was a consent request still open. */
  readonly awaitingConsent: boolean;
}

// Latin keywords that decide when they are the first word, whatever follows ("stop it!!").
const optOutWords = ['STOP', 'END', 'CANCEL', 'UNSUBSCRIBE', 'QUIT', 'REVOKE', 'STOPALL', 'OPTOUT'] as const;
// Keywords that decide only when they are the whole reply ("T" but not "Tomorrow", "TD").
const optOutWhole = ['T', 'TD'] as const;
const optOutChinese = ['退订', '取消订阅'] as const; // anywhere in the reply
const helpWords = ['HELP', 'INFO'] as const;
const helpChinese = ['帮助'] as const;
const wrongChinese = ['不认识此人', '不认识这个人', '打错了', '发错了', '打错', '发错', '号码错'] as const;
const confirmWhole = ['Y', 'YES', '是', '是的', '确认'] as const;
const confirmChinesePrefix = ['确认'] as const;
const refuseWhole = ['N', 'NO', '不是', '不认识', '拒绝', '否'] as const;
const refuseChinesePrefix = ['不是', '不认识', '拒绝'] as const;

// Leading and trailing spaces, punctuation and symbols (emoji included) do not count.
const edges = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;

/** NFKC (full-width → ASCII), upper case, outer punctuation stripped, spaces collapsed. */
export const normaliseReply = (text: string): string =>
  text.normalize('NFKC').toUpperCase().replace(edges, '').replace(/\s+/g, ' ');

const firstWord = (t: string): string => /^[A-Z]+/.exec(t)?.[0] ?? '';
// "No, I don't know her" / "Yes. I know him": the word, then punctuation, then more.
const wordThenStop = (t: string, words: readonly string[]): string | undefined => {
  const m = /^([A-Z]+)\s*[,.;:!?]/.exec(t);
  return m !== null && words.includes(m[1] ?? '') ? m[1] : undefined;
};
const pick = (kind: ReplyKind, keyword: string): ReplyClass => ({ kind, keyword });

export const classifyReply = (text: string, context: ReplyContext): ReplyClass => {
  const t = normaliseReply(text);
  const first = firstWord(t);
  const compact = t.replace(/[\s-]/g, '');

  if ((optOutWords as readonly string[]).includes(first)) return pick('opt_out', first);
  if (/^OPT[\s-]?OUT\b/.test(t)) return pick('opt_out', 'OPT OUT');
  if ((optOutWhole as readonly string[]).includes(compact)) return pick('opt_out', compact);
  const zhOut = optOutChinese.find((k) => t.includes(k));
  if (zhOut !== undefined) return pick('opt_out', zhOut);

  if (first === 'WRONG' || /^WRONG ?(NUMBER|PERSON)/.test(t)) return pick('wrong_number', 'WRONG');
  const zhWrong = wrongChinese.find((k) => t.includes(k));
  if (zhWrong !== undefined) return pick('wrong_number', zhWrong);

  if ((helpWords as readonly string[]).includes(first)) return pick('help', first);
  const zhHelp = helpChinese.find((k) => t === k || t.startsWith(k));
  if (zhHelp !== undefined) return pick('help', zhHelp);

  // Outside a consent request only an unmistakable "no" counts; inside one, "no thanks" does.
  const open = context.awaitingConsent;
  const refuse = (refuseWhole as readonly string[]).includes(t)
    ? t
    : (wordThenStop(t, ['N', 'NO']) ?? refuseChinesePrefix.find((k) => t.startsWith(k)) ?? (open && ['N', 'NO'].includes(first) ? first : undefined));
  if (refuse !== undefined) return pick('refuse', refuse);

  if (open) {
    const confirm = (confirmWhole as readonly string[]).includes(t)
      ? t
      : (wordThenStop(t, ['Y', 'YES']) ?? confirmChinesePrefix.find((k) => t.startsWith(k)) ?? (['Y', 'YES'].includes(first) ? first : undefined));
    if (confirm !== undefined) return pick('confirm', confirm);
  }
  return { kind: 'unknown' };
};
