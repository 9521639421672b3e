// What an agent logs after a call (console work queue, POST /v1/calls), and the ledger
// result each becomes (decision-request.ts `contactResults`, which the engine counts).
// "promise_to_pay" is a conversation whose outcome the audit event records.
import type { ContactResult } from './decision-request.js';

export const callOutcomes = [
  'connected',
  'no_answer',
  'busy',
  'not_in_service',
  'voicemail',
  'conversation',
  'promise_to_pay',
  'wrong_party',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];

export const contactResultOfCall: Readonly<Record<CallOutcome, ContactResult>> = {
  connected: 'answered',
  no_answer: 'unanswered',
  busy: 'busy',
  not_in_service: 'not_in_service',
  voicemail: 'voicemail',
  conversation: 'conversation',
  promise_to_pay: 'conversation',
  wrong_party: 'wrong_party',
};

export const callOutcomeLabels: Readonly<Record<CallOutcome, string>> = {
  connected: 'Connected',
  no_answer: 'No answer',
  busy: 'Busy',
  not_in_service: 'Not in service',
  voicemail: 'Voicemail left',
  conversation: 'Conversation',
  promise_to_pay: 'Promise to pay',
  wrong_party: 'Wrong party',
};

export const isCallOutcome = (v: unknown): v is CallOutcome => callOutcomes.includes(v as CallOutcome);
