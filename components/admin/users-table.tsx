'use client';
// Every user: role (changeable), state, last sign-in; disable or enable each.
import { useState } from 'react';
import { ActionResult, type Outcome } from '@/components/ui/action-result';
import { Card } from '@/components/ui/card';
import { QueryState } from '@/components/ui/query-state';
import { Table, Th } from '@/components/ui/table';
import { useI18n } from '@/lib/i18n/client';
import { apiMessage } from './api-message';
import { UserRow } from './user-row';
import { useUpdateUser, useUsers, type User, type UserChange } from './use-users';

export function UsersTable() {
  const { t } = useI18n();
  const u = t.admin.users;
  const query = useUsers();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const done = (user: User, change: UserChange) => setOutcome({
    tone: 'success',
    text: change.role ? u.roleChanged(user.email, t.common.roles[change.role])
      : change.disabled === true ? u.disabledDone(user.email)
      : change.disabled === false ? u.enabledDone(user.email) : u.changed(user.email),
  });
  const update = useUpdateUser(done, (error) => setOutcome({
    tone: 'error', title: u.updateError(query.data?.find((x) => x.id === pendingId)?.email ?? ''), text: apiMessage(error, t),
  }));
  const change = (user: User, next: UserChange) => {
    setPendingId(user.id);
    update.mutate({ id: user.id, change: next });
  };
  return (
    <Card title={u.listTitle} description={query.data ? u.listDescription(query.data.length) : undefined}>
      {outcome && <div className="mb-4"><ActionResult outcome={outcome} fixLabel={t.database.migrations.fix} /></div>}
      <QueryState query={query}>
        {(users) => (
          <Table caption={u.caption}>
            <thead>
              <tr><Th>{u.user}</Th><Th>{t.admin.fields.role}</Th><Th>{u.state}</Th><Th>{u.lastSignIn}</Th><Th>{u.createdAt}</Th><Th>{u.actions}</Th></tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} pending={update.isPending && pendingId === user.id} onChange={(next) => change(user, next)} />
              ))}
            </tbody>
          </Table>
        )}
      </QueryState>
    </Card>
  );
}
