// The Store port on Kysely, shared by SQLite and PostgreSQL. Dialect differences come
// in as SqlCapabilities; this class only routes calls to the query modules and owns
// transactions: a write runs in the open transaction, or opens one (BEGIN IMMEDIATE
// on SQLite, BEGIN on PostgreSQL) on one connection for its whole length.
import type { AccountPage, Store } from '../../../app/ports/store.js';
import type { AccessExport } from '../../../app/ports/store-access.js';
import type {
  AccountPersonRecord,
  AccountRecord,
  ContactEventRecord,
  ErasureReport,
  ImportBatchResult,
  MessageRecord,
  NewAuditEvent,
  NewContactEvent,
  NewMessage,
  NewSuppression,
  NewTenant,
  PersonRecord,
  TenantRecord,
} from '../../../app/ports/store-records.js';
import type {
  MessagingSettings,
  MessagingSettingsRecord,
  NewTemplate,
  StoredTemplate,
} from '../../../app/ports/template-store.js';
import type { Audience, MessageChannel, MessageLocale } from '../../../core/messages/template.js';
import type { AuditEvent } from '../../../core/audit/audit-chain.js';
import type { AccountId, MessageId, PersonId, TenantId } from '../../../core/model/ids.js';
import type { ImportRecord } from '../../../core/model/import-record.js';
import type { Result } from '../../../core/result.js';
import { accessByPhoneIn } from './access-export.js';
import { getAccountByExternalIdRow, getAccountRow, listAccountPeopleRows, listAccountRows } from './account-queries.js';
import { appendAuditIn, iterateAuditRows } from './audit-queries.js';
import { appendContactEventIn, listContactEventRows } from './contact-event-queries.js';
import { erasePersonIn } from './erase-person.js';
import { upsertImportBatchIn } from './import-batch.js';
import { getMessageRow, insertMessagesIn } from './message-queries.js';
import { findPersonByPhoneRow, getPersonRow } from './person-queries.js';
import type { SqlContext } from './sql-context.js';
import type { SqlCapabilities } from './sql-capabilities.js';
import type { InboundStore, KeptReceipt, NewInboundReply, OutboundTrace, PersonLink, ReceiptOutcome } from '../../../app/ports/inbound-store.js';
import type { AccountMoney, NewPayment, PaymentRecord } from '../../../app/ports/payment-store.js';
import {
  appendInboundReplyIn,
  countMessagesToRow,
  lastOutboundToRow,
  openReviewRows,
  personLinkRows,
  queueMessageOnceIn,
  setContactConfirmationIn,
} from './inbound-queries.js';
import {
  cancelPendingMessagesIn,
  findPaymentByExternalIdRow,
  insertPaymentIn,
  lockAccountMoneyIn,
  setAccountMoneyIn,
} from './payment-queries.js';
import { applyPendingReceiptsIn, findMessageByProviderIdRow, recordReceiptIn } from './receipt-queries.js';
import * as apiKeys from './api-key-queries.js';
import * as api from './api-queries.js';
import * as complaints from './complaint-queries.js';
import * as complaintSteps from './complaint-step-queries.js';
import * as dispatch from './dispatch-queries.js';
import { dispatchAccountsIn } from './dispatch-context-queries.js';
import * as evidence from './evidence-queries.js';
import * as experiments from './experiment-queries.js';
import * as retention from './retention-queries.js';
import * as rights from './rights-queries.js';
import * as portalCodes from './portal-code-queries.js';
import * as portalOtps from './portal-otp-queries.js';
import * as portal from './portal-account-queries.js';
import * as experimentReports from './experiment-report-queries.js';
import { messagesOfBusinessDayRows } from './dry-run-queries.js';
import { inWriteTransaction } from './write-transaction.js';
import * as plan from './plan-queries.js';
import * as planned from './plan-message-queries.js';
import * as strategies from './strategy-queries.js';
import { addSuppressionIn, isSuppressedRow } from './suppression-queries.js';
import { activeTemplateRows, findTemplateRow, getMessagingRow, saveTemplateIn, setMessagingIn } from './template-queries.js';
import { createTenantIn, getTenantRow, listTenantIdRows } from './tenant-queries.js';
import * as users from './user-queries.js';
import * as sessions from './session-queries.js';
import * as dashboard from './dashboard-queries.js';
import { listMessageReceiptRows } from './timeline-queries.js';

export class SqlStore implements Store {
  readonly capabilities: SqlCapabilities;
  readonly #ctx: SqlContext;
  readonly #inTransaction: boolean;

  constructor(ctx: SqlContext, inTransaction = false) {
    this.#ctx = ctx;
    this.capabilities = ctx.caps;
    this.#inTransaction = inTransaction;
  }

  async transaction<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.#write((ctx) => fn(new SqlStore(ctx, true)));
  }

  /** Runs fn with a context bound to one write transaction (joining an open one). */
  async #write<T>(fn: (ctx: SqlContext) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn(this.#ctx);
    const ctx = this.#ctx;
    // A second write connection in this process (SQLite planner): take turns with it.
    if (ctx.writer !== undefined) return ctx.writer.exclusive(() => this.#writeNow(ctx, fn));
    return this.#writeNow(ctx, fn);
  }

  #writeNow<T>(ctx: SqlContext, fn: (ctx: SqlContext) => Promise<T>): Promise<T> {
    return inWriteTransaction(ctx.db, ctx.caps, (conn) => fn({ ...ctx, db: conn, reader: undefined }));
  }

  createTenant(tenant: TenantId, input: NewTenant, actor: string): Promise<TenantRecord> {
    return this.#write((ctx) => createTenantIn(ctx, tenant, input, actor));
  }
  getTenant(tenant: TenantId): Promise<TenantRecord | undefined> {
    return getTenantRow(this.#ctx, tenant);
  }
  listTenantIds(): Promise<readonly TenantId[]> {
    return listTenantIdRows(this.#ctx);
  }

  getAccount(tenant: TenantId, id: AccountId): Promise<AccountRecord | undefined> {
    return getAccountRow(this.#ctx, tenant, id);
  }
  getAccountByExternalId(tenant: TenantId, externalId: string): Promise<AccountRecord | undefined> {
    return getAccountByExternalIdRow(this.#ctx, tenant, externalId);
  }
  listAccounts(tenant: TenantId, page: AccountPage): Promise<readonly AccountRecord[]> {
    return listAccountRows(this.#ctx, tenant, page);
  }
  listAccountPeople(tenant: TenantId, account: AccountId): Promise<readonly AccountPersonRecord[]> {
    return listAccountPeopleRows(this.#ctx, tenant, account);
  }

  getPerson(tenant: TenantId, id: PersonId): Promise<PersonRecord | undefined> {
    return getPersonRow(this.#ctx, tenant, id);
  }
  findPersonByPhone(tenant: TenantId, e164: string): Promise<PersonRecord | undefined> {
    return findPersonByPhoneRow(this.#ctx, tenant, e164);
  }

  async upsertImportBatch(tenant: TenantId, records: readonly ImportRecord[], actor: string): Promise<ImportBatchResult> {
    const result = await this.#write((ctx) => upsertImportBatchIn(ctx, tenant, records, actor));
    this.#ctx.logger.debug(
      { tenant, created: result.created, updated: result.updated, unchanged: result.unchanged, suppressed: result.suppressed.length },
      'import batch written',
    );
    return result;
  }

  appendContactEvent(tenant: TenantId, event: NewContactEvent): Promise<ContactEventRecord> {
    return this.#write((ctx) => appendContactEventIn(ctx, tenant, event));
  }
  listContactEvents(tenant: TenantId, person: PersonId): Promise<readonly ContactEventRecord[]> {
    return listContactEventRows(this.#ctx, tenant, person);
  }

  insertMessages(tenant: TenantId, messages: readonly NewMessage[], actor: string): Promise<readonly MessageRecord[]> {
    return this.#write((ctx) => insertMessagesIn(ctx, tenant, messages, actor));
  }
  getMessage(tenant: TenantId, id: MessageId): Promise<MessageRecord | undefined> {
    return getMessageRow(this.#ctx, tenant, id);
  }

  addSuppression(tenant: TenantId, suppression: NewSuppression, actor: string): Promise<void> {
    portalCodes.forgetOpenedNumbers(this.#ctx.cipher);
    return this.#write((ctx) => addSuppressionIn(ctx, tenant, suppression, actor));
  }
  isSuppressed(tenant: TenantId, e164: string, account?: AccountId): Promise<boolean> {
    return isSuppressedRow(this.#ctx, tenant, e164, account);
  }

  appendAudit(tenant: TenantId, event: NewAuditEvent): Promise<AuditEvent> {
    return this.#write((ctx) => appendAuditIn(ctx, tenant, event));
  }
  iterateAudit(tenant: TenantId, fromSeq?: number): AsyncIterable<AuditEvent> {
    return iterateAuditRows(this.#ctx, tenant, fromSeq);
  }
  async auditHead(tenant: TenantId): Promise<{ readonly seq: number; readonly hash: string } | undefined> {
    const row = await this.#ctx.db
      .selectFrom('audit_heads')
      .select(['seq', 'hash'])
      .where('tenant_id', '=', tenant)
      .executeTakeFirst();
    return row === undefined ? undefined : { seq: Number(row.seq), hash: row.hash };
  }

  // PlanStore (plan-queries.ts, strategy-queries.ts)
  listOverdueAccounts: Store['listOverdueAccounts'] = (t, page) => plan.listOverdueAccountRows(this.#ctx, t, page);
  countOverdueAccounts: Store['countOverdueAccounts'] = (t, filter) => plan.countOverdueRows(this.#ctx, t, filter);
  existingPlanKeys: Store['existingPlanKeys'] = (t, keys) => planned.existingPlanKeyRows(this.#ctx, t, keys);
  getPlanAccounts: Store['getPlanAccounts'] = (t, ids) => plan.getPlanAccountRows(this.#ctx, t, ids);
  listPlanPeople: Store['listPlanPeople'] = (t, ids) => plan.listPlanPeopleRows(this.#ctx, t, ids);
  listLedgerSince: Store['listLedgerSince'] = (t, people, since) => plan.listLedgerSinceRows(this.#ctx, t, people, since);
  ledgerAggregatesBefore: Store['ledgerAggregatesBefore'] = (t, people, before) => plan.ledgerAggregateRows(this.#ctx, t, people, before);
  listSuppressionsFor: Store['listSuppressionsFor'] = (t, people) => plan.listSuppressionRowsFor(this.#ctx, t, people);
  lastPayments: Store['lastPayments'] = (t, ids) => plan.lastPaymentRows(this.#ctx, t, ids);
  listAccountMessages: Store['listAccountMessages'] = (t, a) => planned.listAccountMessageRows(this.#ctx, t, a);
  writePlannedMessages: Store['writePlannedMessages'] = (t, messages, actor) =>
    this.#ctx.writer === undefined || this.#inTransaction
      ? this.#write((ctx) => planned.insertPlannedIn(ctx, t, messages, actor))
      : planned.writePlannedOn(this.#ctx, t, messages, actor);
  usedVerificationCodes: Store['usedVerificationCodes'] = (t, codes) => planned.usedCodeRows(this.#ctx, t, codes);
  insertPlannedMessages: Store['insertPlannedMessages'] = (t, m, actor) => this.#write((ctx) => planned.insertPlannedIn(ctx, t, m, actor));
  saveStrategy: Store['saveStrategy'] = (t, s, actor) => this.#write((ctx) => strategies.saveStrategyIn(ctx, t, s, actor));
  listStrategies: Store['listStrategies'] = (t) => strategies.listStrategyRows(this.#ctx, t);
  getActiveStrategy: Store['getActiveStrategy'] = (t) => strategies.getActiveStrategyRow(this.#ctx, t);

  // ExperimentStore (experiment-queries.ts)
  createExperiment: Store['createExperiment'] = (t, e, actor) => this.#write((ctx) => experiments.createExperimentIn(ctx, t, e, actor));
  runningExperiment: Store['runningExperiment'] = (t) => experiments.runningExperimentRow(this.#ctx, t);
  listExperiments: Store['listExperiments'] = (t) => experiments.listExperimentRows(this.#ctx, t);
  getExperiment: Store['getExperiment'] = (t, id) => experiments.getExperimentRow(this.#ctx, t, id);
  recordedArms: Store['recordedArms'] = (t, id, a) => experiments.recordedArmRows(this.#ctx, t, id, a);
  assignArms: Store['assignArms'] = (t, id, a, now) => this.#write((ctx) => experiments.assignArmsIn(ctx, t, id, a, now));
  stopExperiment: Store['stopExperiment'] = (t, id, actor) => this.#write((ctx) => experiments.stopExperimentIn(ctx, t, id, actor));
  // ExperimentReportStore (experiment-report-queries.ts)
  experimentArmOutcomes: Store['experimentArmOutcomes'] = (t, id, asOf) => experimentReports.experimentArmOutcomeRows(this.#ctx, t, id, asOf);
  experimentCureCells: Store['experimentCureCells'] = (t, id, asOf, cap) => experimentReports.experimentCureCellRows(this.#ctx, t, id, asOf, cap);
  nextGuardrailLook: Store['nextGuardrailLook'] = (t, id) => this.#write((ctx) => experimentReports.nextGuardrailLookIn(ctx, t, id));
  messagesOfBusinessDay: Store['messagesOfBusinessDay'] = (t, d) => messagesOfBusinessDayRows(this.#ctx, t, d);
  stopExperimentArm: Store['stopExperimentArm'] = (t, id, arm, reason, actor) => this.#write((ctx) => experimentReports.stopExperimentArmIn(ctx, t, id, arm, reason, actor));

  // Evidence, rights and retention (evidence-store.ts, rights-store.ts, retention-store.ts).
  evidenceSource: Store['evidenceSource'] = (t, q) => evidence.evidenceSourceIn(this.#ctx, t, q);
  recordRightsRequest: Store['recordRightsRequest'] = (t, r, a) => this.#write((c) => rights.recordRightsRequestIn(c, t, r, a));
  listRightsRequests: Store['listRightsRequests'] = (t, e) => rights.listRightsRequestRows(this.#ctx, t, e);
  correctPerson: Store['correctPerson'] = (t, p, c, a) => this.#write((x) => rights.correctPersonIn(x, t, p, c, a));
  consentFacts: Store['consentFacts'] = (t, p) => rights.consentFactsRow(this.#ctx, t, p);
  getRetentionDays: Store['getRetentionDays'] = (t) => retention.getRetentionDaysRow(this.#ctx, t);
  setRetentionDays: Store['setRetentionDays'] = (t, d, a) => this.#write((c) => retention.setRetentionDaysIn(c, t, d, a));
  runRetentionStep: Store['runRetentionStep'] = (t, s, cut, ap, a) => {
    portalCodes.forgetOpenedNumbers(this.#ctx.cipher);
    return this.#write((c) => retention.runRetentionStepIn(c, t, s, cut, ap, a));
  };
  // ComplaintStore (complaint-queries.ts, complaint-step-queries.ts)
  fileComplaint: Store['fileComplaint'] = (t, c, actor) => this.#write((ctx) => complaints.fileComplaintIn(ctx, t, c, actor));
  getComplaint: Store['getComplaint'] = (t, id) => complaints.getComplaintRow(this.#ctx, t, id);
  listComplaints: Store['listComplaints'] = (t, f) => complaints.listComplaintRows(this.#ctx, t, f);
  acknowledgeComplaint: Store['acknowledgeComplaint'] = (t, id, at, a) => this.#write((ctx) => complaintSteps.acknowledgeComplaintIn(ctx, t, id, at, a));
  resolveComplaint: Store['resolveComplaint'] = (t, id, r, at, a) => this.#write((ctx) => complaintSteps.resolveComplaintIn(ctx, t, id, r, at, a));
  referComplaintToMediation: Store['referComplaintToMediation'] = (t, id, r, at, a) => this.#write((ctx) => complaintSteps.referComplaintIn(ctx, t, id, r, at, a));
  recordMediationOutcome: Store['recordMediationOutcome'] = (t, id, o, at, a) => this.#write((ctx) => complaintSteps.recordMediationOutcomeIn(ctx, t, id, o, at, a));
  getScreenshot: Store['getScreenshot'] = (t, c, s) => complaints.getScreenshotRow(this.#ctx, t, c, s);
  complaintCounts: Store['complaintCounts'] = (t, r) => complaints.complaintCountRows(this.#ctx, t, r);
  getComplaintSettings: Store['getComplaintSettings'] = (t) => complaints.getComplaintSettingsRow(this.#ctx, t);
  setComplaintSettings: Store['setComplaintSettings'] = (t, s, a) => this.#write((ctx) => complaints.setComplaintSettingsIn(ctx, t, s, a));

  accessByPhone(tenant: TenantId, e164: string): Promise<AccessExport | undefined> {
    return accessByPhoneIn(this.#ctx, tenant, e164);
  }
  async erasePerson(tenant: TenantId, person: PersonId, actor: string): Promise<Result<ErasureReport, 'not_found'>> {
    portalCodes.forgetOpenedNumbers(this.#ctx.cipher);
    const result = await this.#write((ctx) => erasePersonIn(ctx, tenant, person, actor));
    portalCodes.forgetOpenedNumbers(this.#ctx.cipher);
    if (result.ok) this.#ctx.logger.info({ tenant, person }, 'person erased');
    return result;
  }

  getMessaging(tenant: TenantId): Promise<MessagingSettingsRecord | undefined> {
    return getMessagingRow(this.#ctx, tenant);
  }
  setMessaging(tenant: TenantId, settings: MessagingSettings, actor: string): Promise<MessagingSettingsRecord> {
    return this.#write((ctx) => setMessagingIn(ctx, tenant, settings, actor));
  }
  saveTemplate(tenant: TenantId, template: NewTemplate, actor: string): Promise<StoredTemplate> {
    return this.#write((ctx) => saveTemplateIn(ctx, tenant, template, actor));
  }
  activeTemplates(tenant: TenantId): Promise<readonly StoredTemplate[]> {
    return activeTemplateRows(this.#ctx, tenant);
  }
  findTemplate(
    tenant: TenantId,
    key: string,
    audience: Audience,
    channel: MessageChannel,
    locale: MessageLocale,
  ): Promise<StoredTemplate | undefined> {
    return findTemplateRow(this.#ctx, tenant, key, audience, channel, locale);
  }

  // Inbound replies and receipts (inbound-store.ts): reads join an open transaction.
  lastOutboundTo(tenant: TenantId, person: PersonId): Promise<OutboundTrace | undefined> {
    return lastOutboundToRow(this.#ctx, tenant, person);
  }
  personLinks(tenant: TenantId, person: PersonId): Promise<readonly PersonLink[]> {
    return personLinkRows(this.#ctx, tenant, person);
  }
  appendInboundReply(tenant: TenantId, reply: NewInboundReply): ReturnType<InboundStore['appendInboundReply']> {
    return this.#write((ctx) => appendInboundReplyIn(ctx, tenant, reply));
  }
  setContactConfirmation(...a: Parameters<InboundStore['setContactConfirmation']>): Promise<boolean> {
    return this.#write((ctx) => setContactConfirmationIn(ctx, ...a));
  }
  countMessagesTo(tenant: TenantId, person: PersonId, purpose: string): Promise<number> {
    return countMessagesToRow(this.#ctx, tenant, person, purpose);
  }
  queueMessageOnce(...a: Parameters<InboundStore['queueMessageOnce']>): ReturnType<InboundStore['queueMessageOnce']> {
    return this.#write((ctx) => queueMessageOnceIn(ctx, ...a));
  }
  findMessageByProviderId(tenant: TenantId, providerId: string): Promise<MessageRecord | undefined> {
    return findMessageByProviderIdRow(this.#ctx, tenant, providerId);
  }
  recordReceipt(tenant: TenantId, receipt: KeptReceipt, actor: string): Promise<ReceiptOutcome> {
    return this.#write((ctx) => recordReceiptIn(ctx, tenant, receipt, actor));
  }
  applyPendingReceipts(tenant: TenantId, providerId: string, actor: string): Promise<number> {
    return this.#write((ctx) => applyPendingReceiptsIn(ctx, tenant, providerId, actor));
  }
  openReviews(tenant: TenantId): ReturnType<InboundStore['openReviews']> {
    return openReviewRows(this.#ctx, tenant);
  }

  // Payments (payment-store.ts).
  findPaymentByExternalId(tenant: TenantId, externalId: string): Promise<PaymentRecord | undefined> {
    return findPaymentByExternalIdRow(this.#ctx, tenant, externalId);
  }
  lockAccountMoney(tenant: TenantId, account: AccountId): Promise<AccountMoney | undefined> {
    return this.#write((ctx) => lockAccountMoneyIn(ctx, tenant, account));
  }
  insertPayment(tenant: TenantId, payment: NewPayment, actor: string): Promise<PaymentRecord> {
    return this.#write((ctx) => insertPaymentIn(ctx, tenant, payment, actor));
  }
  setAccountMoney(tenant: TenantId, account: AccountId, money: Omit<AccountMoney, 'currency'>, actor: string): Promise<void> {
    return this.#write((ctx) => setAccountMoneyIn(ctx, tenant, account, money, actor));
  }
  cancelPendingMessages(tenant: TenantId, account: AccountId, reason: string, actor: string): Promise<readonly MessageId[]> {
    return this.#write((ctx) => cancelPendingMessagesIn(ctx, tenant, account, reason, actor));
  }

  // ApiKeyStore (api-key-queries.ts) and ApiStore (api-queries.ts): the REST API.
  createApiKey: Store['createApiKey'] = (t, k, actor) => this.#write((c) => apiKeys.createApiKeyIn(c, t, k, actor));
  resolveApiKey: Store['resolveApiKey'] = (secret) => apiKeys.resolveApiKeyRow(this.#ctx, secret);
  listApiKeys: Store['listApiKeys'] = (t) => apiKeys.listApiKeyRows(this.#ctx, t);
  revokeApiKey: Store['revokeApiKey'] = (t, id, actor) => this.#write((c) => apiKeys.revokeApiKeyIn(c, t, id, actor));
  updateAccount: Store['updateAccount'] = (t, id, p, actor) => this.#write((c) => api.updateAccountIn(c, t, id, p, actor));
  listMessages: Store['listMessages'] = (t, f) => api.listMessageRows(this.#ctx, t, f);
  listPayments: Store['listPayments'] = (t, a) => api.listPaymentRows(this.#ctx, t, a);
  listAccountContactEvents: Store['listAccountContactEvents'] = (t, a) => api.listAccountContactEventRows(this.#ctx, t, a);
  listReceipts: Store['listReceipts'] = (t, m) => api.listReceiptRows(this.#ctx, t, m);
  listSuppressions: Store['listSuppressions'] = (t, p) => api.listSuppressionRows(this.#ctx, t, p);
  liftSuppression: Store['liftSuppression'] = (t, n, a, actor) => this.#write((c) => api.liftSuppressionIn(c, t, n, a, actor));
  // UserStore (user-queries.ts, session-queries.ts)
  createUser: Store['createUser'] = (t, u, a) => this.#write((c) => users.createUserIn(c, t, u, a));
  findUserByLogin: Store['findUserByLogin'] = (t, l) => users.findUserByLoginRow(this.#ctx, t, l);
  getUser: Store['getUser'] = (t, id) => users.getUserRow(this.#ctx, t, id);
  listUsers: Store['listUsers'] = (t) => users.listUserRows(this.#ctx, t);
  setUserRole: Store['setUserRole'] = (t, id, r, a) => this.#write((c) => users.setUserRoleIn(c, t, id, r, a));
  disableUser: Store['disableUser'] = (t, id, a) => this.#write((c) => users.disableUserIn(c, t, id, a));
  setUserPassword: Store['setUserPassword'] = (t, id, h, a) => this.#write((c) => users.setUserPasswordIn(c, t, id, h, a));
  createSession: Store['createSession'] = (t, s, a) => this.#write((c) => sessions.createSessionIn(c, t, s, a));
  findSession: Store['findSession'] = (t, h) => sessions.findSessionRow(this.#ctx, t, h);
  touchSession: Store['touchSession'] = (t, h, at) => this.#write((c) => sessions.touchSessionIn(c, t, h, at));
  deleteSession: Store['deleteSession'] = (t, h, a) => this.#write((c) => sessions.deleteSessionIn(c, t, h, a));
  signInAttempts: Store['signInAttempts'] = (t, l) => sessions.signInAttemptsRow(this.#ctx, t, l);
  recordSignInFailure: Store['recordSignInFailure'] = (t, l, x) => this.#write((c) => sessions.recordSignInFailureIn(c, t, l, x));
  clearSignInAttempts: Store['clearSignInAttempts'] = (t, l) => this.#write((c) => sessions.clearSignInAttemptsIn(c, t, l));

  // DashboardStore (dashboard-queries.ts)
  outboundPerDay: Store['outboundPerDay'] = (t, w) => dashboard.outboundPerDayRows(this.#ctx, t, w);
  blockedDecisions: Store['blockedDecisions'] = (t, w) => dashboard.blockedDecisionRows(this.#ctx, t, w);
  complaintOptOutCounts: Store['complaintOptOutCounts'] = (t, w) => dashboard.complaintOptOutRows(this.#ctx, t, w);
  thirdPartyContacts: Store['thirdPartyContacts'] = (t, w) => dashboard.thirdPartyContactRows(this.#ctx, t, w);
  listMessageReceipts: Store['listMessageReceipts'] = (t, m) => listMessageReceiptRows(this.#ctx, t, m);

  // DispatchStore (dispatch-queries.ts): writes join the open transaction.
  claimDue: Store['claimDue'] = (t, o) => this.#write((c) => dispatch.claimDueIn(c, t, o));
  dispatchAccounts: Store['dispatchAccounts'] = (t, a) => dispatchAccountsIn(this.#ctx, t, a);
  startSending: Store['startSending'] = (t, i, w, n) => this.#write((c) => dispatch.startSendingIn(c, t, i, w, n));
  settleClaims: Store['settleClaims'] = (t, i, n) => this.#write((c) => dispatch.settleClaimsIn(c, t, i, n));
  recordSendResults: Store['recordSendResults'] = (t, r, n) => this.#write((c) => dispatch.recordSendResultsIn(c, t, r, n));
  reconcileExpired: Store['reconcileExpired'] = (t, b, n) => this.#write((c) => dispatch.reconcileExpiredIn(c, t, b, n));
  dispatchStatus: Store['dispatchStatus'] = (t, n) => dispatch.dispatchStatusIn(this.#ctx, t, n);
  countDue: Store['countDue'] = (t, n) => dispatch.countDueIn(this.#ctx, t, n);
  withPlannerLock<T>(t: TenantId, d: string, fn: () => Promise<T>): Promise<T | undefined> {
    return dispatch.withPlannerLockIn(this.#ctx, t, d, fn);
  }

  // PortalStore (portal-*-queries.ts): the first four are cross-tenant (portal-store.ts).
  findMessagesByCode: Store['findMessagesByCode'] = (code, limit) => portalCodes.findMessagesByCodeRows(this.#ctx, code, limit);
  borrowerTenants: Store['borrowerTenants'] = (e164) => portalCodes.borrowerTenantRows(this.#ctx, e164);
  issueOtp: Store['issueOtp'] = (o) => this.#write((c) => portalOtps.issueOtpIn(c, o));
  checkOtp: Store['checkOtp'] = (o) => this.#write((c) => portalOtps.checkOtpIn(c, o));
  createPortalSession: Store['createPortalSession'] = (h, p, n, e) => this.#write((c) => portalOtps.createPortalSessionIn(c, h, p, n, e));
  getPortalSession: Store['getPortalSession'] = (h, n) => portalOtps.getPortalSessionRow(this.#ctx, h, n);
  endPortalSession: Store['endPortalSession'] = (h, n) => this.#write((c) => portalOtps.endPortalSessionIn(c, h, n));
  getPortalSettings: Store['getPortalSettings'] = (t) => portal.getPortalSettingsRow(this.#ctx, t);
  setPortalSettings: Store['setPortalSettings'] = (t, s, a) => this.#write((c) => portal.setPortalSettingsIn(c, t, s, a));
  listPlans: Store['listPlans'] = (t, acc) => portal.listPlanRows(this.#ctx, t, acc);
  insertPlan: Store['insertPlan'] = (t, acc, p, a) => this.#write((c) => portal.insertPlanIn(c, t, acc, p, a));
  setAccountOnPlan: Store['setAccountOnPlan'] = (t, acc, a) => this.#write((c) => portal.setAccountOnPlanIn(c, t, acc, a));
  markDisputed: Store['markDisputed'] = (t, acc, at, a) => this.#write((c) => portal.markDisputedIn(c, t, acc, at, a));
  listAccountPayments: Store['listAccountPayments'] = (t, acc) => portal.listAccountPaymentRows(this.#ctx, t, acc);
  getInconvenientTimes: Store['getInconvenientTimes'] = (t, p) => portal.inconvenientTimeRows(this.#ctx, t, p);
  setInconvenientTimes: Store['setInconvenientTimes'] = (t, p, x, a) => this.#write((c) => portal.setInconvenientTimesIn(c, t, p, x, a));
}
