'use client';
// A view this database cannot provide: what is missing, why, and how to get
// it — never an empty table.
import { Notice } from '@/components/ui/notice';
import { useI18n } from '@/lib/i18n/client';
import type { UnavailableView } from '@/lib/timescale/views';
import { featureFix, featureName, featureReason, type DatabaseKind } from './explain';
import { WithCode } from '@/components/ui/with-code';

export function UnavailableNotice({ view, kind }: { view: UnavailableView; kind: DatabaseKind }) {
  const { t } = useI18n();
  return (
    <div data-testid={`unavailable-${view.feature}`}>
      <Notice tone="info" title={t.timescale.unavailable.title(featureName(t, view.feature))}>
        <p><WithCode text={featureReason(t, { ...kind, edition: view.edition }, view.feature, view.reason)} /></p>
        <p className="mt-2"><span className="font-medium">{t.timescale.unavailable.fix}</span> <WithCode text={featureFix(t, { ...kind, edition: view.edition })} /></p>
        <details className="mt-2 text-xs text-sky-800">
          <summary className="cursor-pointer rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-sky-600">{t.timescale.unavailable.server}</summary>
          <p lang="en" className="mt-1">{view.reason}</p>
          <p lang="en" className="mt-1"><WithCode text={view.fix} /></p>
        </details>
      </Notice>
    </div>
  );
}
