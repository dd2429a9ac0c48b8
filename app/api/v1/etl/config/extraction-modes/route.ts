import { extractionModes } from '@/lib/api/contracts/etl';
import { endpoint } from '@/lib/api/endpoint';
import { RUN_MODES } from '@/lib/db/schema';
import { MODE_DESCRIPTIONS } from '@/lib/etl/window';

export const GET = endpoint(extractionModes, async () => RUN_MODES.map((mode) => ({ mode, description: MODE_DESCRIPTIONS[mode] })));
