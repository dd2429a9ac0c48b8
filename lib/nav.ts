// The console's navigation, in one place: the sidebar renders this list, in
// the user's language (labels come from lib/i18n, common.nav).
import type { Role } from './auth/roles';
import type { Messages } from './i18n/messages';

type NavKey = Exclude<keyof Messages['common']['nav'], 'sections'>;

export interface NavItem {
  href: string;
  key: NavKey;
}

export interface NavSection {
  key: keyof Messages['common']['nav']['sections'];
  /** Sections a role may not open are not shown to it (the pages refuse it too). */
  role: Role;
  items: NavItem[];
}

export const NAV: NavSection[] = [
  {
    key: 'etl', role: 'viewer',
    items: [
      { href: '/', key: 'overview' },
      { href: '/etl/tables', key: 'tables' },
      { href: '/etl/runs', key: 'runs' },
      { href: '/etl/watermarks', key: 'watermarks' },
      { href: '/etl/maintenance', key: 'maintenance' },
      { href: '/validation', key: 'validation' },
    ],
  },
  {
    key: 'dashboards', role: 'viewer',
    items: [
      { href: '/dashboards/resumen', key: 'dashResumen' },
      { href: '/dashboards/evolucion', key: 'dashEvolucion' },
      { href: '/dashboards/asignacion', key: 'dashAsignacion' },
      { href: '/dashboards/operacion', key: 'dashOperacion' },
      { href: '/dashboards/productividad', key: 'dashProductividad' },
    ],
  },
  {
    key: 'platform', role: 'viewer',
    items: [
      { href: '/timescale', key: 'timescale' },
      { href: '/db', key: 'database' },
    ],
  },
  {
    key: 'admin', role: 'admin',
    items: [
      { href: '/admin/users', key: 'users' },
      { href: '/admin/tokens', key: 'tokens' },
      { href: '/admin/audit', key: 'audit' },
    ],
  },
];
