// The access export: everything a tenant holds about one number, as plain JSON
// (the data subject's right of access). Times are ISO-8601 UTC here, for people.
export interface AccessExport {
  readonly phoneE164: string;
  readonly exportedAt: string;
  readonly suppressions: readonly { readonly reason: string; readonly accountId?: string; readonly at: string }[];
  /** Ledger rows kept after an earlier erasure of this number (no content, no address). */
  readonly erasedContactEvents: readonly {
    readonly at: string;
    readonly channel: string;
    readonly direction: string;
    readonly result: string;
  }[];
  readonly person?: {
    readonly id: string;
    readonly createdAt: string;
    readonly suppressedAt?: string;
    readonly links: readonly {
      readonly accountId: string;
      readonly accountExternalId: string;
      readonly role: string;
      readonly name: string;
      readonly email?: string;
      readonly relationship?: string;
      readonly timeZones: readonly string[];
      readonly locale: string;
      readonly confirmation: string;
    }[];
    readonly messages: readonly {
      readonly id: string;
      readonly channel: string;
      readonly state: string;
      readonly body?: string;
      readonly scheduledAt: string;
      readonly createdAt: string;
    }[];
    readonly contactEvents: readonly {
      readonly id: string;
      readonly at: string;
      readonly channel: string;
      readonly direction: string;
      readonly result: string;
      readonly body?: string;
    }[];
  };
}
