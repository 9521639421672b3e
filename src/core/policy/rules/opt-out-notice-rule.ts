// Every text and e-mail carries a simple opt-out instruction (us-regf 1006.6(e); cn SMS
// practice: T / TD / 退订). Judged only when the rendered content is given.
import { hasOptOutInstruction } from '../content-checks.js';
import { type Rule, never } from '../rule.js';

export const optOutNoticeRule = (channels: readonly string[]): Rule => ({
  id: 'opt-out-notice',
  check: ({ req }) =>
    channels.includes(req.channel) && req.content !== undefined && !hasOptOutInstruction(req.content)
      ? 'POLICY_OPT_OUT_NOTICE_MISSING'
      : undefined,
  earliest: never,
});
