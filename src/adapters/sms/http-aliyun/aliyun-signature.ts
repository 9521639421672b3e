// Alibaba Cloud RPC signature, version 1.0 (HMAC-SHA1), as documented in "Request
// syntax and signature method V2 for RPC APIs":
//   CanonicalizedQueryString = parameters sorted by name (Signature excluded), each
//     percentEncode(name) + "=" + percentEncode(value), joined with "&";
//   StringToSign = METHOD + "&" + percentEncode("/") + "&" + percentEncode(canonical);
//   Signature = base64(HMAC-SHA1(AccessKeySecret + "&", UTF-8(StringToSign))).
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * RFC 3986 encoding: A–Z a–z 0–9 - _ . ~ stay, everything else (UTF-8) becomes %XY,
 * space is %20 (not +). encodeURIComponent leaves ! ' ( ) * unencoded; Aliyun wants them encoded.
 */
export const aliyunPercentEncode = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export type AliyunParams = Readonly<Record<string, string>>;

export const aliyunCanonicalQuery = (params: AliyunParams): string =>
  Object.keys(params)
    .filter((name) => name !== 'Signature')
    // Byte order of the names; they are ASCII, so code-unit order is the same.
    .sort()
    .map((name) => `${aliyunPercentEncode(name)}=${aliyunPercentEncode(params[name] ?? '')}`)
    .join('&');

export const aliyunStringToSign = (method: 'GET' | 'POST', params: AliyunParams): string =>
  `${method}&${aliyunPercentEncode('/')}&${aliyunPercentEncode(aliyunCanonicalQuery(params))}`;

export const aliyunSignature = (accessKeySecret: string, method: 'GET' | 'POST', params: AliyunParams): string =>
  createHmac('sha1', `${accessKeySecret}&`).update(aliyunStringToSign(method, params), 'utf8').digest('base64');

/** Constant-time comparison of two tokens or signatures. */
export const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
};
