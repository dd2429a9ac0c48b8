import type { Messages } from '../es';
import { common } from './common';
import { etl } from './etl';
import { maintenance } from './maintenance';
import { overview } from './overview';
import { runs } from './runs';

export const en: Messages = { common, overview, etl, runs, maintenance };
