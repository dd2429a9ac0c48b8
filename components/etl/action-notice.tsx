'use client';
// What an action did, in words, with a link to the run it started.
import Link from 'next/link';
import { Notice } from '@/components/ui/notice';
import { useI18n } from '@/lib/i18n/client';

export interface Outcome {
  tone: 'success' | 'error' | 'info' | 'warning';
  text: string;
  runId?: string | null;
}

export function ActionNotice({ outcome }: { outcome: Outcome | null }) {
  const { t } = useI18n();
  if (!outcome) return null;
  return (
    <Notice tone={outcome.tone}>
      {outcome.text}
      {outcome.runId && (
        <>
          {' '}
          <Link href={`/etl/runs/${outcome.runId}`} className="font-medium underline underline-offset-2">{t.etl.refresh.seeRun}</Link>
        </>
      )}
    </Notice>
  );
}
