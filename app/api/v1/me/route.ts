import { me } from '@/lib/api/contracts/admin';
import { endpoint } from '@/lib/api/endpoint';

export const GET = endpoint(me, async ({ actor }) => actor);
