import { createUser as createUserContract, users } from '@/lib/api/contracts/admin';
import { endpoint } from '@/lib/api/endpoint';
import { reply } from '@/lib/api/envelope';
import { createUser, listUsers } from '@/lib/auth/users';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(users, async () => listUsers((await getDatabase()).db));

export const POST = endpoint(createUserContract, async ({ body }) => reply(201, await createUser((await getDatabase()).db, body)));
