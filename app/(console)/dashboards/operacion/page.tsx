import { dashboardMetadata, dashboardPage } from '@/components/dashboards/dashboard-page';
import { OperacionView } from '@/components/dashboards/operacion/operacion-view';

export const generateMetadata = dashboardMetadata('operacion');
export default dashboardPage('operacion', OperacionView);
