// Every migration in order. Append only: a shipped migration is never edited or removed.
import { m0001TenantsAndAudit } from './0001-tenants-and-audit.js';
import { m0002AccountsAndPeople } from './0002-accounts-and-people.js';
import { m0003MessagesAndLedger } from './0003-messages-and-ledger.js';
import { m0004ComplaintsAndExperiments } from './0004-complaints-and-experiments.js';
import { m0005Strategies } from './0005-strategies.js';
import { m0006DispatchAttempts } from './0006-dispatch-attempts.js';
import { m0007ReceiptsAndReviews } from './0007-receipts-and-reviews.js';
import { m0008TemplatesAndMessaging } from './0008-templates-and-messaging.js';
import { m0009SessionsAndSignIn } from './0009-sessions-and-sign-in.js';
import { m0010ComplaintHandling } from './0010-complaint-handling.js';
import { m0011Portal } from './0011-portal.js';
import { m0012EvidenceAndRights } from './0012-evidence-and-rights.js';
import { m0013ExperimentDefinitions } from './0013-experiment-definitions.js';
import { m0014ApiKeyLabels } from './0014-api-key-labels.js';
import type { Migration } from './migration.js';

export const allMigrations: readonly Migration[] = [
  m0001TenantsAndAudit,
  m0002AccountsAndPeople,
  m0003MessagesAndLedger,
  m0004ComplaintsAndExperiments,
  m0005Strategies,
  m0006DispatchAttempts,
  m0007ReceiptsAndReviews,
  m0008TemplatesAndMessaging,
  m0009SessionsAndSignIn,
  m0010ComplaintHandling,
  m0011Portal,
  m0012EvidenceAndRights,
  m0013ExperimentDefinitions,
  m0014ApiKeyLabels,
];
