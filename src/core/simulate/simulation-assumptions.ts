// Every number the synthetic lender is made of, in one table: docs/simulate.md prints
// the same table and every report repeats it in its header. None is measured from a
// real lender; they are plausible shapes chosen so that timing, tone and frequency
// matter, and so that an effect planted on purpose can be told from noise. Probabilities
// are per event (a delivered message, a day) unless the unit says otherwise.

export interface Assumption {
  readonly key: AssumptionKey;
  readonly value: number;
  readonly unit: string;
  readonly meaning: string;
}

export const assumptionTable = [
  { key: 'startDpdMax', value: 14, unit: 'days', meaning: 'accounts start the run overdue, DPD uniform in 1…this on day 0' },
  { key: 'overdueMinor', value: 80_000, unit: 'minor units', meaning: 'overdue amount per account (CNY fen under cn, US cents under us-regf)' },
  { key: 'balanceMinor', value: 640_000, unit: 'minor units', meaning: 'outstanding balance per account' },
  { key: 'settleShare', value: 0.3, unit: 'share', meaning: 'a payer pays the whole balance (settled); the others pay the overdue amount (cured)' },
  { key: 'eveningShare', value: 0.6, unit: 'share', meaning: 'borrowers whose good hours are 18:00–21:59 local; the others 10:00–13:59' },
  { key: 'promptShare', value: 0.25, unit: 'share', meaning: 'borrowers who pay readily (propensity × promptPropensity)' },
  { key: 'promptPropensity', value: 3, unit: '×', meaning: 'propensity multiplier of prompt payers' },
  { key: 'forgetfulShare', value: 0.35, unit: 'share', meaning: 'borrowers who forgot (propensity × forgetfulPropensity)' },
  { key: 'forgetfulPropensity', value: 1.5, unit: '×', meaning: 'propensity multiplier of forgetful borrowers' },
  { key: 'strugglingShare', value: 0.3, unit: 'share', meaning: 'borrowers short of money (propensity × strugglingPropensity); the rest will not pay (× wontPayPropensity)' },
  { key: 'strugglingPropensity', value: 0.6, unit: '×', meaning: 'propensity multiplier of struggling borrowers' },
  { key: 'wontPayPropensity', value: 0.05, unit: '×', meaning: 'propensity multiplier of the remaining borrowers' },
  { key: 'selfCurePerDay', value: 0.006, unit: 'per day', meaning: 'chance to pay on a day without any message, × propensity' },
  { key: 'liftSoft', value: 0.035, unit: 'per message', meaning: 'chance a soft-toned reminder in good hours makes the borrower pay, × propensity' },
  { key: 'liftFirm', value: 0.05, unit: 'per message', meaning: 'the same for a firm reminder (one that mentions credit reporting)' },
  { key: 'firmAverseShare', value: 0.3, unit: 'share', meaning: 'borrowers for whom a firm tone halves the lift and triples complaints' },
  { key: 'offHoursFactor', value: 0.55, unit: '×', meaning: 'lift of a message outside the borrower\'s good hours' },
  { key: 'fatigueDecay', value: 0.55, unit: '×', meaning: 'the k-th borrower message within 7 days has lift × fatigueDecay^(k−1)' },
  { key: 'fatigueLimit', value: 4, unit: 'messages', meaning: 'past this many borrower messages in 7 days each further one lowers self-cure' },
  { key: 'fatiguePenalty', value: 0.15, unit: 'share', meaning: 'self-cure lost per message past fatigueLimit in 7 days (floor 20 %)' },
  { key: 'optOutPerMessage', value: 0.002, unit: 'per message', meaning: 'borrower replies STOP / 退订' },
  { key: 'complaintPerMessage', value: 0.0004, unit: 'per message', meaning: 'borrower complains' },
  { key: 'disputePerMessage', value: 0.0003, unit: 'per message', meaning: 'borrower disputes the debt by reply' },
  { key: 'frequencyGrowth', value: 0.8, unit: '× per message', meaning: 'opt-out and complaint chances grow by this per borrower message past 2 in 7 days' },
  { key: 'thirdPartyOptOut', value: 2, unit: '×', meaning: 'borrower opt-out chance once any of the account\'s contacts was messaged' },
  { key: 'thirdPartyComplaint', value: 3, unit: '×', meaning: 'borrower complaint chance once any of the account\'s contacts was messaged' },
  { key: 'contactConfirm', value: 0.35, unit: 'per message', meaning: 'contact answers a consent request with Y' },
  { key: 'contactRefuse', value: 0.15, unit: 'per message', meaning: 'contact answers a consent request with N' },
  { key: 'contactOptOut', value: 0.04, unit: 'per message', meaning: 'contact replies STOP / 退订 to any message' },
  { key: 'contactComplaint', value: 0.01, unit: 'per message', meaning: 'contact complains about any message' },
  { key: 'contactRelay', value: 0.3, unit: 'per message', meaning: 'contact passes a location request on to the borrower' },
  { key: 'relayLift', value: 0.05, unit: 'per relay', meaning: 'chance a relayed request makes the borrower pay, × propensity' },
] as const satisfies readonly { key: string; value: number; unit: string; meaning: string }[];

export type AssumptionKey = (typeof assumptionTable)[number]['key'];
export type SimulationAssumptions = Readonly<Record<AssumptionKey, number>>;

export const defaultAssumptions: SimulationAssumptions = Object.fromEntries(assumptionTable.map((a) => [a.key, a.value])) as SimulationAssumptions;

/** The table with values overridden (e.g. by a test); keys keep their meaning and unit. */
export const assumptionRows = (a: SimulationAssumptions): readonly Assumption[] =>
  assumptionTable.map((row) => ({ key: row.key, value: a[row.key], unit: row.unit, meaning: row.meaning }));
