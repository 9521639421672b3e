// GET /console/accounts (search by the lender's id, or a page of accounts) and
// GET /console/accounts/:accountId (the timeline). accounts:read; another tenant's id is 404.
import type { FastifyInstance } from 'fastify';
import { accountTimeline } from '../../../app/accounts/account-timeline.js';
import { accountId } from '../../../core/model/ids.js';
import { mayDo } from '../../plugins/permissions.js';
import { principalOf, tenantOf } from '../../plugins/auth.js';
import { notFound } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';
import { accountListPage, accountPage } from '../../views/console/account-pages.js';
import { htmlResponse, pageUser, sendHtml } from './console-html.js';

const PAGE = 50;

export const accountPagesRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  const login = (tenant: ReturnType<typeof tenantOf>) => async (id: string) => (await deps.store.getUser(tenant, id))?.login;

  app.get<{ Querystring: { q?: string; after?: string } }>(
    '/console/accounts',
    {
      config: { permission: 'accounts:read' },
      schema: {
        hide: true,
        querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 128 }, after: { type: 'string', maxLength: 128 } } },
        response: htmlResponse,
      },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const q = request.query.q?.trim() ?? '';
      let accounts;
      let next: string | undefined;
      if (q !== '') {
        const found = await deps.store.getAccountByExternalId(tenant, q);
        accounts = found === undefined ? [] : [found];
      } else {
        const after = request.query.after;
        accounts = await deps.store.listAccounts(tenant, { limit: PAGE, ...(after === undefined ? {} : { after: accountId(after) }) });
        next = accounts.length === PAGE ? accounts[accounts.length - 1]?.id : undefined;
      }
      return sendHtml(reply, accountListPage(await pageUser(request, login(tenant)), accounts, q, next));
    },
  );

  app.get<{ Params: { accountId: string } }>(
    '/console/accounts/:accountId',
    {
      config: { permission: 'accounts:read' },
      schema: { hide: true, params: { type: 'object', required: ['accountId'], properties: { accountId: { type: 'string', maxLength: 128 } } }, response: htmlResponse },
    },
    async (request, reply) => {
      const tenant = tenantOf(request);
      const t = await accountTimeline(deps.store, tenant, accountId(request.params.accountId));
      if (t === undefined) throw notFound('accountId');
      const user = await pageUser(request, login(tenant));
      return sendHtml(reply, accountPage(user, t, mayDo(principalOf(request).role, 'calls:write'), mayDo(principalOf(request).role, 'evidence:read')));
    },
  );
};
