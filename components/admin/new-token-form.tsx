'use client';
// Create a token with a name, a role and an optional expiry; its secret is
// shown once, in memory only — a reload and it is gone for good.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionResult, type Outcome } from '@/components/ui/action-result';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ROLES, type Role } from '@/lib/auth/roles';
import { api } from '@/lib/client/api';
import { useI18n } from '@/lib/i18n/client';
import { apiMessage } from './api-message';
import { Field, inputClass } from '@/components/ui/field';
import { TokenSecret } from './token-secret';
import { TOKENS_KEY, type Token } from './use-tokens';

const EMPTY = { name: '', role: 'viewer' as Role, expires: '' };

export function NewTokenForm() {
  const { t } = useI18n();
  const k = t.admin.tokens;
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [created, setCreated] = useState<{ token: Token; secret: string } | null>(null);
  const [error, setError] = useState<Outcome | null>(null);
  const create = useMutation({
    // The end of the chosen day in Lima (UTC−5 all year, no daylight saving).
    mutationFn: () => api.post<{ token: Token; secret: string }>('/admin/tokens', {
      name: form.name, role: form.role, ...(form.expires && { expires_at: `${form.expires}T23:59:59-05:00` }),
    }),
    onSuccess: (result) => {
      setCreated(result);
      setError(null);
      setForm(EMPTY);
      client.invalidateQueries({ queryKey: TOKENS_KEY });
    },
    onError: (e) => setError({ tone: 'error', title: k.createError, text: apiMessage(e, t) }),
  });
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [key]: e.target.value });
  return (
    <Card title={k.create} description={k.createDescription}>
      <form className="grid gap-4 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-start" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <Field label={t.admin.fields.tokenName}>{({ id }) => <input id={id} className={inputClass} required maxLength={80} autoComplete="off" value={form.name} onChange={set('name')} />}</Field>
        <Field label={t.admin.fields.role}>{({ id }) => (
          <select id={id} className={inputClass} value={form.role} onChange={set('role')}>
            {ROLES.map((r) => <option key={r} value={r}>{t.common.roles[r]}</option>)}
          </select>
        )}</Field>
        <Field label={t.admin.fields.expires}>{({ id }) => <input id={id} className={inputClass} type="date" value={form.expires} onChange={set('expires')} />}</Field>
        <Button type="submit" variant="primary" role="admin" pending={create.isPending} className="lg:mt-6">
          {create.isPending ? k.creating : k.create}
        </Button>
      </form>
      {error && <div className="mt-4"><ActionResult outcome={error} fixLabel={t.database.migrations.fix} /></div>}
      {created && <div className="mt-4"><TokenSecret name={created.token.name} secret={created.secret} onDismiss={() => setCreated(null)} /></div>}
    </Card>
  );
}
