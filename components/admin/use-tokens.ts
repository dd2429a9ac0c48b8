'use client';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import type { Jsonify } from '@/lib/client/json';
import type { TokenView } from '@/lib/auth/tokens';

export type Token = Jsonify<TokenView>;
export const TOKENS_KEY = ['admin', 'tokens'];

export function useTokens() {
  return useQuery({ queryKey: TOKENS_KEY, queryFn: () => api.get<Token[]>('/admin/tokens') });
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(token: Token, now = Date.now()): TokenState {
  if (token.revokedAt) return 'revoked';
  return token.expiresAt && new Date(token.expiresAt).getTime() <= now ? 'expired' : 'active';
}
