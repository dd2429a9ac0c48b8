'use client';
// The signed-in user in client components, to disable what their role may not
// do (with the reason). The server refuses it anyway: this is only courtesy.
import { createContext, useContext } from 'react';
import type { Role } from '../auth/roles';
import { hasRole } from '../auth/roles';

export interface ClientUser {
  email: string;
  name: string;
  role: Role;
}

const UserContext = createContext<ClientUser | null>(null);

export function CurrentUserProvider({ user, children }: { user: ClientUser; children: React.ReactNode }) {
  return <UserContext.Provider value={user}>{children}</UserContext.Provider>;
}

export function useCurrentUser(): ClientUser {
  const user = useContext(UserContext);
  if (!user) throw new Error('useCurrentUser outside the console layout');
  return user;
}

/** Whether the user's role reaches `role`. */
export function useCan(role: Role): boolean {
  return hasRole(useCurrentUser().role, role);
}
