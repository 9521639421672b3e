// Types for the parts of the `smpp` package (0.5.x, no types ship) that Tact uses.
// PDU fields are dynamic in the package (parameters and TLVs become properties), so a
// PDU is typed as the fields we read or write, all optional.
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer, Socket } from 'node:net';

  /** short_message after the package's decode filter: text plus UDH parts when UDHI is set. */
  export interface DecodedMessage {
    readonly message: string;
    readonly udh?: readonly Buffer[];
  }

  export interface PduFields {
    command_status?: number;
    sequence_number?: number;
    system_id?: string;
    password?: string;
    system_type?: string;
    interface_version?: number;
    service_type?: string;
    source_addr_ton?: number;
    source_addr_npi?: number;
    source_addr?: string;
    dest_addr_ton?: number;
    dest_addr_npi?: number;
    destination_addr?: string;
    esm_class?: number;
    protocol_id?: number;
    priority_flag?: number;
    registered_delivery?: number;
    data_coding?: number | null;
    /** Outgoing: raw octets (UDH included) or text; incoming: decoded by the package. */
    short_message?: Buffer | string | DecodedMessage;
    message_payload?: Buffer | string | DecodedMessage;
    message_id?: string;
    receipted_message_id?: string;
    message_state?: number;
    network_error_code?: Buffer;
  }

  // Class and interface merge: a PDU carries every field of PduFields.
  export interface PDU extends PduFields {
    command_status: number;
    sequence_number: number;
  }
  export class PDU {
    constructor(command: string, options?: PduFields);
    readonly command: string;
    readonly command_id: number;
    command_status: number;
    sequence_number: number;
    isResponse(): boolean;
    response(options?: PduFields): PDU;
    toBuffer(): Buffer;
  }

  export type ResponseCallback = (pdu: PDU) => void;

  export class Session extends EventEmitter {
    readonly socket: Socket;
    send(pdu: PDU, responseCallback?: ResponseCallback, sendCallback?: ResponseCallback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transceiver(options: PduFields, responseCallback?: ResponseCallback): boolean;
    submit_sm(options: PduFields, responseCallback?: ResponseCallback): boolean;
    deliver_sm(options: PduFields, responseCallback?: ResponseCallback): boolean;
    enquire_link(options?: PduFields, responseCallback?: ResponseCallback): boolean;
    unbind(options?: PduFields, responseCallback?: ResponseCallback): boolean;
  }

  export interface ConnectOptions {
    readonly host: string;
    readonly port: number;
    readonly tls?: boolean;
    /** Passed on to tls.connect (e.g. ca, rejectUnauthorized, servername). */
    readonly [tlsOption: string]: unknown;
  }

  export function connect(options: ConnectOptions, listener?: () => void): Session;

  export interface ServerOptions {
    readonly key?: string | Buffer;
    readonly cert?: string | Buffer;
  }

  export interface Server extends NetServer {
    readonly sessions: Session[];
  }

  export function createServer(options: ServerOptions, listener: (session: Session) => void): Server;

  export const errors: Readonly<Record<string, number>>;
  export const ESME_ROK: number;
  export const ESME_RINVPASWD: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RMSGQFUL: number;
  export const ESME_RINVBNDSTS: number;
  export const ESME_RX_T_APPN: number;
}
