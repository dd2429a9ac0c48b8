'use client';
// The one time a token's secret is visible: copy it, with the warning that it
// will not be shown again and how to use it.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useI18n } from '@/lib/i18n/client';

export function TokenSecret({ name, secret, onDismiss }: { name: string; secret: string; onDismiss: () => void }) {
  const { t } = useI18n();
  const k = t.admin.tokens;
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return (
    <section aria-labelledby="token-secret-title" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4" data-testid="token-secret">
      <h3 id="token-secret-title" className="font-semibold text-amber-950">{k.secretTitle(name)}</h3>
      <p className="mt-1 text-sm text-amber-950" role="alert">{k.secretWarning}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor="token-secret-value">{k.secretLabel}</label>
        <input id="token-secret-value" readOnly value={secret} onFocus={(e) => e.target.select()}
          className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-3 py-1.5 font-mono text-sm text-slate-900" />
        <Button variant="primary" onClick={copy}>{k.copy}</Button>
        <Button onClick={onDismiss}>{k.dismiss}</Button>
      </div>
      {copied && <p className="mt-2 text-sm text-amber-950" role="status">{copied === 'yes' ? k.copied : k.copyFailed}</p>}
      <p className="mt-3 text-sm text-amber-950">{k.usage}</p>
      <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">{`curl -H "Authorization: Bearer ${secret}" ${origin}/api/v1/me`}</pre>
    </section>
  );
}
