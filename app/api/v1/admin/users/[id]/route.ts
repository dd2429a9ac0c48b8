import { updateUser as updateUserContract } from '@/lib/api/contracts/admin';
import { endpoint } from '@/lib/api/endpoint';
import { notFound } from '@/lib/api/errors';
import { updateUser } from '@/lib/auth/users';
import { getDatabase } from '@/lib/db/client';

export const PATCH = endpoint(updateUserContract, async ({ params, body }) => {
  const user = await updateUser((await getDatabase()).db, params.id, body);
  if (!user) throw notFound(`User ${params.id}`);
  return user;
});
