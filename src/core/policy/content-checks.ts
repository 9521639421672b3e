// Content checks on the rendered text of a proposed contact (zh + en lexicons).

// Words and patterns that tell a reader a debt exists. Deliberately broad: a false
// positive blocks one third-party message, a false negative discloses a debt.
const debtPattern = new RegExp(
  [
    '欠款', '欠费', '欠债', '逾期', '还款', '还钱', '债务', '催收', '借款', '贷款', '欠', '账单', '违约', '征信', '本金', '利息',
    '\\bdebts?\\b', '\\bowes?\\b', '\\bowed\\b', '\\bowing\\b', '\\boverdue\\b', '\\barrears\\b', '\\bcollections?\\b',
    '\\bcollector\\b', '\\bloans?\\b', '\\bpast[- ]due\\b', '\\bbalance\\b', '\\brepay', '\\bdelinquen', '\\bdefault',
    '[¥$￥€£]\\s*\\d', '\\d\\s*(元|块|万元|美元|dollars?|usd|cny|rmb)\\b', '\\b(usd|cny|rmb)\\s*\\d',
  ].join('|'),
  'iu',
);

/** True when the text would disclose a debt to whoever reads it. */
export const disclosesDebt = (text: string): boolean => debtPattern.test(text);

// A simple opt-out instruction: "Reply STOP", "unsubscribe", 退订, "回T", "回TD".
const optOutPattern = /\b(stop|unsubscribe|opt[- ]?out)\b|退订|回复?\s*(TD|T)\b|\b(TD|T)\s*退/iu;

/** True when the text tells the reader how to opt out. */
export const hasOptOutInstruction = (text: string): boolean => optOutPattern.test(text);
