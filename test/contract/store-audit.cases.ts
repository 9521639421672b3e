// The audit chain: verification, tamper detection through raw SQL and through
// `tact audit verify`, and concurrent appends from several connections.
import { describe, expect, it } from 'vitest';
import type { Cipher } from '../../src/app/ports/cipher.js';
import { verifyAuditChain } from '../../src/app/verify-audit-chain.js';
import { nodeSha256Hex } from '../../src/adapters/system/node-sha256.js';
import { main } from '../../src/main/tact.js';
import { memoryIo } from '../support/memory-io.js';
import type { ContractContext } from './store.contract.js';
import { capturingLogger, sampleRecord } from './store-fixture.js';

export const auditCases = (ctx: ContractContext, cipher: Cipher): void => {
  const cli = async (args: readonly string[]) => {
    const io = memoryIo('', { TACT_MASTER_KEY: ctx.masterKey.toString('hex') });
    const code = await main([...args, '--db', ctx.target().dbUrl], io);
    return { code, out: io.out(), err: io.err() };
  };

  describe('audit chain', () => {
    it('every change is a linked event; verify walks the chain', async () => {
      const t = await ctx.newTenant();
      const store = ctx.handle().store;
      await store.upsertImportBatch(t, [sampleRecord('V-1'), sampleRecord('V-2')], 'test');
      await store.appendAudit(t, { actor: 'user:u1', type: 'override.changed', subject: 'policy:quiet-hours', data: { to: '21:00' } });
      const events = [];
      for await (const e of store.iterateAudit(t)) events.push(e);
      expect(events.map((e) => [e.seq, e.type])).toEqual([
        [1, 'tenant.created'],
        [2, 'import.accounts_created'],
        [3, 'override.changed'],
      ]);
      expect(events[1]?.prevHash).toBe(events[0]?.hash);
      expect(await verifyAuditChain(store, t, nodeSha256Hex)).toEqual({ ok: true, count: 3 });
    });

    it('an event edited in SQL is found, by the use case and by `tact audit verify`', async () => {
      const t = await ctx.newTenant();
      const store = ctx.handle().store;
      for (let i = 0; i < 4; i += 1) await store.appendAudit(t, { actor: 'test', type: 'consent.changed', subject: `x:${i}`, data: { i } });
      const before = await cli(['audit', 'verify', '--tenant', t]);
      expect(before).toMatchObject({ code: 0 });
      expect(before.out).toContain('audit chain intact: 5 event(s) in 1 tenant(s)');
      await ctx.target().raw.run(`update audit_events set data = '{"i":99}' where tenant_id = '${t}' and seq = 3`);
      expect(await verifyAuditChain(store, t, nodeSha256Hex)).toEqual({ ok: false, count: 2, seq: 3, reason: 'hash_mismatch' });
      const after = await cli(['audit', 'verify']);
      expect(after.code).toBe(1);
      expect(after.err).toContain('TACT_ERR_AUDIT_CHAIN_BROKEN');
      expect(after.err).toContain(`seq 3 of tenant ${t}`);
    });

    it('a removed event, a removed tail and an edited time are each found', async () => {
      const t = await ctx.newTenant();
      const store = ctx.handle().store;
      for (let i = 0; i < 5; i += 1) await store.appendAudit(t, { actor: 'test', type: 'opt_out', subject: `x:${i}`, data: {} });
      const raw = ctx.target().raw;
      await raw.run(`delete from audit_events where tenant_id = '${t}' and seq = 6`);
      expect(await verifyAuditChain(store, t, nodeSha256Hex)).toMatchObject({ ok: false, seq: 6, reason: 'head_mismatch' });
      await raw.run(`update audit_events set at = at + 1 where tenant_id = '${t}' and seq = 2`);
      expect(await verifyAuditChain(store, t, nodeSha256Hex)).toMatchObject({ ok: false, seq: 2, reason: 'hash_mismatch' });
      await raw.run(`delete from audit_events where tenant_id = '${t}' and seq = 2`);
      expect(await verifyAuditChain(store, t, nodeSha256Hex)).toMatchObject({ ok: false, seq: 3, reason: 'seq_gap' });
    });

    it('many connections appending at once never fork the chain', async () => {
      const t = await ctx.newTenant();
      // PostgreSQL: four pools in one process stand for four hosts. SQLite has one writer
      // per file, and a second connection in the same thread would block the event loop in
      // its busy wait: there the four writers share the store's single connection.
      const concurrent = ctx.handle().store.capabilities.concurrentWriters;
      const handles = concurrent
        ? await Promise.all([1, 2, 3, 4].map(() => ctx.target().open({ cipher, logger: capturingLogger().logger })))
        : [1, 2, 3, 4].map(() => ({ ...ctx.handle(), close: async () => undefined }));
      try {
        await Promise.all(
          handles.flatMap((h, w) =>
            Array.from({ length: 15 }, (_, i) =>
              h.store.appendAudit(t, { actor: `worker:${w}`, type: 'message.state', subject: `m:${w}:${i}`, data: { w, i } }),
            ),
          ),
        );
      } finally {
        await Promise.all(handles.map((h) => h.close()));
      }
      expect(await verifyAuditChain(ctx.handle().store, t, nodeSha256Hex)).toEqual({ ok: true, count: 61 });
      const seqs = new Set<number>();
      for await (const e of ctx.handle().store.iterateAudit(t)) seqs.add(e.seq);
      expect(seqs.size).toBe(61);
    });

    it('`tact migrate` on a migrated database applies nothing', async () => {
      const r = await cli(['migrate']);
      expect(r).toMatchObject({ code: 0, out: 'schema up to date: no migration pending\n' });
    });
  });
};
