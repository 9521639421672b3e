// An address found to reach someone else is never used again after we learned it.
import { type Rule, never } from '../rule.js';
import { F_WRONG_NUMBERS } from '../prepared-request.js';

export const wrongNumberRule: Rule = {
  id: 'wrong-number',
  requires: F_WRONG_NUMBERS,
  check: ({ req }, t) => {
    if ((req.facts & F_WRONG_NUMBERS) === 0) return undefined;
    const wrong = req.wrongNumbers;
    for (let k = 0; k < wrong.length; k += 1) if (wrong[k]!.to === req.to && wrong[k]!.learnedAt <= t) return 'POLICY_WRONG_NUMBER';
    return undefined;
  },
  earliest: never,
};
