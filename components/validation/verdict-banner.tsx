'use client';
// The table's verdict in one sentence: matches, or what does not and why that may be.
import { Notice } from '@/components/ui/notice';
import { useI18n } from '@/lib/i18n/client';
import { verdictOf, type Validation } from './use-validation';
import { VerdictBadge } from './verdict-badge';

export function VerdictBanner({ validation, checkedAt }: { validation: Validation; checkedAt: number }) {
  const { t, fmt } = useI18n();
  const v = t.validation.verdictText;
  const verdict = verdictOf(validation);
  const days = validation.days.length;
  return (
    <Notice tone={verdict === 'ok' ? 'success' : verdict === 'schema' ? 'error' : 'warning'}>
      <div className="flex flex-wrap items-center gap-3">
        <VerdictBadge verdict={verdict} />
        <p className="font-medium" data-testid="verdict-text">
          {verdict === 'ok' ? v.ok(days) : verdict === 'schema' ? v.schema(validation.schema.length) : ''}
          {validation.differingDays > 0 && ` ${v.differs(validation.differingDays, days)}`}
        </p>
        <p className="ml-auto text-xs opacity-80">{t.validation.checkedAt(fmt.dateTime(new Date(checkedAt)))}</p>
      </div>
      {validation.differingDays > 0 && <p className="mt-2">{v.recent}</p>}
    </Notice>
  );
}
