// Who is calling, for pages and server actions: the signed-in user, re-read
// from the database so a disabled account or a changed role counts at once.
import { cache } from 'react';
import { getDatabase } from '../db/client';
import { auth } from './nextauth';
import type { Role } from './roles';
import { getUser } from './users';

export type { Role };

export interface ConsoleUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Once per request, however many components ask. */
export const getCurrentUser = cache(async (): Promise<ConsoleUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getUser((await getDatabase()).db, id);
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
});
