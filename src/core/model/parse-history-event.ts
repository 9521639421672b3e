// Reads one entry of a decision request's `history` (see parse-decision-request.ts).
import { channels, contactResults, directions, parties } from './decision-request.js';
import type { HistoryEvent } from './decision-request.js';
import { compact } from './compact.js';
import type { Json, JsonReader } from './json-reader.js';

export const readHistoryEvent = (r: JsonReader, v: Json, path: string): HistoryEvent | undefined => {
  const o = r.object(v, path);
  if (o === undefined) return undefined;
  const id = r.optional(o, 'id', path, (x, p) => r.id(x, p));
  const at = r.required(o, 'at', path, (x, p) => r.instant(x, p));
  const channel = r.required(o, 'channel', path, (x, p) => r.oneOf(x, p, channels));
  const direction = r.required(o, 'direction', path, (x, p) => r.oneOf(x, p, directions));
  const personId = r.required(o, 'personId', path, (x, p) => r.id(x, p));
  const party = r.required(o, 'party', path, (x, p) => r.oneOf(x, p, parties));
  const to = r.optional(o, 'to', path, (x, p) => r.address(x, p));
  const accountIds = r.required(o, 'accountIds', path, (x, p) => r.array(x, p, (e, ep) => r.id(e, ep)));
  const discussedAccountIds = r.optional(o, 'discussedAccountIds', path, (x, p) => r.array(x, p, (e, ep) => r.id(e, ep)));
  // Free text in the contract (past purposes may come from older systems).
  const purpose = r.optional(o, 'purpose', path, (x, p) => r.string(x, p));
  const replyTo = r.optional(o, 'replyTo', path, (x, p) => r.id(x, p));
  const content = r.optional(o, 'content', path, (x, p) => r.string(x, p));
  const actor = r.optional(o, 'actor', path, (x, p) => r.string(x, p));
  const result = r.required(o, 'result', path, (x, p) => r.oneOf(x, p, contactResults));
  if (
    at === undefined ||
    channel === undefined ||
    direction === undefined ||
    personId === undefined ||
    party === undefined ||
    accountIds === undefined ||
    result === undefined
  ) {
    return undefined;
  }
  return {
    ...compact({ id }),
    at,
    channel,
    direction,
    personId,
    party,
    ...compact({ to }),
    accountIds,
    ...compact({ discussedAccountIds, purpose, replyTo, content, actor }),
    result,
  };
};
