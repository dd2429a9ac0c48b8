'use client';
// The audit log's filters, kept in the URL: who, what, how it ended, which days (Lima).
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { query } from '@/lib/client/api';
import { useI18n } from '@/lib/i18n/client';
import { Field, inputClass } from '@/components/ui/field';

export interface AuditFilterValues {
  actor: string;
  action: string;
  result: string;
  from: string;
  to: string;
}

export const RESULTS = ['success', 'failure', 'denied'] as const;

export function AuditFilters({ initial, actions }: { initial: AuditFilterValues; actions: string[] }) {
  const { t } = useI18n();
  const a = t.admin.audit;
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const set = (key: keyof AuditFilterValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [key]: e.target.value });
  const go = (next: AuditFilterValues) => router.push(`/admin/audit${query({ ...next })}`);
  return (
    <form role="search" aria-label={a.filters} className="flex flex-wrap items-end gap-3 [&>div]:w-36 [&>div:nth-child(-n+2)]:w-52"
      onSubmit={(e) => { e.preventDefault(); go(values); }}>
      <Field label={a.actor}>{({ id }) => <input id={id} className={inputClass} value={values.actor} onChange={set('actor')} placeholder={a.actorHint} autoComplete="off" />}</Field>
      <Field label={a.action}>{({ id }) => (
        <>
          <input id={id} className={`${inputClass} font-mono`} list="audit-actions" value={values.action} onChange={set('action')} autoComplete="off" />
          <datalist id="audit-actions">{actions.map((x) => <option key={x} value={x} />)}</datalist>
        </>
      )}</Field>
      <Field label={a.result}>{({ id }) => (
        <select id={id} className={inputClass} value={values.result} onChange={set('result')}>
          <option value="">{a.any}</option>
          {RESULTS.map((r) => <option key={r} value={r}>{a.results[r]}</option>)}
        </select>
      )}</Field>
      <Field label={a.from}>{({ id }) => <input id={id} className={inputClass} type="date" value={values.from} onChange={set('from')} />}</Field>
      <Field label={a.to}>{({ id }) => <input id={id} className={inputClass} type="date" value={values.to} onChange={set('to')} />}</Field>
      <span className="flex gap-2">
        <Button type="submit" variant="primary">{a.apply}</Button>
        <Button onClick={() => { const empty = { actor: '', action: '', result: '', from: '', to: '' }; setValues(empty); go(empty); }}>{a.clear}</Button>
      </span>
    </form>
  );
}
