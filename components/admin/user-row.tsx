'use client';
// One user: a role picker that asks before it changes, and disable (asked) or enable.
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Td } from '@/components/ui/table';
import { ROLES, type Role } from '@/lib/auth/roles';
import { useCurrentUser } from '@/lib/client/current-user';
import { useI18n } from '@/lib/i18n/client';
import type { User, UserChange } from './use-users';

export function UserRow({ user, pending, onChange }: { user: User; pending: boolean; onChange: (change: UserChange) => void }) {
  const { t, fmt } = useI18n();
  const u = t.admin.users;
  const me = useCurrentUser().email === user.email;
  const [role, setRole] = useState<Role | null>(null);
  const [disabling, setDisabling] = useState(false);
  const confirm = (change: UserChange) => {
    setRole(null);
    setDisabling(false);
    onChange(change);
  };
  return (
    <tr data-testid={`user-${user.email}`} className={user.disabledAt ? 'bg-slate-50 text-slate-500' : ''}>
      <Td>
        <span className="font-medium text-slate-900">{user.email}</span>
        {me && <span className="ml-2"><Badge tone="blue">{u.you}</Badge></span>}
        {user.name && <span className="block text-xs text-slate-500">{user.name}</span>}
      </Td>
      <Td>
        <select
          aria-label={u.roleLabel(user.email)} value={user.role} disabled={pending}
          onChange={(e) => setRole(e.target.value as Role)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600"
        >
          {ROLES.map((r) => <option key={r} value={r}>{t.common.roles[r]}</option>)}
        </select>
      </Td>
      <Td>
        {user.disabledAt ? <Badge tone="gray">{u.disabled}</Badge> : <Badge tone="green">{u.active}</Badge>}
        {user.disabledAt && <span className="mt-0.5 block text-xs">{fmt.dateTime(user.disabledAt)}</span>}
      </Td>
      <Td>{user.lastSignInAt ? fmt.dateTime(user.lastSignInAt) : t.common.states.never}</Td>
      <Td>{fmt.dateTime(user.createdAt)}</Td>
      <Td>
        {user.disabledAt
          ? <Button role="admin" pending={pending} onClick={() => onChange({ disabled: false })}>{u.enable}</Button>
          : <Button role="admin" variant="danger" pending={pending} onClick={() => setDisabling(true)}>{u.disable}</Button>}
        <ConfirmDialog open={role !== null} title={u.roleTitle(user.email)} confirmLabel={u.roleConfirm} variant="primary"
          onConfirm={() => role && confirm({ role })} onClose={() => setRole(null)}>
          {role && <p>{u.roleBody(t.common.roles[user.role as Role], t.common.roles[role], t.admin.roleMeaning[role])}</p>}
        </ConfirmDialog>
        <ConfirmDialog open={disabling} title={u.disableTitle(user.email)} confirmLabel={u.disableConfirm}
          onConfirm={() => confirm({ disabled: true })} onClose={() => setDisabling(false)}>
          <p>{u.disableBody}</p>
          {me && <p className="font-medium text-rose-800">{u.disableSelf}</p>}
        </ConfirmDialog>
      </Td>
    </tr>
  );
}
