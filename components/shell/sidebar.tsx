import Link from 'next/link';
import { hasRole, type Role } from '@/lib/auth/roles';
import { getI18n } from '@/lib/i18n/server';
import { NAV } from '@/lib/nav';
import { NavLink } from './nav-link';

export async function Sidebar({ role }: { role: Role }) {
  const { t } = await getI18n();
  return (
    <aside className="flex w-60 shrink-0 flex-col bg-slate-900 text-slate-300">
      <Link href="/" className="flex items-center gap-2 px-5 py-5 text-white">
        {/* eslint-disable-next-line @next/next/no-img-element -- a 1 KB SVG needs no optimiser */}
        <img src="/pulso.svg" alt="" width={32} height={32} />
        <span className="text-lg font-semibold tracking-tight">Pulso</span>
      </Link>
      <nav aria-label={t.common.nav.label} className="flex-1 space-y-6 px-3 py-2">
        {NAV.filter((section) => hasRole(role, section.role)).map((section) => (
          <div key={section.key}>
            <p className="px-2 pb-1 text-xs font-medium uppercase tracking-wider text-slate-400">{t.common.nav.sections[section.key]}</p>
            <ul className="space-y-0.5">
              {section.items.map((item) => {
                const [label, description] = t.common.nav[item.key];
                return (
                  <li key={item.href}>
                    <NavLink href={item.href} title={description}>{label}</NavLink>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </nav>
      <p className="px-5 py-4 text-xs text-slate-400">{t.common.app.tagline}</p>
    </aside>
  );
}
