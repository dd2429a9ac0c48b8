import { createToken as createTokenContract, tokens } from '@/lib/api/contracts/admin';
import { endpoint } from '@/lib/api/endpoint';
import { reply } from '@/lib/api/envelope';
import { createToken, listTokens } from '@/lib/auth/tokens';
import { getDatabase } from '@/lib/db/client';

export const GET = endpoint(tokens, async () => listTokens((await getDatabase()).db));

export const POST = endpoint(createTokenContract, async ({ body, actor }) =>
  reply(201, await createToken((await getDatabase()).db, body, actor.kind === 'user' ? actor.id : null)));
