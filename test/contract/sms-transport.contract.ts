// The one contract every SmsTransport passes (STYLE.md habit 8), run against the
// transport's REAL counterpart: the bundled SMSC over TCP for SMPP, the local provider
// servers for HTTP, the simulator's own handle for the in-process transport.
//
// Usage (one file per adapter, test/contract/sms-transport-<name>.test.ts):
//   smsTransportContract('twilio', async () => ({ transport, peer }));
// The factory is called once per test and must configure the adapter with a short
// request/response timeout (≤ 1 s) so the `timeout` case stays fast.
import { describe, expect, it, afterEach } from 'vitest';
import type { DeliveryReceipt, InboundEvent, SmsTransport } from '../../src/app/ports/sms-transport.js';
import { isProviderOptOut } from '../../src/app/ports/sms-provider-opt-out.js';

/**
 * How the peer treats messages to one destination:
 * - `deliver` (default): accept, then send a `delivered` receipt;
 * - `undeliverable`: the number does not exist on the network — accept and send an
 *   undeliverable receipt, or refuse at submit, as the real provider does;
 * - `reject`: invalid destination, refused at submit for good;
 * - `opt-out`: the provider knows the recipient opted out (Twilio 21610), refused for good;
 * - `throttle`: rate limit (HTTP 429, ESME_RTHROTTLED, isv.BUSINESS_LIMIT_CONTROL);
 * - `error`: a provider fault (HTTP 5xx, ESME_RSYSERR);
 * - `timeout`: the peer takes the request and never answers.
 */
export const peerOutcomes = ['deliver', 'undeliverable', 'reject', 'opt-out', 'throttle', 'error', 'timeout'] as const;
export type PeerOutcome = (typeof peerOutcomes)[number];

export interface PeerMessage {
  /** E.164 destination as the peer understood it. */
  readonly to: string;
  /** The text as the handset would show it (reassembled, decoded, template rendered). */
  readonly text: string;
  /** The id the peer assigned and returned to the adapter. */
  readonly providerId: string;
}

/** The test handle of the real counterpart (SMSC, fake provider server, simulator). */
export interface SmsPeer {
  /** Messages the peer accepted, in order of arrival. */
  sentMessages(): readonly PeerMessage[];
  /** Sends a mobile-originated reply towards the adapter the way the peer does. */
  injectReply(reply: { readonly from: string; readonly to: string; readonly text: string }): Promise<void>;
  setOutcome(to: string, outcome: PeerOutcome): void;
  close(): Promise<void>;
}

export interface SmsTransportUnderTest {
  readonly transport: SmsTransport;
  readonly peer: SmsPeer;
}

export interface ContractOptions {
  /** The transport marks a provider-side opt-out so the dispatcher can record it. */
  readonly reportsOptOut?: boolean;
  /**
   * Set to false when the provider documents no submit-time refusal for opted-out
   * recipients (Aliyun: opt-outs arrive as SmsUp replies instead); the case is skipped.
   */
  readonly refusesOptedOut?: boolean;
  /** The adapter's sender id; replies are injected towards it. Default '+15005550006'. */
  readonly ownNumber?: string;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `pick` returns a value; fails with `what` after `ms`. */
const eventually = async <T>(what: string, pick: () => T | undefined, ms = 5000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = pick();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await wait(10);
  }
};

const watched = ['TCPSocketWrap', 'TCPServerWrap', 'Timeout'] as const;
const ioResources = (): readonly number[] => {
  const all = process.getActiveResourcesInfo();
  return watched.map((kind) => all.filter((r) => r === kind).length);
};
/** True when no watched kind of resource is more numerous than at `baseline`. */
const noMoreThan = (baseline: readonly number[]): boolean => ioResources().every((n, i) => n <= (baseline[i] ?? 0));

// Mainland China mobile numbers (Aliyun's domestic service needs them; others do not care).
const numbers = {
  ok: '+8613800138001',
  ok2: '+8613800138002',
  undeliverable: '+8613800138003',
  invalid: '+8613800138004',
  optedOut: '+8613800138005',
  throttled: '+8613800138006',
  failing: '+8613800138007',
  silent: '+8613800138008',
  replier: '+8613800138009',
} as const;

export const smsTransportContract = (
  name: string,
  factory: () => Promise<SmsTransportUnderTest>,
  options: ContractOptions = {},
): void => {
  const ownNumber = options.ownNumber ?? '+15005550006';

  describe(`SmsTransport contract: ${name}`, () => {
    let current: SmsTransportUnderTest | undefined;
    let events: InboundEvent[] = [];

    const start = async (): Promise<SmsTransportUnderTest> => {
      current = await factory();
      events = [];
      current.transport.onInbound((event) => {
        events.push(event);
      });
      return current;
    };

    afterEach(async () => {
      if (current === undefined) return;
      await current.transport.close();
      await current.peer.close();
      current = undefined;
    });

    const finalReceipt = (providerId: string): DeliveryReceipt | undefined =>
      events.find((e): e is DeliveryReceipt => e.kind === 'receipt' && e.providerId === providerId);

    it('an accepted message carries the id the peer assigned, and the peer got exactly the text', async () => {
      const { transport, peer } = await start();
      const a = await transport.send({ messageId: 'm-1', to: numbers.ok, text: '【Tact】Payment reminder. Reply STOP to opt out' });
      const b = await transport.send({ messageId: 'm-2', to: numbers.ok2, text: '【Tact】Second message. Reply STOP to opt out' });
      expect(a.kind).toBe('accepted');
      expect(b.kind).toBe('accepted');
      const arrived = peer.sentMessages();
      expect(arrived.map((m) => m.to)).toEqual([numbers.ok, numbers.ok2]);
      expect(arrived.map((m) => m.text)).toEqual([
        '【Tact】Payment reminder. Reply STOP to opt out',
        '【Tact】Second message. Reply STOP to opt out',
      ]);
      // The adapter read the peer's answer: its ids are the peer's, and they differ.
      expect(a.kind === 'accepted' ? a.providerId : undefined).toBe(arrived[0]?.providerId);
      expect(b.kind === 'accepted' ? b.providerId : undefined).toBe(arrived[1]?.providerId);
      expect(arrived[0]?.providerId).not.toBe(arrived[1]?.providerId);
    });

    it('Chinese text and emoji arrive intact', async () => {
      const { transport, peer } = await start();
      const text = '【Tact】您好，您的账单已到期，请及时处理 🙏📱 回T退订';
      const outcome = await transport.send({ messageId: 'm-u', to: numbers.ok, text });
      expect(outcome.kind).toBe('accepted');
      expect(peer.sentMessages().map((m) => m.text)).toEqual([text]);
    });

    it('a long text (several UCS-2 segments) arrives whole, as one message with one id', async () => {
      const { transport, peer } = await start();
      const text = `【Tact】${'您好，这是一条很长的提醒短信，用于检查分段与重组。'.repeat(8)}🙏 回T退订`;
      const outcome = await transport.send({ messageId: 'm-long', to: numbers.ok, text });
      expect(outcome.kind).toBe('accepted');
      const arrived = peer.sentMessages();
      expect(arrived.map((m) => m.text)).toEqual([text]);
      // Segmenting protocols (SMPP) get one id per segment: the peer reports, for the
      // reassembled message, the id the adapter is documented to return (e.g. the first).
      expect(outcome.kind === 'accepted' ? outcome.providerId : undefined).toBe(arrived[0]?.providerId);
    });

    it('a delivered message yields a delivered receipt with the same provider id', async () => {
      const { transport, peer } = await start();
      peer.setOutcome(numbers.ok, 'deliver');
      const outcome = await transport.send({ messageId: 'm-d', to: numbers.ok, text: '【Tact】hello. Reply STOP to opt out' });
      if (outcome.kind !== 'accepted') throw new Error(`expected accepted, got ${outcome.kind}`);
      const receipt = await eventually('a receipt', () => finalReceipt(outcome.providerId));
      expect(receipt.status).toBe('delivered');
      expect(Number.isNaN(Date.parse(receipt.at))).toBe(false);
    });

    it('an undeliverable number yields an undeliverable receipt or a permanent rejection', async () => {
      const { transport, peer } = await start();
      peer.setOutcome(numbers.undeliverable, 'undeliverable');
      const outcome = await transport.send({ messageId: 'm-x', to: numbers.undeliverable, text: '【Tact】hello. Reply STOP to opt out' });
      if (outcome.kind === 'accepted') {
        const receipt = await eventually('a receipt', () => finalReceipt(outcome.providerId));
        expect(receipt.status).toBe('undeliverable');
      } else {
        expect(outcome).toMatchObject({ kind: 'rejected', permanent: true });
      }
    });

    it('an invalid number is rejected for good', async () => {
      const { transport, peer } = await start();
      peer.setOutcome(numbers.invalid, 'reject');
      const outcome = await transport.send({ messageId: 'm-i', to: numbers.invalid, text: '【Tact】hello. Reply STOP to opt out' });
      expect(outcome).toMatchObject({ kind: 'rejected', permanent: true });
      expect(isProviderOptOut(outcome)).toBe(false);
    });

    it.skipIf(options.refusesOptedOut === false)('a number the provider knows as opted out is rejected for good', async () => {
      const { transport, peer } = await start();
      peer.setOutcome(numbers.optedOut, 'opt-out');
      const outcome = await transport.send({ messageId: 'm-o', to: numbers.optedOut, text: '【Tact】hello. Reply STOP to opt out' });
      expect(outcome).toMatchObject({ kind: 'rejected', permanent: true });
      if (options.reportsOptOut === true) expect(isProviderOptOut(outcome)).toBe(true);
    });

    it('throttling, a provider fault and a timeout are transient', async () => {
      const { transport, peer } = await start();
      peer.setOutcome(numbers.throttled, 'throttle');
      peer.setOutcome(numbers.failing, 'error');
      peer.setOutcome(numbers.silent, 'timeout');
      const text = '【Tact】hello. Reply STOP to opt out';
      const throttled = await transport.send({ messageId: 'm-t', to: numbers.throttled, text });
      const failing = await transport.send({ messageId: 'm-f', to: numbers.failing, text });
      const silent = await transport.send({ messageId: 'm-s', to: numbers.silent, text });
      expect(throttled.kind).toBe('transient');
      expect(failing.kind).toBe('transient');
      expect(silent.kind).toBe('transient');
      // A refused or unanswered message never counts as arrived.
      expect(peer.sentMessages()).toEqual([]);
      // The transport is still usable after a timeout.
      expect((await transport.send({ messageId: 'm-ok', to: numbers.ok, text })).kind).toBe('accepted');
    });

    it('an injected reply reaches the handler with sender, recipient and text', async () => {
      const { peer } = await start();
      await peer.injectReply({ from: numbers.replier, to: ownNumber, text: '退订 STOP' });
      const reply = await eventually('a reply', () => events.find((e) => e.kind === 'reply'));
      expect(reply).toMatchObject({ kind: 'reply', from: numbers.replier, to: ownNumber, text: '退订 STOP' });
      expect(Number.isNaN(Date.parse(reply.receivedAt))).toBe(false);
    });

    it('close() releases every socket, server and timer it opened', async () => {
      // Earlier tests' sockets may still be closing: the baseline is the settled minimum.
      let baseline = ioResources();
      for (let i = 0; i < 20; i++) {
        await wait(10);
        baseline = ioResources().map((n, k) => Math.min(n, baseline[k] ?? n));
      }
      const { transport, peer } = await start();
      await transport.send({ messageId: 'm-c', to: numbers.ok, text: '【Tact】bye. Reply STOP to opt out' });
      await peer.injectReply({ from: numbers.replier, to: ownNumber, text: 'Y' });
      await eventually('a reply', () => events.find((e) => e.kind === 'reply'));
      await transport.close();
      await peer.close();
      current = undefined;
      await eventually(
        `resources to be released (socket, server, timer counts now ${ioResources().join('/')}, before ${baseline.join('/')})`,
        () => (noMoreThan(baseline) ? true : undefined),
        3000,
      );
    });
  });
};
