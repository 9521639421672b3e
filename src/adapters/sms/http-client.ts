// A minimal HTTP client for the provider adapters: one request, a total deadline, and
// keep-alive agents the adapter owns, so `close()` really releases every socket
// (the global fetch pool would keep them open past close).
import http from 'node:http';
import https from 'node:https';

export type HttpAnswer =
  | { readonly kind: 'response'; readonly status: number; readonly body: string }
  /** No answer: connection refused, reset, DNS failure. The request may or may not have arrived. */
  | { readonly kind: 'network'; readonly reason: string }
  /** No complete answer within the deadline. */
  | { readonly kind: 'timeout' };

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Total deadline for the answer, milliseconds. */
  readonly timeoutMs: number;
}

export class HttpClient {
  private readonly httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  private readonly httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });
  private closed = false;

  request(req: HttpRequest): Promise<HttpAnswer> {
    if (this.closed) return Promise.resolve({ kind: 'network', reason: 'client closed' });
    const url = new URL(req.url);
    const secure = url.protocol === 'https:';
    const send = secure ? https.request : http.request;
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
    return new Promise<HttpAnswer>((resolve) => {
      let settled = false;
      const finish = (answer: HttpAnswer): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(answer);
      };
      const outgoing = send(
        url,
        {
          method: req.method,
          agent: secure ? this.httpsAgent : this.httpAgent,
          headers: { ...req.headers, ...(body === undefined ? {} : { 'content-length': String(body.length) }) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            finish({ kind: 'response', status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', (e) => finish({ kind: 'network', reason: e.message }));
        },
      );
      const timer = setTimeout(() => {
        finish({ kind: 'timeout' });
        outgoing.destroy();
      }, req.timeoutMs);
      outgoing.on('error', (e) => finish({ kind: 'network', reason: e.message }));
      outgoing.end(body);
    });
  }

  close(): void {
    this.closed = true;
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
