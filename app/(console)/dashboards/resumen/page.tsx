import { dashboardMetadata, dashboardPage } from '@/components/dashboards/dashboard-page';
import { ResumenView } from '@/components/dashboards/resumen/resumen-view';

export const generateMetadata = dashboardMetadata('resumen');
export default dashboardPage('resumen', ResumenView);
