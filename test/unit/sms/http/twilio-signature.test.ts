import { describe, expect, it } from 'vitest';
import {
  parseForm,
  twilioSignature,
  twilioSignedString,
  verifyTwilioSignature,
} from '../../../../src/adapters/sms/http-twilio/twilio-signature.js';

// Twilio's documented worked example ("Webhooks security" / "Validating requests"):
// auth token 12345, URL https://mycompany.com/myapp.php?foo=1&bar=2 and the POST
// parameters below. Two editions of the page use different caller numbers; both
// published signatures are checked.
const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';
const params = (caller: string): Record<string, string> => ({
  CallSid: 'CA1234567890ABCDE',
  Caller: caller,
  Digits: '1234',
  From: caller,
  To: '+18005551212',
});

describe('X-Twilio-Signature', () => {
  it('matches the documented example (current edition)', () => {
    expect(twilioSignature('12345', url, params('+14158675310'))).toBe('GvWf1cFY/Q7PnoempGyD5oXAezc=');
  });

  it('matches the documented example (earlier edition)', () => {
    expect(twilioSignature('12345', url, params('+12349013030'))).toBe('0/KCTR6DLpKmkAf8muzZqo1nDgQ=');
  });

  it('signs the URL then name+value pairs sorted by name, whatever the insertion order', () => {
    expect(twilioSignedString('https://x.test/cb', { To: '2', Body: 'a b', AccountSid: '1' })).toBe(
      'https://x.test/cbAccountSid1Bodya bTo2',
    );
  });

  it('verifies a good signature and refuses a tampered parameter, URL, token or missing header', () => {
    const p = params('+14158675310');
    const good = 'GvWf1cFY/Q7PnoempGyD5oXAezc=';
    expect(verifyTwilioSignature('12345', url, p, good)).toBe(true);
    expect(verifyTwilioSignature('12345', url, { ...p, Digits: '1235' }, good)).toBe(false);
    expect(verifyTwilioSignature('12345', `${url}&baz=3`, p, good)).toBe(false);
    expect(verifyTwilioSignature('54321', url, p, good)).toBe(false);
    expect(verifyTwilioSignature('12345', url, p, undefined)).toBe(false);
    expect(verifyTwilioSignature('12345', url, p, good.slice(1))).toBe(false);
  });

  it('parses form bodies with + as space, UTF-8 and repeated names', () => {
    expect(parseForm('Body=hi+there+%E4%BD%A0%E5%A5%BD&M=1&M=2')).toEqual({ Body: 'hi there 你好', M: ['1', '2'] });
  });
});
