// What this database has (edition, version) and, in plain words, what it lacks and how to get it.
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { getI18n } from '@/lib/i18n/server';
import { missingFeatures, type Capabilities } from '@/lib/timescale/capabilities';
import { featureFix, featureName, featureReason } from './explain';
import { WithCode } from '@/components/ui/with-code';

export async function EditionSummary({ caps }: { caps: Capabilities }) {
  const { t } = await getI18n();
  const e = t.timescale.edition;
  const kind = { edition: caps.edition, extensionAvailable: caps.available };
  const missing = missingFeatures(caps);
  const text = caps.edition === 'none' ? e.none : e[caps.edition](caps.version ?? '');
  return (
    <Card title={e.title}>
      <div className="flex flex-wrap items-center gap-3">
        <Badge tone={caps.edition === 'community' ? 'green' : caps.edition === 'apache' ? 'amber' : 'blue'} data-testid="edition">
          {t.database.setup.editions[caps.edition]}
        </Badge>
        <p className="text-sm text-slate-700" data-testid="edition-text">{text}</p>
      </div>
      {missing.length > 0 && (
        <div className="mt-4 grid gap-4 lg:grid-cols-[3fr_2fr]">
          <div>
            <p className="text-sm font-medium text-slate-800">{e.missing}</p>
            <ul className="mt-1 space-y-1 text-sm text-slate-700" data-testid="missing-features">
              {missing.map((m) => (
                <li key={m.feature}><span className="font-medium">{featureName(t, m.feature)}:</span> {featureReason(t, kind, m.feature, m.reason)}</li>
              ))}
            </ul>
          </div>
          <div className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 ring-1 ring-inset ring-sky-600/20">
            <p className="font-medium">{e.howToGet}</p>
            <p className="mt-1" data-testid="how-to-get"><WithCode text={featureFix(t, kind)} /></p>
          </div>
        </div>
      )}
    </Card>
  );
}
