'use client';
// Every token: prefix (never the secret), role, last use, expiry, state; revoke after a confirmation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionResult, type Outcome } from '@/components/ui/action-result';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryState } from '@/components/ui/query-state';
import { Table, Td, Th } from '@/components/ui/table';
import type { Role } from '@/lib/auth/roles';
import { api } from '@/lib/client/api';
import { useI18n } from '@/lib/i18n/client';
import { apiMessage } from './api-message';
import { TOKENS_KEY, tokenState, useTokens, type Token } from './use-tokens';

const TONE = { active: 'green', expired: 'amber', revoked: 'gray' } as const;

export function TokensTable() {
  const { t, fmt } = useI18n();
  const k = t.admin.tokens;
  const client = useQueryClient();
  const query = useTokens();
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const revoke = useMutation({
    mutationFn: (token: Token) => api.delete<Token>(`/admin/tokens/${token.id}`),
    onSuccess: (token) => setOutcome({ tone: 'success', text: k.revoked(token.name) }),
    onError: (error) => setOutcome({ tone: 'error', title: k.revokeError, text: apiMessage(error, t) }),
    onSettled: () => { setRevoking(null); client.invalidateQueries({ queryKey: TOKENS_KEY }); },
  });
  return (
    <Card title={k.listTitle} description={query.data ? k.listDescription(query.data.length) : undefined}>
      {outcome && <div className="mb-4"><ActionResult outcome={outcome} fixLabel={t.database.migrations.fix} /></div>}
      <QueryState query={query}>
        {(tokens) => (
          <Table caption={k.caption}>
            <thead>
              <tr><Th>{k.name}</Th><Th>{k.prefix}</Th><Th>{t.admin.fields.role}</Th><Th>{k.created}</Th><Th>{k.lastUsed}</Th><Th>{k.expires}</Th><Th>{k.state}</Th><Th>{k.actions}</Th></tr>
            </thead>
            <tbody>
              {tokens.map((token) => {
                const state = tokenState(token);
                return (
                  <tr key={token.id} data-testid={`token-${token.name}`} data-state={state}>
                    <Td><span className="font-medium text-slate-900">{token.name}</span></Td>
                    <Td mono>{token.prefix}…</Td>
                    <Td>{t.common.roles[token.role as Role]}</Td>
                    <Td>{fmt.dateTime(token.createdAt)}</Td>
                    <Td>{token.lastUsedAt ? fmt.dateTime(token.lastUsedAt) : k.never}</Td>
                    <Td>{token.expiresAt ? fmt.dateTime(token.expiresAt) : k.noExpiry}</Td>
                    <Td>
                      <Badge tone={TONE[state]}>{k.states[state]}</Badge>
                      {state === 'revoked' && <span className="mt-0.5 block text-xs text-slate-500">{fmt.dateTime(token.revokedAt)}</span>}
                    </Td>
                    <Td>{state !== 'revoked' && (
                      <Button role="admin" variant="danger" pending={revoke.isPending && revoking?.id === token.id} onClick={() => setRevoking(token)}>{k.revoke}</Button>
                    )}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </QueryState>
      <ConfirmDialog open={revoking !== null} title={k.revokeTitle(revoking?.name ?? '')} confirmLabel={k.revokeConfirm}
        pending={revoke.isPending} onConfirm={() => revoking && revoke.mutate(revoking)} onClose={() => setRevoking(null)}>
        <p>{k.revokeBody(revoking?.prefix ?? '')}</p>
      </ConfirmDialog>
    </Card>
  );
}
