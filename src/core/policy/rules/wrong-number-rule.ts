// An address found to reach someone else is never used again after we learned it.
import { type Rule, never } from '../rule.js';

export const wrongNumberRule: Rule = {
  id: 'wrong-number',
  check: ({ req }, t) => {
    const wrong = req.wrongNumbers;
    for (let k = 0; k < wrong.length; k += 1) if (wrong[k]!.to === req.to && wrong[k]!.learnedAt <= t) return 'POLICY_WRONG_NUMBER';
    return undefined;
  },
  earliest: never,
};
