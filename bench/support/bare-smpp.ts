// The baseline the SMPP and dispatch benches compare Tact with: a bare `smpp` client
// that binds and keeps `window` submit_sm in flight until `count` are answered.
import smpp, { type PDU } from 'smpp';

export interface BareRun {
  readonly port: number;
  readonly text: string;
  /** Destination for the i-th message, without "+". */
  readonly to: (i: number) => string;
}

/** Resolves to messages per second (wall clock). */
export const bareSmppRun = ({ port, text, to }: BareRun, count: number, window: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = smpp.connect({ host: '127.0.0.1', port });
    s.on('error', reject);
    s.on('deliver_sm', (pdu: PDU) => s.send(pdu.response()));
    s.on('connect', () => {
      s.socket.setNoDelay(true);
      s.bind_transceiver({ system_id: 'tact', password: 'secret' }, () => {
        let sent = 0;
        let done = 0;
        const started = performance.now();
        const next = (): void => {
          const i = sent++;
          s.submit_sm({ source_addr: 'Tact', destination_addr: to(i), dest_addr_ton: 1, registered_delivery: 1, short_message: text }, (r) => {
            if (r.command_status !== 0) return reject(new Error(`bare submit answered ${r.command_status}`));
            done += 1;
            if (sent < count) next();
            else if (done === count) {
              const rate = count / ((performance.now() - started) / 1000);
              s.close();
              resolve(rate);
            }
          });
        };
        for (let k = 0; k < Math.min(window, count); k += 1) next();
      });
    });
  });
