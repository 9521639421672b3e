// Aliyun SMS settings. Secrets come from the environment, never a file in the repo:
//   TACT_ALIYUN_ACCESS_KEY_ID, TACT_ALIYUN_ACCESS_KEY_SECRET     required (a RAM user's key)
//   TACT_ALIYUN_SIGN_NAME          the approved signature (签名), shown as 【SignName】
//   TACT_ALIYUN_TEMPLATES          JSON: Tact template key → {"templateCode", "params":
//                                  {AliyunParam: tactVariable}}; default {}
//   TACT_ALIYUN_CONTENT_TEMPLATE   "SMS_123:content": a registered template whose whole
//                                  body is one variable, for texts without a mapping
//   TACT_ALIYUN_CALLBACK_TOKEN     secret path token for the SmsReport/SmsUp push URLs
//   TACT_ALIYUN_BASE_URL           default https://dysmsapi.aliyuncs.com
//   TACT_ALIYUN_TIMEOUT_MS         request deadline, default 10000 ms
import { failure, type TactFailure } from '../../../core/errors.js';
import { err, ok, type Result } from '../../../core/result.js';

export interface AliyunTemplate {
  readonly templateCode: string;
  /** Aliyun template parameter name → Tact template variable name. */
  readonly params: Readonly<Record<string, string>>;
}

export interface AliyunConfig {
  readonly baseUrl: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
  readonly signName: string;
  readonly regionId: string;
  readonly templates: Readonly<Record<string, AliyunTemplate>>;
  readonly contentTemplate?: { readonly templateCode: string; readonly param: string };
  readonly callbackToken?: string;
  readonly timeoutMs: number;
}

export const defaultAliyunBaseUrl = 'https://dysmsapi.aliyuncs.com';

const isTemplate = (v: unknown): v is AliyunTemplate =>
  typeof v === 'object' && v !== null &&
  typeof (v as { templateCode?: unknown }).templateCode === 'string' &&
  typeof (v as { params?: unknown }).params === 'object' && (v as { params?: unknown }).params !== null &&
  Object.values((v as { params: object }).params).every((p) => typeof p === 'string');

export const aliyunConfigFromEnv = (
  env: Readonly<Record<string, string | undefined>>,
): Result<AliyunConfig, TactFailure> => {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v === undefined || v === '' ? undefined : v;
  };
  const bad = (name: string) => err(failure('TACT_ERR_SMS_PROVIDER_CONFIG', { path: name }));
  const accessKeyId = get('TACT_ALIYUN_ACCESS_KEY_ID');
  const accessKeySecret = get('TACT_ALIYUN_ACCESS_KEY_SECRET');
  const signName = get('TACT_ALIYUN_SIGN_NAME');
  if (accessKeyId === undefined) return bad('TACT_ALIYUN_ACCESS_KEY_ID');
  if (accessKeySecret === undefined) return bad('TACT_ALIYUN_ACCESS_KEY_SECRET');
  if (signName === undefined) return bad('TACT_ALIYUN_SIGN_NAME');
  let templates: Record<string, AliyunTemplate> = {};
  const rawTemplates = get('TACT_ALIYUN_TEMPLATES');
  if (rawTemplates !== undefined) {
    try {
      const parsed: unknown = JSON.parse(rawTemplates);
      if (typeof parsed !== 'object' || parsed === null || !Object.values(parsed).every(isTemplate)) {
        return bad('TACT_ALIYUN_TEMPLATES');
      }
      templates = parsed as Record<string, AliyunTemplate>;
    } catch {
      return bad('TACT_ALIYUN_TEMPLATES');
    }
  }
  const content = get('TACT_ALIYUN_CONTENT_TEMPLATE');
  const contentMatch = content === undefined ? undefined : /^([A-Za-z0-9_]+):([A-Za-z0-9_]+)$/.exec(content);
  if (content !== undefined && (contentMatch === null || contentMatch === undefined)) return bad('TACT_ALIYUN_CONTENT_TEMPLATE');
  const timeout = get('TACT_ALIYUN_TIMEOUT_MS');
  const timeoutMs = timeout === undefined ? 10_000 : Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) return bad('TACT_ALIYUN_TIMEOUT_MS');
  const baseUrl = get('TACT_ALIYUN_BASE_URL') ?? defaultAliyunBaseUrl;
  if (!URL.canParse(baseUrl)) return bad('TACT_ALIYUN_BASE_URL');
  const callbackToken = get('TACT_ALIYUN_CALLBACK_TOKEN');
  // A guessable token would make the push endpoints forgeable.
  if (callbackToken !== undefined && callbackToken.length < 16) return bad('TACT_ALIYUN_CALLBACK_TOKEN');
  return ok({
    baseUrl,
    accessKeyId,
    accessKeySecret,
    signName,
    regionId: 'cn-hangzhou',
    templates,
    timeoutMs,
    ...(contentMatch?.[1] === undefined || contentMatch[2] === undefined
      ? {}
      : { contentTemplate: { templateCode: contentMatch[1], param: contentMatch[2] } }),
    ...(callbackToken === undefined ? {} : { callbackToken }),
  });
};
