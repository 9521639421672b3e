// ssmpp:// — the SMPP transport over TLS to the bundled SMSC, with a self-signed
// certificate made at test time by the openssl CLI (skipped, with the reason printed,
// where openssl is missing).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSmsc } from '../../src/adapters/sms/simulator/smsc-server.js';
import { SmppTransport } from '../../src/adapters/sms/smpp/smpp-transport.js';
import type { InboundEvent } from '../../src/app/ports/sms-transport.js';
import { TactError } from '../../src/core/errors.js';
import { waitFor } from './smpp-support.js';

const selfSigned = (): { key: string; cert: string } | undefined => {
  const dir = mkdtempSync(join(tmpdir(), 'tact-tls-'));
  const r = spawnSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
  ], { stdio: 'ignore' });
  if (r.error !== undefined || r.status !== 0) return undefined;
  return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
};

const tls = selfSigned();
if (tls === undefined) console.warn('smpp-tls.test: skipped — the openssl CLI is not available to make a test certificate');

describe.skipIf(tls === undefined)('SMPP over TLS (ssmpp://)', () => {
  it('binds, submits and receives the receipt over TLS, trusting the test CA', async () => {
    const smsc = await startSmsc({ port: 0, tls: tls as { key: string; cert: string } });
    const events: InboundEvent[] = [];
    const transport = await SmppTransport.open({ url: `ssmpp://tact:secret@127.0.0.1:${smsc.port}`, tlsOptions: { ca: tls?.cert } });
    transport.onInbound((e) => {
      events.push(e);
    });
    try {
      const outcome = await transport.send({ messageId: 's', to: '+15550000001', text: '加密通道测试' });
      expect(outcome).toEqual({ kind: 'accepted', providerId: smsc.messages()[0]?.id });
      expect(smsc.messages()[0]?.text).toBe('加密通道测试');
      await waitFor(() => events.length > 0, 'the receipt');
      expect(events[0]).toMatchObject({ kind: 'receipt', status: 'delivered' });
    } finally {
      await transport.close();
      await smsc.close();
    }
  });

  it('refuses an SMSC certificate it does not trust', async () => {
    const smsc = await startSmsc({ port: 0, tls: tls as { key: string; cert: string } });
    try {
      const error = await SmppTransport.open({ url: `ssmpp://tact:secret@127.0.0.1:${smsc.port}` }).catch((e: unknown) => e);
      expect((error as TactError).code).toBe('TACT_ERR_SMS_CONNECT_FAILED');
    } finally {
      await smsc.close();
    }
  });
});
