// `tact status`: the cycle's numbers read from the store — messages by state, queue
// depth (due now), blocked by rule, plan→send latency. One JSON object per tenant.
import type { Clock } from '../app/ports/clock.js';
import type { OpenStore } from '../app/ports/store-opener.js';
import { failure } from '../core/errors.js';
import { tenantId } from '../core/model/ids.js';
import type { Command, ExitCode } from './command.js';
import { printFailures } from './print-failures.js';
import { withStore, withoutDbOption } from './store-command-support.js';

export interface StatusCommandDeps {
  readonly openStore: OpenStore;
  readonly clock: Clock;
}

const help = `Usage: tact status [--tenant ID] [--db URL]

Prints, per tenant, one JSON line: messages by state (planned, sending, sent, blocked…),
queueDepth (planned and due now), blockedByRule (violated rule → count) and
planToSendMs (creation of the message by the planner → accepted by the transport:
count, p50, p95, max in milliseconds).
`;

export const createStatusCommand = (deps: StatusCommandDeps): Command => ({
  name: 'status',
  summary: 'Messages by state, queue depth, blocked by rule, plan→send latency',
  help,
  run: async (args, io): Promise<ExitCode> => {
    const rest = withoutDbOption(args);
    let tenant: string | undefined;
    if (rest[0] === '--tenant' && rest[1] !== undefined && rest.length === 2) tenant = rest[1];
    else if (rest.length > 0) {
      printFailures(io, [failure('TACT_ERR_CLI_BAD_ARGUMENT', { path: rest[0] ?? '' })]);
      return 2;
    }
    return withStore(deps.openStore, args, io, async (handle) => {
      await handle.assertMigrated();
      const tenants = tenant === undefined ? await handle.store.listTenantIds() : [tenantId(tenant)];
      for (const t of tenants) {
        const s = await handle.store.dispatchStatus(t, deps.clock.now());
        io.stdout(`${JSON.stringify({ tenant: t, ...s })}\n`);
      }
      return 0;
    });
  },
});
