// Store methods for complaints and mediation (docs/complaints.md). Complaint text,
// findings, answers, the complainant's number and screenshots are personal data: the
// adapter seals them. Every change appends an audit event in the same transaction.
// Times are epoch ms UTC.
import type { ComplaintCategory, ComplaintSource, ComplaintStatus, MediationOutcome, ProtectiveAction, ResolutionAction } from '../../core/complaints/complaint-model.js';
import type { ScreenshotType } from '../../core/complaints/screenshot-type.js';
import type { SlaDeadlines } from '../../core/complaints/sla-clock.js';
import type { AccountId, MessageId, PersonId, TenantId } from '../../core/model/ids.js';
import type { Result } from '../../core/result.js';
import type { Actor } from './store-records.js';

export const complaintRefKinds = ['strategy', 'template', 'rule'] as const;
export type ComplaintRefKind = (typeof complaintRefKinds)[number];

/** A version a complaint involves: "default-cn@3", "zh-CN/sms/reminder.dpd7", "cn/quiet-hours". */
export interface ComplaintRef {
  readonly kind: ComplaintRefKind;
  readonly ref: string;
}

export interface NewScreenshot {
  readonly mediaType: ScreenshotType;
  readonly bytes: Uint8Array;
}

export interface NewComplaint {
  readonly category: ComplaintCategory;
  readonly source: ComplaintSource;
  readonly receivedAt: number;
  readonly accountId?: AccountId;
  /** The complainant, when known. */
  readonly personId?: PersonId;
  /** The complainant's number (E.164), sealed. */
  readonly phoneE164?: string;
  readonly messageIds: readonly MessageId[];
  /** Other people the complaint is about (e.g. the contact a debt was disclosed to). */
  readonly peopleIds: readonly PersonId[];
  readonly text?: string;
  readonly screenshots: readonly NewScreenshot[];
  readonly deadlines: SlaDeadlines;
  readonly protectiveActions: readonly ProtectiveAction[];
  readonly refs: readonly ComplaintRef[];
}

export interface Resolution {
  readonly findings: string;
  readonly actions: readonly ResolutionAction[];
  /** The answer sent to the complainant, when one was. */
  readonly answer?: string;
  /** Versions found involved (added to those recorded at filing). */
  readonly refs: readonly ComplaintRef[];
}

export interface Mediation {
  readonly bodyId: string;
  readonly referredAt: number;
  /** Collection on the account is paused while the mediation runs. */
  readonly collectionPaused: boolean;
  readonly outcome?: MediationOutcome;
  readonly concludedAt?: number;
}

export interface ScreenshotInfo {
  readonly id: string;
  readonly mediaType: ScreenshotType;
  readonly sizeBytes: number;
}

export interface ComplaintRecord extends SlaDeadlines {
  readonly id: string;
  readonly tenantId: TenantId;
  readonly category: ComplaintCategory;
  readonly source: ComplaintSource;
  readonly status: ComplaintStatus;
  readonly receivedAt: number;
  readonly accountId?: AccountId;
  readonly personId?: PersonId;
  readonly phoneE164?: string;
  readonly messageIds: readonly MessageId[];
  readonly peopleIds: readonly PersonId[];
  readonly text?: string;
  readonly protectiveActions: readonly ProtectiveAction[];
  readonly acknowledgedAt?: number;
  readonly resolvedAt?: number;
  readonly resolution?: Resolution;
  readonly mediation?: Mediation;
  readonly screenshots: readonly ScreenshotInfo[];
  readonly refs: readonly ComplaintRef[];
}

export interface ComplaintFilter {
  readonly statuses?: readonly ComplaintStatus[];
  /** Only complaints past an SLA deadline at this instant (sla-clock.ts `slaBreach`). */
  readonly overdueAt?: number;
  readonly accountId?: AccountId;
  /** 1..500; default 100. Oldest first. */
  readonly limit?: number;
}

export type ComplaintRefusal = 'not_found' | 'bad_transition';

export interface ComplaintCount {
  readonly kind: ComplaintRefKind;
  readonly ref: string;
  /** Distinct complaints naming the ref. */
  readonly complaints: number;
}

export interface ComplaintStore {
  fileComplaint(tenant: TenantId, c: NewComplaint, actor: Actor): Promise<ComplaintRecord>;
  getComplaint(tenant: TenantId, id: string): Promise<ComplaintRecord | undefined>;
  listComplaints(tenant: TenantId, filter: ComplaintFilter): Promise<readonly ComplaintRecord[]>;
  acknowledgeComplaint(tenant: TenantId, id: string, at: number, actor: Actor): Promise<Result<ComplaintRecord, ComplaintRefusal>>;
  resolveComplaint(tenant: TenantId, id: string, resolution: Resolution, at: number, actor: Actor): Promise<Result<ComplaintRecord, ComplaintRefusal>>;
  /**
   * Refers an open complaint to a mediation body. With `pauseCollection` and an account,
   * the account's status becomes `paused` (the planner skips it) and its planned
   * messages are cancelled; the outcome restores the status kept here.
   */
  referComplaintToMediation(
    tenant: TenantId,
    id: string,
    referral: { readonly bodyId: string; readonly pauseCollection: boolean },
    at: number,
    actor: Actor,
  ): Promise<Result<ComplaintRecord, ComplaintRefusal>>;
  recordMediationOutcome(tenant: TenantId, id: string, outcome: MediationOutcome, at: number, actor: Actor): Promise<Result<ComplaintRecord, ComplaintRefusal>>;
  getScreenshot(tenant: TenantId, complaintId: string, screenshotId: string): Promise<(ScreenshotInfo & { readonly bytes: Uint8Array }) | undefined>;
  /** Complaints per strategy version, template and rule (experiment reports); receivedAt in [from, to). */
  complaintCounts(tenant: TenantId, range: { readonly from?: number; readonly to?: number }): Promise<readonly ComplaintCount[]>;
  /** The tenant's complaint settings as stored (validated JSON), or undefined for the defaults. */
  getComplaintSettings(tenant: TenantId): Promise<unknown>;
  setComplaintSettings(tenant: TenantId, settings: Readonly<Record<string, unknown>>, actor: Actor): Promise<void>;
}
