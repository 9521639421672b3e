import { describe, expect, it } from 'vitest';
import { classifyReply, type ReplyKind } from '../../../src/core/messages/classify-reply.js';

type Row = readonly [text: string, awaitingConsent: boolean, kind: ReplyKind, keyword?: string];

// Sources: RULES.md — TCPA revocation keywords (47 CFR 64.1200(a)(10)), CTIA carrier
// keywords (STOP/END/CANCEL/UNSUBSCRIBE/QUIT, HELP/INFO), Chinese SMS practice T/TD/退订.
const rows: readonly Row[] = [
  ['STOP', false, 'opt_out', 'STOP'],
  ['stop', false, 'opt_out', 'STOP'],
  ['stop it!!', false, 'opt_out', 'STOP'],
  ['  Stop.  ', false, 'opt_out', 'STOP'],
  ['END', false, 'opt_out', 'END'],
  ['Cancel', false, 'opt_out', 'CANCEL'],
  ['unsubscribe', false, 'opt_out', 'UNSUBSCRIBE'],
  ['QUIT', false, 'opt_out', 'QUIT'],
  ['revoke', false, 'opt_out', 'REVOKE'],
  ['opt out', false, 'opt_out', 'OPT OUT'],
  ['Opt-out please', false, 'opt_out', 'OPT OUT'],
  ['optout', false, 'opt_out', 'OPTOUT'],
  ['STOP', true, 'opt_out', 'STOP'], // opt-out wins even during a consent request
  ['退订', false, 'opt_out', '退订'],
  ['请取消订阅', false, 'opt_out', '取消订阅'],
  ['STOPALL', false, 'opt_out', 'STOPALL'],
  ['我要退订！', false, 'opt_out', '退订'],
  ['TD', false, 'opt_out', 'TD'],
  [' td ', false, 'opt_out', 'TD'],
  ['ＴＤ', false, 'opt_out', 'TD'], // full-width
  ['ｓｔｏｐ', false, 'opt_out', 'STOP'],
  ['T', false, 'opt_out', 'T'],
  ['t。', false, 'opt_out', 'T'],
  ['「T」', false, 'opt_out', 'T'],
  ['Tomorrow', false, 'unknown'], // not T
  ['Thanks', false, 'unknown'],
  ['Stopped by the bank today', false, 'unknown'], // STOPPED is not STOP
  ['HELP', false, 'help', 'HELP'],
  ['help me', false, 'help', 'HELP'],
  ['Info?', false, 'help', 'INFO'],
  ['帮助', false, 'help', '帮助'],
  ['Y', true, 'confirm', 'Y'],
  ['yes', true, 'confirm', 'YES'],
  ['Yes, I know her', true, 'confirm', 'YES'],
  ['是', true, 'confirm', '是'],
  ['是的', true, 'confirm', '是的'],
  ['确认', true, 'confirm', '确认'],
  ['Ｙ', true, 'confirm', 'Y'],
  ['Y', false, 'unknown'], // no consent request open: nothing to confirm
  ['是', false, 'unknown'],
  ['是谁？', true, 'unknown'], // "who is it?" is not a yes
  ['Yesterday I paid', true, 'unknown'],
  ['N', true, 'refuse', 'N'],
  ['no', true, 'refuse', 'NO'],
  ['No thanks', true, 'refuse', 'NO'],
  ['No, I do not know him', false, 'refuse', 'NO'],
  ['N', false, 'refuse', 'N'],
  ['不是', true, 'refuse', '不是'],
  ['不是我', false, 'refuse', '不是'],
  ['不认识', true, 'refuse', '不认识'],
  ['拒绝', true, 'refuse', '拒绝'],
  ['否', true, 'refuse', '否'],
  ['号码错了', false, 'wrong_number', '号码错'],
  ['No problem', false, 'unknown'],
  ['WRONG', false, 'wrong_number', 'WRONG'],
  ['wrong number', false, 'wrong_number', 'WRONG'],
  ['打错了', false, 'wrong_number', '打错了'],
  ['你们打错了吧', false, 'wrong_number', '打错了'],
  ['不认识此人', true, 'wrong_number', '不认识此人'],
  ['我会还款的', false, 'unknown'],
  ['I will pay on Friday', false, 'unknown'],
  ['', false, 'unknown'],
  ['🙂', false, 'unknown'],
];

describe('classifyReply', () => {
  it.each(rows.map((r) => ({ text: r[0], awaitingConsent: r[1], kind: r[2], keyword: r[3] })))(
    '$text (awaiting consent: $awaitingConsent) → $kind $keyword',
    ({ text, awaitingConsent, kind, keyword }) => {
    const r = classifyReply(text, { awaitingConsent });
    expect(r.kind).toBe(kind);
    expect(r.keyword).toBe(keyword);
    },
  );
});
