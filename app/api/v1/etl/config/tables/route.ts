import { configTables } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { MART_TABLES, TABLES } from '@/lib/etl/config';

export const GET = endpoint(configTables, async () => MART_TABLES.map((table) => ({ table, ...TABLES[table] })));
