// What a message to a third party (an emergency contact, a wrong number) must never
// say: anything that tells of a loan, a debt, money owed or an amount (RULES.md: Reg F
// 1006.10(b)-(c) / 15 U.S.C. 1692b; GB/T 45251—2025; PIPL). Matching is deliberately
// broad: a contact message needs none of these words, so a false alarm costs a rewrite
// while a miss tells someone's friend about their debt.
import type { LexiconPattern } from './lexicon-pattern.js';

export const debtLexicon: readonly LexiconPattern[] = [
  {
    id: 'zh.debt-words',
    category: 'debt',
    // 欠 债 逾期 还款 催收 借 贷 本金 利息 账单 …: single characters where no innocent
    // contact message needs them; 还 alone is not here (it also means "still").
    pattern: /欠|债|逾期|还款|还钱|偿还|归还|催|借|贷|本金|利息|罚息|账单|账款|账户|滞纳金|违约金|应还|待还|分期|额度|征信|信用|到期|金额|款项|付款|缴费|欠费/g,
    why: 'tells a third party about a loan or a debt',
  },
  {
    id: 'en.debt-words',
    category: 'debt',
    pattern:
      /\b(?:debts?|debtors?|owe[sd]?|owing|overdue|past[- ]due|arrears?|collections?|collect(?:ing|or|ors)?|loans?|lend(?:er|ers|ing)?|borrow(?:ed|er|ers|ing)?|credit(?:or|ors)?|repay(?:ment|ments|ing)?|payments?|pay(?:ing|able|s)?|paid|balances?|amounts?|bills?|invoices?|instal?lments?|interest|principal|due date|(?:is|was|now) due|outstanding|default(?:ed)?|delinquen\w*|accounts?)\b/gi,
    why: 'tells a third party about a loan or a debt',
  },
  {
    id: 'zh.amount',
    category: 'amount',
    pattern: /[¥￥$€£]\s*\d|\d[\d,，.]*\s*(?:元|块|万|千|百|美元|人民币)|(?:人民币|RMB|CNY)\s*\d/gi,
    why: 'states an amount of money',
  },
  {
    id: 'en.amount',
    category: 'amount',
    pattern: /\b\d[\d,.]*\s*(?:dollars?|bucks|usd|cny|rmb|yuan|eur|euros?|gbp|pounds?)\b|\b(?:usd|cny|rmb|eur|gbp)\s*\d/gi,
    why: 'states an amount of money',
  },
];
