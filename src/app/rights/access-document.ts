// The access export a person receives (PIPL Arts. 44–45; GDPR Art. 15 style): what the
// tenant holds about their number, the decisions about messages to it, complaints, and
// the consent history. Nobody else's data: the store's access export already leaves
// out other people, and decisions carry only rule names and citations.
import type { AccessExport } from '../ports/store-access.js';
import type { ConsentEntry } from './consent-history.js';

export interface AccessDocument {
  readonly format: 'tact-access/1';
  readonly reference: string;
  readonly tenantName: string;
  readonly generatedAt: string;
  readonly data: AccessExport;
  readonly decisions: readonly {
    readonly messageId: string;
    readonly state: string;
    readonly allowed: boolean | null;
    readonly rules: readonly string[];
  }[];
  readonly complaints: readonly Readonly<Record<string, string | number | null>>[];
  readonly consentHistory: readonly ConsentEntry[];
  readonly earlierRequests: readonly { readonly reference: string; readonly kind: string; readonly at: string }[];
}
