import { describe, expect, it } from 'vitest';
import { classifyStatus, describeStatus } from '../../../../src/adapters/sms/smpp/command-status.js';
import { parseSmppUrl } from '../../../../src/adapters/sms/smpp/smpp-url.js';

describe('parseSmppUrl', () => {
  it.each([
    ['smpp://tact:secret@127.0.0.1:2775', { host: '127.0.0.1', port: 2775, tls: false, systemId: 'tact', password: 'secret' }],
    ['smpp://tact:secret@smsc.example', { host: 'smsc.example', port: 2775, tls: false, systemId: 'tact', password: 'secret' }],
    ['ssmpp://tact:p%40ss@smsc.example', { host: 'smsc.example', port: 3550, tls: true, systemId: 'tact', password: 'p@ss' }],
  ])('%s', (url, endpoint) => {
    expect(parseSmppUrl(url)).toEqual({ ok: true, value: endpoint });
  });

  it.each([
    'http://tact:secret@host:2775',
    'smpp://host:2775',
    'not a url',
    'smpp://tact:waytoolongpassword@host',
    'smpp://averyveryverylongsystemid:x@host',
  ])('%s → TACT_ERR_SMS_BAD_SMPP_URL, password not echoed', (url) => {
    const r = parseSmppUrl(url);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('TACT_ERR_SMS_BAD_SMPP_URL');
      expect(r.error.message).not.toContain('secret');
      expect(r.error.message).not.toContain('waytoolong');
    }
  });
});

describe('command_status table (docs/sms.md)', () => {
  it.each([
    [0x00, 'ok'],
    [0x58, 'throttle'],
    [0x14, 'throttle'],
    [0x08, 'transient'],
    [0x45, 'transient'],
    [0x0b, 'permanent'],
    [0x01, 'permanent'],
    [0x104, 'permanent'],
    [0x0e, 'rejected'],
    [0x400, 'rejected'], // vendor-specific: not accepted, retry may or may not help
  ] as const)('0x%s → %s', (status, kind) => {
    expect(classifyStatus(status)).toBe(kind);
  });

  it('names known codes and shows unknown ones in hex', () => {
    expect(describeStatus(0x0b)).toBe('ESME_RINVDSTADR (0x0000000B)');
    expect(describeStatus(0x401)).toBe('command_status 0x00000401');
  });
});
