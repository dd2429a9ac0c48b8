import { redirect } from 'next/navigation';

export default function DashboardsIndex() {
  redirect('/dashboards/resumen');
}
