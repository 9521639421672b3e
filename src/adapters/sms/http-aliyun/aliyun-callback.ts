// Aliyun "HTTP 批量推送" callbacks → inbound events:
// - SmsReport: JSON array of {phone_number, send_time, report_time, success, err_code,
//   err_msg, sms_size, biz_id, out_id} → receipts keyed by biz_id (SendSms's BizId);
// - SmsUp: JSON array of {phone_number, send_time, content, sign_name, dest_code,
//   sequence_id} → replies (to = the sign name the person answered).
// Aliyun does not sign these pushes. Tact protects them with a secret token in the
// path (/aliyun/{token}/report, /aliyun/{token}/up), compared in constant time, plus
// HTTPS and, where the operator wants it, an IP allow-list at the proxy.
import type { InboundEvent, ReceiptStatus } from '../../../app/ports/sms-transport.js';
import { failure, type TactFailure } from '../../../core/errors.js';
import { err, ok, type Result } from '../../../core/result.js';
import { fromAliyunNumber, fromBeijingTime } from './aliyun-phone.js';
import { sameSecret } from './aliyun-signature.js';

export type AliyunPushKind = 'report' | 'up';

/** Body Aliyun expects back; any other answer makes it push again later. */
export const aliyunPushAccepted = JSON.stringify({ code: 0, msg: '接收成功' });

/**
 * Receipt codes (err_code) read as "this number cannot receive": MN:0001 is the vacant
 * number (空号) code, UNDELIV the carrier's generic one. EXPIRED → expired. Anything
 * else with success=false → failed, with the code kept on the receipt.
 */
const undeliverableCodes = new Set(['MN:0001', 'UNDELIV']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

const receiptStatus = (success: boolean, code: string | undefined): ReceiptStatus => {
  if (success) return 'delivered';
  if (code !== undefined && undeliverableCodes.has(code)) return 'undeliverable';
  if (code === 'EXPIRED') return 'expired';
  return 'failed';
};

/** Splits "/aliyun/{token}/{kind}" and checks the token; undefined kind = not ours. */
export const aliyunPushKind = (path: string, token: string): Result<AliyunPushKind, TactFailure> => {
  const m = /^\/aliyun\/([^/?]+)\/(report|up)(?:\?.*)?$/.exec(path);
  if (m === null || m[1] === undefined || !sameSecret(decodeURIComponent(m[1]), token)) {
    return err(failure('TACT_ERR_SMS_BAD_CALLBACK_TOKEN', { path: 'path' }));
  }
  return ok(m[2] === 'up' ? 'up' : 'report');
};

export const handleAliyunCallback = (
  token: string,
  request: { readonly path: string; readonly body: string },
  now: Date,
): Result<readonly InboundEvent[], TactFailure> => {
  const kind = aliyunPushKind(request.path, token);
  if (!kind.ok) return kind;
  let items: unknown;
  try {
    items = JSON.parse(request.body);
  } catch {
    return err(failure('TACT_ERR_SMS_BAD_CALLBACK', { path: '$' }));
  }
  if (!Array.isArray(items)) return err(failure('TACT_ERR_SMS_BAD_CALLBACK', { path: '$' }));
  const events: InboundEvent[] = [];
  for (const [i, item] of items.entries()) {
    const bad = (field: string) => err(failure('TACT_ERR_SMS_BAD_CALLBACK', { path: `$[${i}].${field}` }));
    if (!isRecord(item)) return bad('');
    if (kind.value === 'report') {
      const bizId = text(item['biz_id']);
      if (bizId === undefined || bizId === '') return bad('biz_id');
      if (typeof item['success'] !== 'boolean') return bad('success');
      const code = text(item['err_code']);
      const at = fromBeijingTime(text(item['report_time']) ?? '') ?? now.toISOString();
      events.push({
        kind: 'receipt',
        providerId: bizId,
        status: receiptStatus(item['success'], code),
        at,
        ...(code === undefined || code === '' ? {} : { errorCode: code }),
      });
    } else {
      const from = text(item['phone_number']);
      const content = text(item['content']);
      const signName = text(item['sign_name']);
      if (from === undefined || from === '') return bad('phone_number');
      if (content === undefined) return bad('content');
      if (signName === undefined) return bad('sign_name');
      const sequence = text(item['sequence_id']);
      events.push({
        kind: 'reply',
        from: fromAliyunNumber(from),
        to: signName,
        text: content,
        receivedAt: fromBeijingTime(text(item['send_time']) ?? '') ?? now.toISOString(),
        ...(sequence === undefined ? {} : { providerId: sequence }),
      });
    }
  }
  return ok(events);
};
