'use client';
// A run's or a watermark's status as a coloured word, in the user's language.
import { useI18n } from '@/lib/i18n/client';
import { Badge, type Tone } from './badge';

const TONE: Record<string, Tone> = {
  queued: 'gray', running: 'blue', success: 'green', failed: 'red', cancelled: 'amber', reset: 'amber',
  fresh: 'green', due: 'amber', stale: 'red', never: 'gray',
  healthy: 'green', degraded: 'amber', unhealthy: 'red', initializing: 'blue',
};

export function StatusBadge({ kind, value }: { kind: 'runStatus' | 'watermarkStatus' | 'freshness' | 'health'; value: string | null }) {
  const { t } = useI18n();
  if (!value) return <Badge>{t.common.states.never}</Badge>;
  const labels = t.common[kind] as Record<string, string>;
  return <Badge tone={TONE[value] ?? 'gray'} data-status={value}>{labels[value] ?? value}</Badge>;
}
