// In front of every console page: a visitor without a session goes to the
// sign-in page, and each page gets a fresh CSP nonce. This is the optimistic
// check; pages and route handlers check the user again on the server.
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { baseAuthConfig } from './lib/auth/config';
import { pageCsp } from './lib/net/csp';

const { auth } = NextAuth(baseAuthConfig);

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth && pathname !== '/login') {
    const signIn = new URL('/login', request.nextUrl);
    if (pathname !== '/') signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = pageCsp(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
});

export const config = {
  matcher: [{
    source: '/((?!api/|_next/static|_next/image|favicon.ico|pulso.svg).*)',
    missing: [{ type: 'header', key: 'next-router-prefetch' }, { type: 'header', key: 'purpose', value: 'prefetch' }],
  }],
};
