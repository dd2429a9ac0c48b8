// next-auth with e-mail and password for people (JWT sessions carrying the
// user id and role). The role is re-read from the database on every request
// (lib/auth/session.ts), so a demotion or a disable takes effect at once.
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDatabase } from '../db/client';
import { clientInfo } from '../net/client';
import { writeAudit } from './audit';
import { baseAuthConfig } from './config';
import { checkSignIn } from './sign-in';

class InvalidCredentials extends CredentialsSignin {
  code = 'invalid_credentials';
}

class TooManyAttempts extends CredentialsSignin {
  constructor(readonly retryAfterSeconds: number) {
    super();
    // The code reaches the sign-in page: it says how long to wait, nothing about the account.
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...baseAuthConfig,
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (!token?.uid) return;
      await writeAudit((await getDatabase()).db, {
        actorKind: 'user', actor: token.email ?? null, actorId: token.uid, action: 'auth.sign_out', result: 'success',
      });
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const { db } = await getDatabase();
        const result = await checkSignIn(db, credentials, clientInfo(request.headers));
        if (result.ok) return result.user;
        throw result.reason === 'rate_limited' ? new TooManyAttempts(result.retryAfterSeconds) : new InvalidCredentials();
      },
    }),
  ],
});
