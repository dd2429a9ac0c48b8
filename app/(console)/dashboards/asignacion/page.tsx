import { dashboardMetadata, dashboardPage } from '@/components/dashboards/dashboard-page';
import { AsignacionView } from '@/components/dashboards/asignacion/asignacion-view';

export const generateMetadata = dashboardMetadata('asignacion');
export default dashboardPage('asignacion', AsignacionView);
