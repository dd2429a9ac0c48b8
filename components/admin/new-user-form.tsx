'use client';
// Create a user with a role and an initial password (which the admin hands over).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ActionResult, type Outcome } from '@/components/ui/action-result';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { api } from '@/lib/client/api';
import { ROLES, type Role } from '@/lib/auth/roles';
import { useI18n } from '@/lib/i18n/client';
import { apiMessage } from './api-message';
import { Field, inputClass } from '@/components/ui/field';
import { USERS_KEY, type User } from './use-users';

const EMPTY = { email: '', name: '', role: 'viewer' as Role, password: '' };

/** 18 random characters from an alphabet without look-alikes: about 100 bits. */
function generatePassword() {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(crypto.getRandomValues(new Uint32Array(18)), (n) => alphabet[n % alphabet.length]).join('');
}

export function NewUserForm() {
  const { t } = useI18n();
  const u = t.admin.users;
  const f = t.admin.fields;
  const client = useQueryClient();
  const [form, setForm] = useState(EMPTY);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const create = useMutation({
    mutationFn: () => api.post<User>('/admin/users', form),
    onSuccess: (user) => {
      setOutcome({ tone: 'success', text: u.created(user.email, t.common.roles[user.role as Role]) });
      setForm(EMPTY);
      client.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) => setOutcome({ tone: 'error', title: u.createError, text: apiMessage(error, t) }),
  });
  const set = (key: keyof typeof EMPTY) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [key]: e.target.value });
  return (
    <Card title={u.create} description={u.createDescription}>
      <form className="grid gap-4 lg:grid-cols-6 lg:items-start" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <div className="lg:col-span-2"><Field label={f.email}>{({ id }) => <input id={id} className={inputClass} type="email" required autoComplete="off" value={form.email} onChange={set('email')} />}</Field></div>
        <div className="lg:col-span-2"><Field label={f.name}>{({ id }) => <input id={id} className={inputClass} autoComplete="off" value={form.name} onChange={set('name')} />}</Field></div>
        <div className="lg:col-span-2"><Field label={f.role}>{({ id }) => (
          <select id={id} className={inputClass} value={form.role} onChange={set('role')}>
            {ROLES.map((r) => <option key={r} value={r}>{t.common.roles[r]}</option>)}
          </select>
        )}</Field></div>
        <div className="lg:col-span-4"><Field label={f.password} help={u.passwordHelp}>{({ id, describedBy }) => (
          <span className="flex gap-2">
            <input id={id} aria-describedby={describedBy} className={`${inputClass} font-mono`} type="text" required minLength={12} autoComplete="new-password" value={form.password} onChange={set('password')} />
            <Button className="mt-1 shrink-0" variant="ghost" onClick={() => setForm({ ...form, password: generatePassword() })}>{u.generate}</Button>
          </span>
        )}</Field></div>
        <Button type="submit" variant="primary" role="admin" pending={create.isPending} className="lg:mt-6 lg:justify-self-start">
          {create.isPending ? u.creating : u.create}
        </Button>
      </form>
      {outcome && <div className="mt-4"><ActionResult outcome={outcome} fixLabel={t.database.migrations.fix} /></div>}
    </Card>
  );
}
