'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { setLocaleAction } from '@/lib/i18n/actions';
import { useI18n } from '@/lib/i18n/client';
import { LOCALES } from '@/lib/i18n/locales';

export function LanguageSwitch() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <label className="flex items-center gap-1.5 text-sm text-slate-600">
      <span className="sr-only">{t.common.language}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => start(async () => {
          await setLocaleAction(event.target.value);
          router.refresh();
        })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        aria-label={t.common.language}
      >
        {LOCALES.map((l) => <option key={l} value={l}>{t.common.languages[l]}</option>)}
      </select>
    </label>
  );
}
