// The part of the next-auth configuration the proxy needs to read a session
// cookie: no providers and no database, so it loads fast in front of every page.
import type { NextAuthConfig } from 'next-auth';
import type { Role } from './roles';

declare module 'next-auth' {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; email: string; name?: string | null; role: Role };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid?: string;
    role?: Role;
  }
}

const sessionHours = Number(process.env.PULSO_SESSION_HOURS) || 12;

export const baseAuthConfig = {
  // URLs come from the Host header: the console runs on localhost, a LAN host or behind a proxy.
  trustHost: true,
  session: { strategy: 'jwt', maxAge: sessionHours * 3600 },
  pages: { signIn: '/login' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid) session.user = { ...session.user, id: token.uid, role: token.role ?? 'viewer' };
      return session;
    },
  },
  logger: {
    // A wrong password is an expected event (audited), not a server error worth a stack trace.
    error(error) {
      const name = (error as { type?: string }).type ?? error.name;
      if (name === 'CredentialsSignin') return;
      console.error(`▸ auth: ${name}: ${error.message}`);
    },
    warn() {},
  },
} satisfies NextAuthConfig;
