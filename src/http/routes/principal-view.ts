// Who sees what of a person: names in clear for roles that work with contacts, numbers in
// clear only for roles that answer data-subject requests (admin, compliance). Everyone
// else gets masks (core/model/mask-personal.ts). Also the actor string of audit events.
import type { FastifyRequest } from 'fastify';
import { maskName, maskPhone } from '../../core/model/mask-personal.js';
import { principalOf } from '../plugins/auth.js';
import { mayDo } from '../plugins/permissions.js';

export interface PersonalView {
  readonly name: (name: string) => string;
  readonly phone: (e164: string) => string;
  readonly text: (body: string | undefined) => string | undefined;
}

export const personalViewOf = (request: FastifyRequest): PersonalView => {
  const role = principalOf(request).role;
  const names = mayDo(role, 'contacts:write');
  const numbers = mayDo(role, 'rights:write');
  return {
    name: (n) => (names ? n : maskName(n)),
    phone: (p) => (numbers ? p : maskPhone(p)),
    // Reply texts and message bodies are personal data: only for the roles that see names.
    text: (b) => (names ? b : undefined),
  };
};

/** "api_key:<id>" or "user:<id>": who changed something, for audit events. */
export const actorOf = (request: FastifyRequest): string => {
  const p = principalOf(request);
  return p.via === 'api_key' ? `api_key:${p.keyId ?? 'unknown'}` : `user:${p.userId ?? 'unknown'}`;
};
