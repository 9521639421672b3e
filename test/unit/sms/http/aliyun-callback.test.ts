import { describe, expect, it } from 'vitest';
import { handleAliyunCallback } from '../../../../src/adapters/sms/http-aliyun/aliyun-callback.js';

const token = 'a-long-secret-token-123';
const now = new Date('2026-05-01T00:00:00Z');
const report = (item: Record<string, unknown>) =>
  handleAliyunCallback(token, { path: `/aliyun/${token}/report`, body: JSON.stringify([item]) }, now);
const base = {
  phone_number: '13800138000', send_time: '2026-05-01 10:00:00', report_time: '2026-05-01 10:00:05',
  sms_size: '1', biz_id: '123456^0', out_id: 'm-1',
};

describe('handleAliyunCallback', () => {
  it('SmsReport success → delivered, report_time read as Beijing time', () => {
    expect(report({ ...base, success: true, err_code: 'DELIVERED', err_msg: '用户接收成功' })).toEqual({
      ok: true,
      value: [{ kind: 'receipt', providerId: '123456^0', status: 'delivered', errorCode: 'DELIVERED', at: '2026-05-01T02:00:05.000Z' }],
    });
  });

  it.each([
    ['MN:0001', 'undeliverable'],
    ['UNDELIV', 'undeliverable'],
    ['EXPIRED', 'expired'],
    ['IC:0055', 'failed'],
  ])('SmsReport failure %s → %s, code kept', (code, status) => {
    const result = report({ ...base, success: false, err_code: code, err_msg: 'x' });
    expect(result.ok && result.value[0]).toMatchObject({ status, errorCode: code });
  });

  it('SmsUp → reply from the E.164 number to the sign name', () => {
    const body = JSON.stringify([
      { phone_number: '13800138000', send_time: '2026-05-01 10:00:00', content: '退订', sign_name: 'Tact', dest_code: '1234', sequence_id: 77 },
    ]);
    expect(handleAliyunCallback(token, { path: `/aliyun/${token}/up`, body }, now)).toEqual({
      ok: true,
      value: [{ kind: 'reply', from: '+8613800138000', to: 'Tact', text: '退订', receivedAt: '2026-05-01T02:00:00.000Z', providerId: '77' }],
    });
  });

  it('a wrong, missing or partial token is refused', () => {
    for (const path of ['/aliyun/wrong/report', '/aliyun/report', `/aliyun/${token.slice(0, -1)}/report`, `/other/${token}/report`]) {
      expect(handleAliyunCallback(token, { path, body: '[]' }, now)).toMatchObject({ ok: false, error: { code: 'TACT_ERR_SMS_BAD_CALLBACK_TOKEN' } });
    }
  });

  it('a malformed body names the bad field', () => {
    const path = `/aliyun/${token}/report`;
    expect(handleAliyunCallback(token, { path, body: '{' }, now)).toMatchObject({ ok: false, error: { code: 'TACT_ERR_SMS_BAD_CALLBACK' } });
    expect(handleAliyunCallback(token, { path, body: '{}' }, now)).toMatchObject({ ok: false, error: { path: '$' } });
    expect(report({ ...base, biz_id: undefined, success: true })).toMatchObject({ ok: false, error: { path: '$[0].biz_id' } });
    expect(report({ ...base, success: 'yes' })).toMatchObject({ ok: false, error: { path: '$[0].success' } });
  });
});
