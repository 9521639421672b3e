// JSON schema of GET /v1/experiments/:experimentId/report (the ExperimentReport of
// src/app/experiments/experiment-report.ts). Rates are fractions; a rate of an empty
// group is null. Money in integer minor units.
const num = { type: 'number' } as const;
const nullableNum = { type: ['number', 'null'] } as const;

const versus = {
  type: ['object', 'null'],
  required: ['difference', 'low', 'high', 'z', 'pValue'],
  properties: { difference: num, low: num, high: num, z: num, pValue: num },
  description: 'Arm minus control: difference, Newcombe hybrid score interval, pooled z and two-sided p; null for the control or an empty group.',
} as const;

const estimate = {
  type: 'object', additionalProperties: false,
  required: ['successes', 'trials', 'rate', 'low', 'high'],
  properties: { successes: num, trials: num, rate: nullableNum, low: num, high: num },
} as const;

const rate = { ...estimate, required: [...estimate.required, 'vsControl'], properties: { ...estimate.properties, vsControl: versus } } as const;

const arm = {
  type: 'object', additionalProperties: false,
  required: ['arm', 'strategy', 'weight', 'control', 'stopped', 'accounts', 'cure7', 'cure30', 'curedNow', 'recovered', 'messagesPerAccount', 'callsPerAccount',
    'thirdPartyContactsPerAccount', 'optOuts', 'complaints', 'disputes', 'smsSegments', 'smsCostMinor', 'smsCostPerAccountMinor', 'cureCurve'],
  properties: {
    arm: { type: 'string' },
    strategy: { type: 'string', description: 'strategyId@version' },
    weight: num,
    control: { type: 'boolean' },
    stopped: { type: 'boolean', description: 'Stopped by a guardrail: its accounts are planned with the control strategy.' },
    accounts: num,
    cure7: rate,
    cure30: rate,
    curedNow: estimate,
    recovered: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['currency', 'minor', 'perAccountMinor'], properties: { currency: { type: 'string' }, minor: num, perAccountMinor: num } } },
    messagesPerAccount: num,
    callsPerAccount: num,
    thirdPartyContactsPerAccount: num,
    optOuts: rate,
    complaints: rate,
    disputes: rate,
    smsSegments: num,
    smsCostMinor: num,
    smsCostPerAccountMinor: num,
    cureCurve: { type: 'array', items: nullableNum, description: 'Cumulative cure rate on days 1..30 since entry among accounts exposed that long.' },
  },
} as const;

export const experimentReportSchema = {
  type: 'object', additionalProperties: false,
  required: ['experimentId', 'name', 'status', 'asOf', 'synthetic', 'assumptions', 'control', 'primaryMetric', 'confidence', 'guardrails', 'price', 'arms', 'stoppedArms'],
  properties: {
    experimentId: { type: 'string' },
    name: { type: 'string' },
    status: { type: 'string', enum: ['running', 'stopped'] },
    asOf: { type: 'string', format: 'date-time' },
    synthetic: { type: 'boolean', description: 'True for simulated outcomes (tact simulate); the assumptions say how.' },
    assumptions: { type: 'array', items: { type: 'string' } },
    control: { type: 'string' },
    primaryMetric: { type: 'string', enum: ['cure_7d', 'cure_30d'] },
    confidence: num,
    guardrails: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['metric', 'budget', 'confidence'], properties: { metric: { type: 'string', enum: ['complaints', 'opt_outs'] }, budget: num, confidence: num } },
    },
    price: { type: 'object', additionalProperties: false, required: ['perSegmentMinor', 'currency', 'source'], properties: { perSegmentMinor: num, currency: { type: 'string' }, source: { type: 'string', enum: ['tenant', 'default'] } } },
    arms: { type: 'array', items: arm },
    stoppedArms: {
      type: 'array',
      items: {
        type: 'object', additionalProperties: false,
        required: ['arm', 'stoppedAt', 'reason'],
        properties: {
          arm: { type: 'string' },
          stoppedAt: { type: 'string', format: 'date-time' },
          reason: {
            type: 'object',
            description: 'The guardrail numbers at the stop (no personal data).',
            properties: {
              metric: { type: 'string' }, budget: num, confidence: num, control: { type: 'string' }, armEvents: num, armAccounts: num, controlEvents: num,
              controlAccounts: num, armRate: num, controlRate: num, z: nullableNum, boundary: num, look: num, alphaSpent: num,
            },
            additionalProperties: false,
          },
        },
      },
    },
  },
} as const;
