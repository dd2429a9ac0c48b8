// Administration (SPEC §9): users, API tokens and the audit log — admin only —
// plus who the caller is, for everyone.
import { z } from 'zod';
import { auditQuerySchema } from '../../auth/audit';
import { ROLES } from '../../auth/roles';
import { newTokenSchema } from '../../auth/tokens';
import { newUserSchema, userChangeSchema } from '../../auth/users';
import { defineContract } from '../contract';
import { errorResponses, idParams, tokenSchema, userSchema } from '../schemas';

const tag = 'Admin' as const;

export const me = defineContract({
  method: 'GET', path: '/me', tag, role: 'viewer',
  summary: 'Who the caller is: a user (session) or a token, and its role',
  responses: { 200: { description: 'The caller', data: z.object({ kind: z.enum(['user', 'token']), id: z.uuid(), name: z.string(), role: z.enum(ROLES) }) }, ...errorResponses },
});

export const users = defineContract({
  method: 'GET', path: '/admin/users', tag, role: 'admin',
  summary: 'Every user (never their password hash)',
  responses: { 200: { description: 'Users', data: z.array(userSchema) }, ...errorResponses },
});

export const createUser = defineContract({
  method: 'POST', path: '/admin/users', tag, role: 'admin',
  summary: 'Create a user with a role and an initial password',
  body: newUserSchema.strict(),
  responses: { 201: { description: 'The user', data: userSchema }, 409: { description: 'That e-mail already has a user' }, ...errorResponses },
  audit: { action: 'admin.user.create', target: ({ body }) => body.email },
});

export const updateUser = defineContract({
  method: 'PATCH', path: '/admin/users/{id}', tag, role: 'admin',
  summary: 'Change a user’s name, role or password, or disable / re-enable them',
  params: idParams,
  body: userChangeSchema,
  responses: {
    200: { description: 'The user', data: userSchema },
    404: { description: 'No such user' },
    422: { description: 'The change would leave no active admin' },
    ...errorResponses,
  },
  audit: { action: 'admin.user.update', target: ({ params }) => params.id },
});

export const tokens = defineContract({
  method: 'GET', path: '/admin/tokens', tag, role: 'admin',
  summary: 'Every API token (never the secret or its hash)',
  responses: { 200: { description: 'Tokens', data: z.array(tokenSchema) }, ...errorResponses },
});

export const createToken = defineContract({
  method: 'POST', path: '/admin/tokens', tag, role: 'admin',
  summary: 'Create an API token; its secret is in this response and nowhere else, ever',
  body: newTokenSchema.strict(),
  responses: { 201: { description: 'The token and its secret (shown once)', data: z.object({ token: tokenSchema, secret: z.string() }) }, ...errorResponses },
  audit: { action: 'admin.token.create', target: ({ body }) => body.name },
});

export const revokeToken = defineContract({
  method: 'DELETE', path: '/admin/tokens/{id}', tag, role: 'admin',
  summary: 'Revoke a token: it stops working at once',
  params: idParams,
  responses: { 200: { description: 'The revoked token', data: tokenSchema }, 404: { description: 'No live token with that id' }, ...errorResponses },
  audit: { action: 'admin.token.revoke', target: ({ params }) => params.id },
});

export const audit = defineContract({
  method: 'GET', path: '/admin/audit', tag, role: 'admin',
  summary: 'The audit log, newest first, filtered and paged by cursor',
  query: auditQuerySchema.strict(),
  responses: { 200: { description: 'A page of entries', data: z.object({ entries: z.array(z.record(z.string(), z.unknown())), nextCursor: z.number().nullable() }) }, ...errorResponses },
});
