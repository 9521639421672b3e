// cn Tact default: no link in anything sent to a contact (联系人) — RULES.md "no links;
// no amounts" (GB/T 45251—2025 as reported; PIPL Art. 6). A link can lead a contact to
// the borrower's account. Judged only when the rendered content is given.
import { type Rule, never } from '../rule.js';
import { F_CONTENT, partyOf } from '../prepared-request.js';

// URLs with a scheme, "www.", or a bare domain followed by a path (t.cn/abc).
const linkPattern = /\b(?:https?:\/\/|www\.)\S|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S/iu;

/** True when the text contains a link. */
export const hasLink = (text: string): boolean => linkPattern.test(text);

export const thirdPartyLinkRule: Rule = {
  id: 'third-party-link',
  requires: F_CONTENT,
  appliesTo: (_ch, party) => party === 'third_party',
  check: ({ req }) =>
    partyOf(req) === 'third_party' && req.content !== undefined && hasLink(req.content) ? 'POLICY_THIRD_PARTY_LINK' : undefined,
  earliest: never,
};
