import { validate } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { getDatabase } from '@/lib/db/client';
import { sourceFromEnv } from '@/lib/etl/sources';
import { checkSchema, reconcile } from '@/lib/etl/validate';

export const GET = endpoint(validate, async ({ params, query }) => {
  const { sql } = await getDatabase();
  const [schema, days] = await Promise.all([
    checkSchema(sql, params.table),
    reconcile(sql, sourceFromEnv(), params.table, { days: query.days }),
  ]);
  return { table: params.table, schema, days, differingDays: days.filter((d) => d.differences.length > 0).length };
});
