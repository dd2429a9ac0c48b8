// The configured source: BigQuery when a project is set, else the demo generator.
import { env } from '../../env';
import { bigQuerySourceFromEnv } from './bigquery';
import { createDemoSource } from './demo';
import type { Source } from './source';

export function sourceFromEnv(): Source {
  return env().source === 'bigquery' ? bigQuerySourceFromEnv() : createDemoSource();
}
