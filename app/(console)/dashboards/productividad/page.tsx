import { dashboardMetadata, dashboardPage } from '@/components/dashboards/dashboard-page';
import { ProductividadView } from '@/components/dashboards/productividad/productividad-view';

export const generateMetadata = dashboardMetadata('productividad');
export default dashboardPage('productividad', ProductividadView);
