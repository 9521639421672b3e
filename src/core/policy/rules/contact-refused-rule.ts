// A contact who refused to be a contact is never contacted again after the refusal.
import { type Rule, never } from '../rule.js';

export const contactRefusedRule: Rule = {
  id: 'contact-refused',
  check: ({ req }, t) => (req.refusedAt !== undefined && req.refusedAt <= t ? 'POLICY_CONTACT_REFUSED' : undefined),
  earliest: never,
};
