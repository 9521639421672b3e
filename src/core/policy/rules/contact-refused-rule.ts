// A contact who refused to be a contact is never contacted again after the refusal.
import { F_REFUSED, P_REFUSED } from '../prepared-request.js';
import { type Rule, never } from '../rule.js';

export const contactRefusedRule: Rule = {
  id: 'contact-refused',
  requires: F_REFUSED,
  check: ({ req }, t) => (req.buf[req.off + P_REFUSED]! <= t ? 'POLICY_CONTACT_REFUSED' : undefined),
  earliest: never,
};
