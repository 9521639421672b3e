// Seeds one tenant with one of everything the REST API names by id (account, borrower,
// contact, message, payment, strategy versions, template, experiment, API key,
// suppression, console user, complaint with a screenshot), and makes API keys per role,
// for the /v1 and console route walks.
import { newApiKeySecret } from '../../src/app/api-keys/new-api-key-secret.js';
import { fileComplaint } from '../../src/app/complaints/file-complaint.js';
import { recordPayment } from '../../src/app/payments/record-payment.js';
import type { Store } from '../../src/app/ports/store.js';
import type { AccountId, MessageId, PersonId, TenantId } from '../../src/core/model/ids.js';
import type { Role } from '../../src/core/model/roles.js';
import { defaultStrategies } from '../../src/core/strategy/default-strategies.js';
import { strategyToJson } from '../../src/core/strategy/parse-strategy.js';
import { freshPhone, sampleRecord } from '../contract/store-fixture.js';
import { PNG } from './complaint-http.js';

export interface Seed {
  readonly tenant: TenantId;
  /** A short unique word in every name, so one tenant's data is recognisable in a body. */
  readonly tag: string;
  readonly accountId: AccountId;
  readonly accountExternalId: string;
  readonly borrowerId: PersonId;
  readonly contactId: PersonId;
  readonly borrowerPhone: string;
  readonly contactPhone: string;
  readonly borrowerName: string;
  readonly contactName: string;
  readonly messageId: MessageId;
  readonly verificationCode: string;
  readonly paymentExternalId: string;
  readonly strategyId: string;
  readonly templateKey: string;
  readonly experimentId: string;
  readonly keyId: string;
  readonly keySecret: string;
  readonly suppressedPhone: string;
  readonly userId: string;
  readonly complaintId: string;
  readonly screenshotId: string;
}

export const seedTenant = async (store: Store, tenant: TenantId, tag: string): Promise<Seed> => {
  const t = await store.getTenant(tenant);
  if (t === undefined) throw new Error(`no tenant ${tenant}`);
  const borrowerPhone = freshPhone();
  const contactPhone = freshPhone();
  const borrowerName = `借款人${tag}`;
  const contactName = `联系人${tag}`;
  const accountExternalId = `loan-${tag}`;
  await store.upsertImportBatch(tenant, [sampleRecord(accountExternalId, { borrowerName, borrowerPhone, contactName, contactPhone })], 'test');
  const account = await store.getAccountByExternalId(tenant, accountExternalId);
  if (account === undefined) throw new Error('seed account missing');
  const people = await store.listAccountPeople(tenant, account.id);
  const borrower = people.find((p) => p.role === 'borrower')!;
  const contact = people.find((p) => p.role !== 'borrower')!;
  const paymentExternalId = `pay-${tag}`;
  await recordPayment(store, tenant, { externalId: paymentExternalId, accountExternalId, amountMinor: 100, currency: 'CNY', paidAt: Date.parse('2026-12-06T00:00:00Z') }, 'test', 'test');
  const verificationCode = `C${tag.toUpperCase().padEnd(7, 'X').slice(0, 7)}`;
  const [message] = await store.insertMessages(tenant, [{
    accountIds: [account.id], personId: borrower.personId, party: 'borrower', channel: 'sms', purpose: 'collection',
    to: borrowerPhone, body: `正文${tag}`, state: 'planned', scheduledAt: Date.parse('2026-12-08T02:00:00Z'), verificationCode,
    decision: { allowed: true, violations: [], earliestAllowedAt: null },
  }], 'test');
  const strategyId = `ladder-${tag}`;
  const base = strategyToJson(defaultStrategies[t.pack]);
  for (const version of [1, 2]) await store.saveStrategy(tenant, { strategyId, version, body: { ...base, id: strategyId, version }, status: 'draft' }, 'test');
  const templateKey = `reminder.${tag}`;
  await store.saveTemplate(tenant, { key: templateKey, audience: 'borrower', channel: 'sms', locale: t.locale, body: `{borrowerName} ${tag}` }, 'test');
  const experimentId = `exp-${tag}`;
  const exp = await store.createExperiment(tenant, { id: experimentId, name: experimentId, arms: [
    { name: 'A', strategyId, strategyVersion: 1, weight: 1 },
    { name: 'B', strategyId, strategyVersion: 2, weight: 1 },
  ] }, 'test');
  if (!exp.ok) throw new Error(`seed experiment: ${exp.error}`);
  const keySecret = newApiKeySecret();
  const key = await store.createApiKey(tenant, { role: 'admin', secret: keySecret, label: `seed ${tag}` }, 'test');
  const suppressedPhone = freshPhone();
  await store.addSuppression(tenant, { phoneE164: suppressedPhone, reason: 'manual' }, 'test');
  const user = await store.createUser(tenant, { login: `user-${tag}`, role: 'agent', passwordHash: 'not-a-hash', name: `用户${tag}` }, 'test');
  if (user === 'taken') throw new Error('seed user taken');
  // amount_or_dispute only flags for review: the seed's account and numbers stay collectable.
  const filed = await fileComplaint(store, tenant, {
    category: 'amount_or_dispute', source: 'api', accountId: account.id, text: `投诉${tag}`, screenshots: [PNG],
  }, Date.parse('2026-12-07T01:00:00Z'), 'test');
  if (!filed.ok) throw new Error(`seed complaint: ${JSON.stringify(filed.error)}`);
  const complaint = filed.value.complaint;
  return {
    tenant, tag, accountId: account.id, accountExternalId, borrowerId: borrower.personId, contactId: contact.personId,
    borrowerPhone, contactPhone, borrowerName, contactName, messageId: message!.id, verificationCode, paymentExternalId,
    strategyId, templateKey, experimentId, keyId: key.id, keySecret, suppressedPhone,
    userId: user.id, complaintId: complaint.id, screenshotId: complaint.screenshots[0]!.id,
  };
};

/** One fresh key per role for the tenant: `Authorization` header values. */
export const keysByRole = async (store: Store, tenant: TenantId, roles: readonly Role[]): Promise<Record<Role, string>> => {
  const out: Partial<Record<Role, string>> = {};
  for (const role of roles) {
    const secret = newApiKeySecret();
    await store.createApiKey(tenant, { role, secret }, 'test');
    out[role] = `Bearer ${secret}`;
  }
  return out as Record<Role, string>;
};
