// A tiny app.inject() client for the /v1 route tests: JSON in, status and JSON out.
import type { HttpApp } from '../support/http-app.js';

export interface Answer {
  readonly status: number;
  readonly body: any;
  readonly text: string;
}

export type Call = (method: string, url: string, key: string, payload?: unknown, headers?: Record<string, string>) => Promise<Answer>;

export const apiClient = (t: HttpApp): Call => async (method, url, key, payload, headers = {}) => {
  const r = await t.app.inject({
    method: method as 'GET',
    url,
    headers: { authorization: key, ...headers },
    ...(payload === undefined ? {} : typeof payload === 'string' ? { payload } : { payload: payload as object }),
  });
  let body: unknown;
  try {
    body = r.json();
  } catch {
    body = undefined;
  }
  return { status: r.statusCode, body, text: r.body };
};

/** The one error shape, with its code and path. */
export const expectError = (a: Answer, status: number, code: string, path?: string): void => {
  if (a.status !== status || a.body?.error?.code !== code || (path !== undefined && a.body?.error?.path !== path)) {
    throw new Error(`expected ${status} ${code}${path === undefined ? '' : ` at ${path}`}, got ${a.status} ${a.text.slice(0, 400)}`);
  }
  if (typeof a.body.requestId !== 'string' || typeof a.body.error.hint !== 'string') throw new Error(`not the error shape: ${a.text}`);
};
