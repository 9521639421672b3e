// /v1/users: list (users:read), create, change role, disable (users:write). The
// password is never returned; creating without one is refused (the CLI generates one).
import type { FastifyInstance } from 'fastify';
import type { UserRecord } from '../../../app/ports/user-store.js';
import { addUser } from '../../../app/users/manage-users.js';
import { roles, type Role } from '../../../core/model/roles.js';
import { principalOf, tenantOf } from '../../plugins/auth.js';
import { RequestFailed, notFound, requestFailed } from '../../plugins/request-failed.js';
import type { ServerDeps } from '../../server-deps.js';

const user = {
  type: 'object', additionalProperties: false,
  required: ['id', 'login', 'role', 'createdAt', 'disabled'],
  properties: {
    id: { type: 'string' },
    login: { type: 'string' },
    role: { type: 'string', enum: [...roles] },
    name: { type: 'string' },
    email: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    disabled: { type: 'boolean' },
    disabledAt: { type: 'string', format: 'date-time' },
  },
} as const;

const toJson = (u: UserRecord) => ({
  id: u.id,
  login: u.login,
  role: u.role,
  ...(u.name === undefined ? {} : { name: u.name }),
  ...(u.email === undefined ? {} : { email: u.email }),
  createdAt: new Date(u.createdAt).toISOString(),
  disabled: u.disabledAt !== undefined,
  ...(u.disabledAt === undefined ? {} : { disabledAt: new Date(u.disabledAt).toISOString() }),
});

const idParams = { type: 'object', required: ['userId'], additionalProperties: false, properties: { userId: { type: 'string', minLength: 1, maxLength: 128 } } } as const;
const actorOf = (p: ReturnType<typeof principalOf>): string => (p.userId !== undefined ? `user:${p.userId}` : `key:${p.keyId ?? 'unknown'}`);

export const usersRoutes = async (app: FastifyInstance, deps: ServerDeps): Promise<void> => {
  app.get('/v1/users', {
    config: { permission: 'users:read' },
    schema: { tags: ['users'], summary: 'Console users of your tenant.', response: { 200: { type: 'object', additionalProperties: false, required: ['users'], properties: { users: { type: 'array', items: user } } }, '4xx': { $ref: 'ErrorBody#' } } },
  }, async (request) => ({ users: (await deps.store.listUsers(tenantOf(request))).map(toJson) }));

  app.post<{ Body: { login: string; role: Role; password: string; name?: string; email?: string } }>('/v1/users', {
    config: { permission: 'users:write' },
    schema: {
      tags: ['users'],
      summary: 'Create a console user.',
      body: {
        type: 'object',
        required: ['login', 'role', 'password'],
        additionalProperties: false,
        properties: {
          login: { type: 'string', maxLength: 64 },
          role: { type: 'string', enum: [...roles] },
          password: { type: 'string', maxLength: 256 },
          name: { type: 'string', maxLength: 200 },
          email: { type: 'string', maxLength: 320 },
        },
      },
      response: { 201: user, '4xx': { $ref: 'ErrorBody#' } },
    },
  }, async (request, reply) => {
    if (deps.passwordHasher === undefined) throw requestFailed('TACT_ERR_HTTP_INTERNAL');
    const r = await addUser(deps.store, deps.passwordHasher, tenantOf(request), request.body, actorOf(principalOf(request)));
    if (!r.ok) throw new RequestFailed(r.error);
    return reply.code(201).send(toJson(r.value));
  });

  app.patch<{ Params: { userId: string }; Body: { role?: Role; disabled?: true } }>('/v1/users/:userId', {
    config: { permission: 'users:write' },
    schema: {
      tags: ['users'],
      summary: 'Change a user’s role, or disable the user (which ends their sessions).',
      params: idParams,
      body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { role: { type: 'string', enum: [...roles] }, disabled: { type: 'boolean', const: true } } },
      response: { 200: user, '4xx': { $ref: 'ErrorBody#' } },
    },
  }, async (request) => {
    const tenant = tenantOf(request);
    const actor = actorOf(principalOf(request));
    const id = request.params.userId;
    if (request.body.role !== undefined && !(await deps.store.setUserRole(tenant, id, request.body.role, actor))) throw notFound('userId');
    if (request.body.disabled === true && !(await deps.store.disableUser(tenant, id, actor))) throw notFound('userId');
    const u = await deps.store.getUser(tenant, id);
    if (u === undefined) throw notFound('userId');
    return toJson(u);
  });
};
