// The console's navigation, in one place: the sidebar renders this list.
// Later areas (ETL, TimescaleDB, validation, dashboards, admin) add entries here.

export interface NavItem {
  href: string;
  label: string;
  description: string;
}

export interface NavSection {
  title: string;
  items: NavItem[];
}

export const NAV: NavSection[] = [
  {
    title: 'Plataforma',
    items: [
      { href: '/db', label: 'Base de datos', description: 'Estado del setup, tablas, hypertables y migraciones' },
    ],
  },
];
