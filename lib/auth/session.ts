// The seam for sign-in. Every console page and (later) every route handler
// asks here who is calling; until sign-in lands there is no user and the
// console is only reachable by whoever can reach this server.

export type Role = 'viewer' | 'operator' | 'admin';

export interface ConsoleUser {
  email: string;
  role: Role;
}

export async function getCurrentUser(): Promise<ConsoleUser | null> {
  return null;
}
