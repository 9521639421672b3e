// An address found to reach someone else is never used again after we learned it.
import { type Rule, never } from '../rule.js';

export const wrongNumberRule: Rule = {
  id: 'wrong-number',
  check: ({ req }, t) => {
    for (const w of req.wrongNumbers) if (w.to === req.to && w.learnedAt <= t) return 'POLICY_WRONG_NUMBER';
    return undefined;
  },
  earliest: never,
};
