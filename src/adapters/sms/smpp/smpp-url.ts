// smpp://SYSTEM_ID:PASSWORD@HOST:PORT (plain TCP, default port 2775) or ssmpp://… (TLS,
// default port 3550). Credentials are percent-decoded. The password never goes to logs.
import { failure, type TactFailure } from '../../../core/errors.js';
import { err, ok, type Result } from '../../../core/result.js';

export interface SmppEndpoint {
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  readonly systemId: string;
  readonly password: string;
}

export const parseSmppUrl = (text: string): Result<SmppEndpoint, TactFailure> => {
  const bad = (why: string): Result<SmppEndpoint, TactFailure> =>
    err(failure('TACT_ERR_SMS_BAD_SMPP_URL', { path: 'url', message: `Invalid SMPP URL: ${why}.` }));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return bad('not a URL');
  }
  if (url.protocol !== 'smpp:' && url.protocol !== 'ssmpp:') return bad('the scheme must be smpp: or ssmpp:');
  const tls = url.protocol === 'ssmpp:';
  if (url.hostname === '') return bad('no host');
  if (url.username === '') return bad('no system_id (smpp://SYSTEM_ID:PASSWORD@HOST:PORT)');
  const port = url.port === '' ? (tls ? 3550 : 2775) : Number(url.port);
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  let systemId: string;
  let password: string;
  try {
    systemId = decodeURIComponent(url.username);
    password = decodeURIComponent(url.password);
  } catch {
    return bad('malformed percent-encoding in the credentials');
  }
  // SMPP 3.4 §5.2.1 and §5.2.2: system_id at most 15 octets, password at most 8.
  if (systemId.length > 15) return bad('system_id longer than 15 characters');
  if (password.length > 8) return bad('password longer than 8 characters');
  return ok({ host, port, tls, systemId, password });
};
