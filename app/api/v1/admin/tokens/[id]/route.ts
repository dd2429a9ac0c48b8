import { revokeToken as revokeTokenContract } from '@/lib/api/contracts/admin';
import { endpoint } from '@/lib/api/endpoint';
import { notFound } from '@/lib/api/errors';
import { revokeToken } from '@/lib/auth/tokens';
import { getDatabase } from '@/lib/db/client';

export const DELETE = endpoint(revokeTokenContract, async ({ params }) => {
  const token = await revokeToken((await getDatabase()).db, params.id);
  if (!token) throw notFound(`Live token ${params.id}`);
  return token;
});
