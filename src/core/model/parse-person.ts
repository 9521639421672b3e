// Reads the `person` part of a decision request (see parse-decision-request.ts).
import { channels, places, weekdays } from './decision-request.js';
import type { InconvenientTime, OptOut, Person } from './decision-request.js';
import { compact } from './compact.js';
import type { Json, JsonReader } from './json-reader.js';

export const readPerson = (r: JsonReader, v: Json, path: string): Person | undefined => {
  const o = r.object(v, path);
  if (o === undefined) return undefined;
  const id = r.required(o, 'id', path, (x, p) => r.id(x, p));
  const timeZones = r.required(o, 'timeZones', path, (x, p) => r.array(x, p, (z, zp) => r.zone(z, zp)));
  const contactRole = r.optional(o, 'contactRole', path, (x, p) => {
    const c = r.object(x, p);
    if (c === undefined) return undefined;
    const confirmed = r.required(c, 'confirmed', p, (y, q) => r.boolean(y, q));
    const refusedAt = r.optional(c, 'refusedAt', p, (y, q) => r.instant(y, q));
    return confirmed === undefined ? undefined : { confirmed, ...compact({ refusedAt }) };
  });
  const inconvenient = r.optional(o, 'inconvenient', path, (x, p) => r.array(x, p, (e, ep) => readInconvenient(r, e, ep)));
  const optOuts = r.optional(o, 'optOuts', path, (x, p) => r.array(x, p, (e, ep) => readOptOut(r, e, ep)));
  const consentToCall = r.optional(o, 'consentToCall', path, (x, p) =>
    r.array(x, p, (e, ep) => {
      const c = r.object(e, ep);
      if (c === undefined) return undefined;
      const from = r.required(c, 'from', ep, (y, q) => r.instant(y, q));
      const until = r.required(c, 'until', ep, (y, q) => r.instant(y, q));
      return from === undefined || until === undefined ? undefined : { from, until };
    }),
  );
  const wrongNumbers = r.optional(o, 'wrongNumbers', path, (x, p) =>
    r.array(x, p, (e, ep) => {
      const w = r.object(e, ep);
      if (w === undefined) return undefined;
      const to = r.required(w, 'to', ep, (y, q) => r.address(y, q));
      const learnedAt = r.required(w, 'learnedAt', ep, (y, q) => r.instant(y, q));
      return to === undefined || learnedAt === undefined ? undefined : { to, learnedAt };
    }),
  );
  if (id === undefined || timeZones === undefined) return undefined;
  return { id, timeZones, ...compact({ contactRole, inconvenient, optOuts, consentToCall, wrongNumbers }) };
};

const readInconvenient = (r: JsonReader, v: Json, path: string): InconvenientTime | undefined => {
  const o = r.object(v, path);
  if (o === undefined) return undefined;
  const days = r.optional(o, 'days', path, (x, p) => r.array(x, p, (d, dp) => r.oneOf(d, dp, weekdays)));
  const from = r.optional(o, 'from', path, (x, p) => r.localTime(x, p, false));
  const to = r.optional(o, 'to', path, (x, p) => r.localTime(x, p, true));
  // An hour range needs both ends: a lone "from" would silently mean "until midnight".
  if (absent(o['from']) !== absent(o['to'])) {
    const missing = absent(o['from']) ? 'from' : 'to';
    r.fail('TACT_ERR_DECIDE_MISSING_FIELD', `${path}.${missing}`, `${path}.${missing} is required when an hour range is given.`);
  }
  const until = r.optional(o, 'until', path, (x, p) => r.instant(x, p));
  const place = r.optional(o, 'place', path, (x, p) => r.oneOf(x, p, places));
  const channel = r.optional(o, 'channel', path, (x, p) => r.oneOf(x, p, channels));
  return compact({ days, from, to, until, place, channel });
};

const readOptOut = (r: JsonReader, v: Json, path: string): OptOut | undefined => {
  const o = r.object(v, path);
  if (o === undefined) return undefined;
  const channel = r.required(o, 'channel', path, (x, p) => r.oneOf(x, p, channels));
  const to = r.optional(o, 'to', path, (x, p) => r.address(x, p));
  const at = r.required(o, 'at', path, (x, p) => r.instant(x, p));
  if (channel === undefined || at === undefined) return undefined;
  return { channel, at, ...compact({ to }) };
};

const absent = (x: Json): boolean => x === undefined || x === null;
