import { dashboardMetadata, dashboardPage } from '@/components/dashboards/dashboard-page';
import { EvolucionView } from '@/components/dashboards/evolucion/evolucion-view';

export const generateMetadata = dashboardMetadata('evolucion');
export default dashboardPage('evolucion', EvolucionView);
