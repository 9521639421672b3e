// Every text and e-mail carries a simple opt-out instruction (us-regf 1006.6(e); cn SMS
// practice: T / TD / 退订). Judged only when the rendered content is given.
import { type Rule, never } from '../rule.js';

export const optOutNoticeRule = (channels: readonly string[]): Rule => ({
  id: 'opt-out-notice',
  appliesTo: (ch) => channels.includes(ch),
  check: ({ req }) =>
    req.content !== undefined && !req.contentHasOptOut && channels.includes(req.channel)
      ? 'POLICY_OPT_OUT_NOTICE_MISSING'
      : undefined,
  earliest: never,
});
