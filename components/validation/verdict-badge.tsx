'use client';
import { Badge, type Tone } from '@/components/ui/badge';
import { useI18n } from '@/lib/i18n/client';
import type { Verdict } from './use-validation';

const TONE: Record<Verdict, Tone> = { ok: 'green', schema: 'red', differs: 'red' };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useI18n();
  return <Badge tone={TONE[verdict]} data-testid="verdict" data-verdict={verdict}>{t.validation.verdicts[verdict]}</Badge>;
}
