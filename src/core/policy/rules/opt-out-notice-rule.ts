// Every text and e-mail carries a simple opt-out instruction (us-regf 1006.6(e); cn SMS
// practice: T / TD / 退订). Judged only when the rendered content is given. Not for the
// opt-out confirmation: 1006.14(h)(2)(i) allows one that "contains no information other
// than a statement confirming the person's request and that the debt collector will
// honor it", so an opt-out instruction in it would be extra information.
import { type Rule, never } from '../rule.js';
import { F_CONTENT_NO_OPT_OUT, channelOf, purposeOf } from '../prepared-request.js';

export const optOutNoticeRule = (channels: readonly string[]): Rule => ({
  id: 'opt-out-notice',
  requires: F_CONTENT_NO_OPT_OUT,
  appliesTo: (ch, _party, purpose) => channels.includes(ch) && purpose !== 'opt_out_confirmation',
  check: ({ req }) =>
    (req.facts & F_CONTENT_NO_OPT_OUT) !== 0 && channels.includes(channelOf(req)) && purposeOf(req) !== 'opt_out_confirmation'
      ? 'POLICY_OPT_OUT_NOTICE_MISSING'
      : undefined,
  earliest: never,
});
