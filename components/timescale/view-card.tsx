'use client';
// A card around one TimescaleDB view: loading and errors, the unavailable
// explanation, or the rows with what this edition lacks for them.
import type { UseQueryResult } from '@tanstack/react-query';
import { Card } from '@/components/ui/card';
import { QueryState } from '@/components/ui/query-state';
import { useI18n } from '@/lib/i18n/client';
import type { AdminView } from '@/lib/timescale/views';
import { featureName, featureReason, type DatabaseKind } from './explain';
import { UnavailableNotice } from './unavailable-notice';
import type { Available } from './use-view';

export function ViewCard<V extends AdminView<unknown>>({
  title, description, actions, query, kind, children,
}: {
  title: string;
  description: string;
  actions?: React.ReactNode;
  query: UseQueryResult<V>;
  kind: DatabaseKind;
  children: (view: Available<V>) => React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Card title={title} description={description} actions={query.data?.available ? actions : undefined}>
      <QueryState query={query}>
        {(view) => {
          if (!view.available) return <UnavailableNotice view={view} kind={kind} />;
          return (
            <>
              {children(view as Available<V>)}
              {view.limitations.length > 0 && (
                <div className="mt-3 text-sm text-slate-600">
                  <p className="font-medium text-slate-700">{t.timescale.limitations}</p>
                  <ul className="mt-1 list-disc pl-5">
                    {view.limitations.map((l) => (
                      <li key={l.feature}><span className="font-medium">{featureName(t, l.feature)}:</span> {featureReason(t, kind, l.feature, l.reason)}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
