// A tiny HTTP listener for provider callbacks, used when Tact runs without its HTTP
// server (tests, `tact run` on one machine). Binds 127.0.0.1 on the given port (0 = any
// free port); a proxy or tunnel publishes it. The Fastify server mounts the same
// handler functions instead.
import http from 'node:http';

export interface CallbackRequest {
  readonly method: string;
  /** Path and query as requested, e.g. "/twilio/status?x=1". */
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface CallbackResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

export interface CallbackListener {
  /** Base URL, e.g. http://127.0.0.1:53211 (no trailing slash). */
  readonly url: string;
  close(): Promise<void>;
}

/** Callback bodies are small (a form or a JSON array of reports); larger is refused. */
const maxBodyBytes = 1_000_000;

export const startCallbackListener = async (
  handle: (request: CallbackRequest) => Promise<CallbackResponse>,
  options: { readonly host?: string; readonly port?: number } = {},
): Promise<CallbackListener> => {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) {
        res.writeHead(413).end();
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const request = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      handle(request).then(
        (answer) => res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body),
        () => res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error'),
      );
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
