// Reads for the account timeline (timeline-store.ts).
import type { MessageReceipt } from '../../../app/ports/timeline-store.js';
import { messageId, type MessageId, type TenantId } from '../../../core/model/ids.js';
import type { InboundTables } from './inbound-schema.js';
import { chunksFor, type SqlContext } from './sql-context.js';

export const listMessageReceiptRows = async (
  ctx: SqlContext,
  tenant: TenantId,
  messages: readonly MessageId[],
): Promise<readonly MessageReceipt[]> => {
  const out: MessageReceipt[] = [];
  for (const chunk of chunksFor(ctx, messages, 1)) {
    if (chunk.length === 0) continue;
    const rows = await ctx.db
      .withTables<InboundTables>()
      .selectFrom('delivery_receipts')
      .select(['message_id', 'status', 'error_code', 'at'])
      .where('tenant_id', '=', tenant)
      .where('message_id', 'in', chunk)
      .orderBy('at')
      .execute();
    for (const r of rows) {
      if (r.message_id === null) continue;
      out.push({ messageId: messageId(r.message_id), status: r.status, ...(r.error_code === null ? {} : { errorCode: r.error_code }), at: Number(r.at) });
    }
  }
  return out.sort((a, b) => a.at - b.at);
};
