// The bundled SMSC simulator: an SMPP 3.4 server (the `smpp` package's createServer) for
// tests, demos and benchmarks. TEST/DEMO TOOL — its log file holds whole message texts
// (one-time codes included) and numbers; never point real traffic at it.
// It binds ESMEs with one system_id/password, answers submit_sm with generated ids,
// reassembles UDH-concatenated messages (IEI 0x00 and 0x08) and logs each COMPLETE one as
// a JSON line, sends a delivery receipt per accepted segment, and injects MO replies and
// failures: a share of submits throttled, numbers rejected (ESME_RINVDSTADR) or
// undeliverable (receipt stat:UNDELIV), a receipt delay, a submit_sm_resp delay.
import { randomBytes } from 'node:crypto';
import smpp, { type PDU, type Session } from 'smpp';
import { TactError } from '../../../core/errors.js';
import { ConcatAssembler } from '../smpp/concat-assembler.js';
import { addressFrom, messageText } from '../smpp/smpp-fields.js';
import { boundSession, SmscDeliveries, type BoundSession } from './smsc-deliveries.js';
import { SmscLog } from './smsc-log.js';
import { submitSmResp, WriteBatch } from './smsc-pdu-writer.js';
import { receiptFields, type SmscFate } from './smsc-receipt.js';
import { replyFields } from './smsc-reply.js';
import type { SmscBehaviour, SmscHandle, SmscMessage, SmscOptions, SmscStats } from './smsc-types.js';

const E = smpp.errors as Readonly<Record<string, number>>;
const status = (name: string): number => E[name] as number;

interface Segment {
  readonly id: string;
  readonly text: string;
  readonly dataCoding: number;
}

export const startSmsc = async (options: SmscOptions = {}): Promise<SmscHandle> => {
  const systemId = options.systemId ?? 'tact';
  const password = options.password ?? 'secret';
  const throttleRate = options.throttleRate ?? 0;
  const random = options.random ?? Math.random;
  const behaviours = new Map<string, SmscBehaviour>(Object.entries(options.numbers ?? {}));
  for (const n of options.undeliverable ?? []) behaviours.set(n, 'undeliverable');
  for (const n of options.rejected ?? []) behaviours.set(n, 'reject');
  const keep = options.keepMessages ?? 10_000;
  const log = options.logFile === undefined ? undefined : new SmscLog(options.logFile);
  if (log !== undefined) await log.ready();
  const deliveries = new SmscDeliveries();
  const parts = new ConcatAssembler<Segment>();
  const kept: SmscMessage[] = [];
  const stats = { binds: 0, submits: 0, accepted: 0, throttled: 0, rejected: 0, messages: 0 };
  const prefix = randomBytes(3).toString('hex');
  let counter = 0;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void): void => {
    if (ms <= 0) return void setImmediate(fn);
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const complete = (m: SmscMessage): void => {
    stats.messages += 1;
    kept.push(m);
    if (kept.length > keep * 2) kept.splice(0, kept.length - keep);
    log?.append(m);
  };

  const onSubmit = (bound: BoundSession, pdu: PDU): void => {
    stats.submits += 1;
    const answer = (code: number, id = ''): void => {
      const respond = (): void => void (bound.open && bound.batch.write(submitSmResp(pdu.sequence_number, code, id)));
      if ((options.submitDelayMs ?? 0) > 0) later(options.submitDelayMs ?? 0, respond);
      else respond();
    };
    const to = addressFrom(pdu.destination_addr, pdu.dest_addr_ton);
    const behaviour = behaviours.get(to) ?? 'deliver';
    if (behaviour === 'timeout') return; // taken, never answered
    if (behaviour === 'throttle') {
      stats.throttled += 1;
      return answer(status('ESME_RTHROTTLED'));
    }
    if (behaviour === 'error') return answer(status('ESME_RSYSERR'));
    if (behaviour === 'opt-out') {
      stats.rejected += 1;
      return answer(status('ESME_RPROHIBITED'));
    }
    if (throttleRate > 0 && random() < throttleRate) {
      stats.throttled += 1;
      const which = options.throttleStatus ?? 'both';
      const useQueueFull = which === 'queue_full' || (which === 'both' && random() < 0.5);
      return answer(status(useQueueFull ? 'ESME_RMSGQFUL' : 'ESME_RTHROTTLED'));
    }
    if (behaviour === 'reject' || to === '') {
      stats.rejected += 1;
      return answer(status('ESME_RINVDSTADR'));
    }
    const id = `${prefix}${(counter++).toString(16).padStart(6, '0')}`;
    stats.accepted += 1;
    answer(0, id);
    const now = new Date();
    const from = addressFrom(pdu.source_addr, pdu.source_addr_ton);
    const { text, concat } = messageText(pdu);
    const fate: SmscFate = behaviour === 'undeliverable' ? 'UNDELIV' : 'DELIVRD';
    if (((pdu.registered_delivery ?? 0) & 0x03) !== 0) {
      const receipt = receiptFields({
        id,
        sourceAddr: pdu.source_addr ?? '',
        sourceTon: pdu.source_addr_ton ?? 0,
        destinationAddr: pdu.destination_addr ?? '',
        destinationTon: pdu.dest_addr_ton ?? 0,
        submittedAt: now,
        doneAt: now,
        fate,
        text,
      }, options.receiptForm);
      later(options.receiptDelayMs ?? 0, () => deliveries.deliver(receipt, bound.systemId, bound));
    }
    const segment: Segment = { id, text, dataCoding: pdu.data_coding ?? 0 };
    const whole = concat === undefined ? [segment] : parts.add(`${bound.systemId}|${from}|${to}`, concat, segment, now.getTime());
    if (whole === null) return;
    complete({
      at: now.toISOString(),
      id: (whole[0] as Segment).id,
      ids: whole.map((s) => s.id),
      systemId: bound.systemId,
      from,
      to,
      text: whole.map((s) => s.text).join(''),
      segments: whole.length,
      dataCoding: segment.dataCoding,
      fate,
    });
  };

  const onSession = (session: Session): void => {
    let bound: BoundSession | undefined;
    let canSubmit = false;
    session.socket.setNoDelay(true);
    const bind = (pdu: PDU, receives: boolean, transmits: boolean): void => {
      if (bound !== undefined) return void session.send(pdu.response({ command_status: status('ESME_RALYBND') }));
      if (pdu.system_id !== systemId) return void session.send(pdu.response({ command_status: status('ESME_RINVSYSID') }));
      if (pdu.password !== password) return void session.send(pdu.response({ command_status: status('ESME_RINVPASWD') }));
      bound = boundSession(session, systemId, receives, new WriteBatch(session.socket), deliveries);
      const b = bound;
      stats.binds += 1;
      session.send(pdu.response({ system_id: 'TactSMSC' }));
      canSubmit = transmits;
      deliveries.added(b);
    };
    session.on('bind_transceiver', (pdu: PDU) => bind(pdu, true, true));
    session.on('bind_transmitter', (pdu: PDU) => bind(pdu, false, true));
    session.on('bind_receiver', (pdu: PDU) => bind(pdu, true, false));
    session.on('submit_sm', (pdu: PDU) => {
      if (bound === undefined || !canSubmit) session.send(pdu.response({ command_status: status('ESME_RINVBNDSTS') }));
      else onSubmit(bound, pdu);
    });
    session.on('enquire_link', (pdu: PDU) => {
      if (options.answerEnquireLink !== false) session.send(pdu.response());
    });
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('error', () => session.destroy());
    session.socket.on('close', () => {
      if (bound !== undefined) deliveries.removed(bound);
    });
  };

  const server = smpp.createServer(options.tls ?? {}, onSession);
  const host = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: Error) =>
        reject(new TactError('TACT_ERR_SMS_SMSC_LISTEN_FAILED', `The SMSC simulator could not listen: ${e.message}.`)),
      );
      server.listen(options.port ?? 2775, host, () => resolve());
    });
  } catch (e) {
    await log?.close();
    throw e;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const sweep = setInterval(() => parts.sweep(Date.now(), 10 * 60_000), 60_000);
  sweep.unref();

  return {
    host,
    port,
    messages: () => kept.slice(),
    setNumber: (to, behaviour) => void behaviours.set(to, behaviour),
    stats: (): SmscStats => ({ ...stats, receiptsAndRepliesSent: deliveries.sent, waitingDeliveries: deliveries.waitingCount }),
    injectReply: (reply) =>
      new Promise((resolve) => deliveries.deliver(replyFields(reply), systemId, undefined, (s) => resolve(s))),
    waitForMessages: async (count, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      while (kept.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      return kept.slice();
    },
    close: async () => {
      clearInterval(sweep);
      for (const t of timers) clearTimeout(t);
      deliveries.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of [...server.sessions]) s.destroy();
      await closed;
      await log?.close();
    },
  };
};
