// A signed-in borrower's pages and forms (docs/portal.md, "Borrowers"). No session: to
// sign-in. An account ref that is not this number's borrower account: the same "not
// found" page as a missing one. Each form posts, takes effect in one transaction, and
// redirects back with a short status (POST-redirect-GET).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findBorrowerAccount, listBorrowerAccounts, type BorrowerAccount } from '../../../app/portal/borrower-accounts.js';
import { choosePlan, tenantPlanRules } from '../../../app/portal/choose-plan.js';
import { weekdays, type InconvenientTime, type Weekday } from '../../../core/model/decision-request.js';
import { offeredPlans } from '../../../core/portal/plan-rules.js';
import { noRepaymentChannels } from '../../../core/portal/repayment-channels.js';
import { accountPage, accountsPage } from '../../views/portal/borrower-pages.js';
import type { TextKey } from '../../views/portal/portal-text.js';
import { notFoundPage } from '../../views/portal/verify-pages.js';
import { formBody, htmlResponse, langQuery, redirectResponse, type PortalKit } from './portal-kit.js';

const refParams = { type: 'object', required: ['ref'], properties: { ref: { type: 'string', maxLength: 200 } } } as const;
const flashKeys: Record<string, TextKey> = {
  plan_accepted: 'planAccepted', plan_proposed: 'planProposed', plan_invalid: 'planInvalid', plan_already: 'planAlready',
  prefs_saved: 'prefsSaved', dispute_done: 'disputeDone', dispute_already: 'disputeAlready',
};
const SHOWN_STATES = new Set(['sending', 'sent', 'delivered', 'failed', 'undeliverable', 'unknown']);
const wallTime = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/** "12.50" → 1250 minor units (2 decimals); undefined when not a plain amount. */
const toMinor = (text: string): number | undefined => {
  const m = /^(\d{1,12})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  return m === null ? undefined : Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
};

export const borrowerRoutes = async (app: FastifyInstance, kit: PortalKit): Promise<void> => {
  const { deps } = kit;
  const own = async (request: FastifyRequest<{ Params: { ref: string } }>): Promise<BorrowerAccount | 'signed_out' | 'not_found'> => {
    const phone = await kit.sessionPhone(request);
    if (phone === undefined) return 'signed_out';
    return (await findBorrowerAccount(deps.store, kit.tenants, phone, request.params.ref)) ?? 'not_found';
  };

  app.get('/p/accounts', { config: { public: true }, schema: { hide: true, querystring: { type: 'object', properties: langQuery }, response: htmlResponse } }, async (request, reply) => {
    const phone = await kit.sessionPhone(request);
    if (phone === undefined) return reply.redirect('/p/sign-in', 303);
    return kit.sendHtml(reply, accountsPage(kit.form(request, reply), await listBorrowerAccounts(deps.store, kit.tenants, phone)));
  });

  app.get<{ Params: { ref: string }; Querystring: { done?: string; lang?: string } }>(
    '/p/accounts/:ref',
    { config: { public: true }, schema: { hide: true, params: refParams, querystring: { type: 'object', properties: { ...langQuery, done: { type: 'string', maxLength: 32 } } }, response: htmlResponse } },
    async (request, reply) => {
      const b = await own(request);
      if (b === 'signed_out') return reply.redirect('/p/sign-in', 303);
      if (b === 'not_found') return kit.sendHtml(reply, notFoundPage(kit.lang(request, reply)), 404);
      const t = b.tenant.id;
      const [messages, plans, settings, designated, payments] = await Promise.all([
        deps.store.listAccountMessages(t, b.account.id),
        deps.store.listPlans(t, b.account.id),
        deps.store.getPortalSettings(t),
        deps.store.getInconvenientTimes(t, [b.personId]),
        deps.store.listAccountPayments(t, b.account.id),
      ]);
      const rules = await tenantPlanRules(deps.store, t, b.tenant.pack);
      return kit.sendHtml(reply, accountPage(kit.form(request, reply), {
        b,
        messages: messages.filter((m) => m.personId === b.personId && SHOWN_STATES.has(m.state)).reverse(),
        plans,
        offers: offeredPlans(rules, b.account.overdueMinor),
        rules,
        inconvenient: designated.get(b.personId) ?? [],
        repayment: settings?.repayment ?? noRepaymentChannels,
        payments,
        flash: request.query.done === undefined ? undefined : flashKeys[request.query.done],
      }));
    },
  );

  app.post<{ Params: { ref: string }; Body: { offer: string; instalments?: number; first?: string; days?: number } }>(
    '/p/accounts/:ref/plan',
    {
      config: { public: true },
      preValidation: kit.csrf.verify,
      schema: { hide: true, params: refParams, body: formBody({ offer: { type: 'string', maxLength: 8 }, instalments: { type: 'integer', minimum: 1, maximum: 60 }, first: { type: 'string', maxLength: 16 }, days: { type: 'integer', minimum: 1, maximum: 3650 } }, ['offer']), response: redirectResponse },
    },
    async (request, reply) => {
      const b = await own(request);
      if (b === 'signed_out') return reply.redirect('/p/sign-in', 303);
      if (b === 'not_found') return reply.redirect('/p/accounts', 303);
      const rules = await tenantPlanRules(deps.store, b.tenant.id, b.tenant.pack);
      const body = request.body;
      const total = b.account.overdueMinor;
      const first = body.first === undefined ? undefined : toMinor(body.first);
      const proposal =
        body.offer === 'custom'
          ? body.instalments === undefined || first === undefined || body.days === undefined ? undefined : { totalMinor: total, instalments: body.instalments, firstPaymentMinor: first, termDays: body.days }
          : offeredPlans(rules, total)[Number(body.offer)];
      const outcome = proposal === undefined ? { kind: 'invalid' as const } : await choosePlan(deps.store, b.tenant.id, b.account.id, proposal, rules);
      const done = outcome.kind === 'already_on_plan' ? 'plan_already' : `plan_${outcome.kind}`;
      return reply.redirect(`/p/accounts/${b.ref}?done=${done}`, 303);
    },
  );

  app.post<{ Params: { ref: string }; Body: { days?: Weekday[]; from?: string; to?: string; channel?: string; clear?: string } }>(
    '/p/accounts/:ref/inconvenient',
    {
      config: { public: true },
      preValidation: kit.csrf.verify,
      schema: {
        hide: true, params: refParams, response: redirectResponse,
        body: formBody({
          days: { type: 'array', maxItems: 7, items: { type: 'string', enum: [...weekdays] } },
          from: { anyOf: [{ type: 'string', pattern: wallTime }, { type: 'string', maxLength: 0 }] },
          to: { anyOf: [{ type: 'string', pattern: wallTime }, { type: 'string', maxLength: 0 }] },
          channel: { type: 'string', enum: ['', 'sms', 'call', 'email'] },
          clear: { type: 'string', maxLength: 1 },
        }),
      },
    },
    async (request, reply) => {
      const b = await own(request);
      if (b === 'signed_out') return reply.redirect('/p/sign-in', 303);
      if (b === 'not_found') return reply.redirect('/p/accounts', 303);
      const x = request.body;
      const current = (await deps.store.getInconvenientTimes(b.tenant.id, [b.personId])).get(b.personId) ?? [];
      const entry: InconvenientTime = {
        ...(x.days === undefined || x.days.length === 0 ? {} : { days: [...new Set(x.days)] }),
        ...(x.from === undefined || x.from === '' ? {} : { from: x.from }),
        ...(x.to === undefined || x.to === '' ? {} : { to: x.to }),
        ...(x.channel === undefined || x.channel === '' ? {} : { channel: x.channel as InconvenientTime['channel'] & string }),
      };
      // An empty entry would block every contact on every channel: not a designation.
      const next = x.clear === '1' ? [] : Object.keys(entry).length === 0 ? current : [...current, entry].slice(-20);
      await deps.store.setInconvenientTimes(b.tenant.id, b.personId, next, 'portal:borrower');
      return reply.redirect(`/p/accounts/${b.ref}?done=prefs_saved`, 303);
    },
  );

  app.post<{ Params: { ref: string } }>(
    '/p/accounts/:ref/dispute',
    { config: { public: true }, preValidation: kit.csrf.verify, schema: { hide: true, params: refParams, body: formBody({}), response: redirectResponse } },
    async (request, reply) => {
      const b = await own(request);
      if (b === 'signed_out') return reply.redirect('/p/sign-in', 303);
      if (b === 'not_found') return reply.redirect('/p/accounts', 303);
      const changed = await deps.store.markDisputed(b.tenant.id, b.account.id, deps.clock.now(), 'portal:borrower');
      return reply.redirect(`/p/accounts/${b.ref}?done=${changed ? 'dispute_done' : 'dispute_already'}`, 303);
    },
  );
};
