// Reads Aliyun's SendSms answer ({Code, Message, BizId, RequestId}) into a SendOutcome.
// Only Code "OK" with a BizId is an acceptance; the BizId is the provider id that
// SmsReport receipts name. Reasons carry Aliyun's code, never its message text.
import type { SendOutcome } from '../../../app/ports/sms-transport.js';
import type { HttpAnswer } from '../http-client.js';

/**
 * Codes that are worth retrying later. Rate limits (per-number minute/hour/day flow
 * control, daily quota) lift with time; balance, suspension and credential faults are
 * the operator's to fix and must not burn the message (same rule as Twilio 401).
 */
const transientCodes = new Set([
  'isv.BUSINESS_LIMIT_CONTROL', 'isv.DAY_LIMIT_CONTROL', 'isv.BUSINESS_LIMIT_HOUR', 'isv.BUSINESS_LIMIT_DAY',
  'BUSINESS_LIMIT_CONTROL_MINUTE', 'BUSINESS_LIMIT_CONTROL_PHONE', 'isv.SMS_OVER_LIMIT',
  'isv.OUT_OF_SERVICE', 'isv.AMOUNT_NOT_ENOUGH', 'isv.BILLING_DEDUCTION_ERROR', 'isv.DATA_NOT_EXIST',
  'isp.SYSTEM_ERROR', 'isp.GATEWAY_ERROR', 'isp.UNKNOWN', 'isp.RAM_PERMISSION_DENY', 'isv.RAM_CHECK_FAILED',
  'isv.PRODUCT_UN_SUBSCRIPT', 'isv.PRODUCT_UNSUBSCRIBE', 'isv.ACCOUNT_ABNORMAL',
  'Throttling', 'Throttling.User', 'Throttling.Api', 'ServiceUnavailable', 'InternalError',
  'SignatureDoesNotMatch', 'InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId.Inactive',
  'InvalidTimeStamp.Expired', 'SignatureNonceUsed',
]);

/**
 * Codes that refuse this message for good (documented meaning in brackets):
 * isv.MOBILE_NUMBER_ILLEGAL [bad number], isv.BLACK_KEY_CONTROL_LIMIT [blacklisted
 * keyword in the variables], isv.TEMPLATE_MISSING_PARAMETERS, isv.INVALID_PARAMETERS,
 * isv.INVALID_JSON_PARAM, isv.PARAM_LENGTH_LIMIT, isv.PARAM_NOT_SUPPORT_URL,
 * isv.SMS_TEMPLATE_ILLEGAL, isv.SMS_SIGNATURE_ILLEGAL, isv.NOT_SUPPORTED_COUNTRY,
 * isv.COUNTRY_RESTRICTED, isv.MOBILE_COUNT_OVER_LIMIT … — and any other isv.* code:
 * those name a fault in the request, which sending it again will not cure.
 */
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export const aliyunOutcome = (answer: HttpAnswer): SendOutcome => {
  if (answer.kind === 'timeout') return { kind: 'transient', reason: 'aliyun: no answer before the deadline' };
  if (answer.kind === 'network') return { kind: 'transient', reason: `aliyun: network error (${answer.reason})` };
  let json: unknown;
  try {
    json = JSON.parse(answer.body);
  } catch {
    return { kind: 'transient', reason: `aliyun: HTTP ${answer.status} with an unreadable body` };
  }
  const code = isRecord(json) && typeof json['Code'] === 'string' ? json['Code'] : undefined;
  if (code === 'OK') {
    const bizId = isRecord(json) ? json['BizId'] : undefined;
    if (answer.status === 200 && typeof bizId === 'string' && bizId !== '') return { kind: 'accepted', providerId: bizId };
    return { kind: 'transient', reason: `aliyun: HTTP ${answer.status} OK without a BizId` };
  }
  if (code === undefined) return { kind: 'transient', reason: `aliyun: HTTP ${answer.status} without a Code` };
  // 404 (unknown action, version or endpoint) means a wrong base URL: configuration again.
  if (transientCodes.has(code) || answer.status >= 500 || answer.status === 404) {
    return { kind: 'transient', reason: `aliyun ${code}` };
  }
  if (code.startsWith('isp.')) return { kind: 'transient', reason: `aliyun ${code}` };
  return { kind: 'rejected', permanent: true, reason: `aliyun ${code}` };
};
