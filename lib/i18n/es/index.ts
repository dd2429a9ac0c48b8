// Every Spanish message, by area; each area's file is owned by its pages.
import { common } from './common';
import { etl } from './etl';
import { maintenance } from './maintenance';
import { overview } from './overview';
import { runs } from './runs';

export const es = { common, overview, etl, runs, maintenance };
export type Messages = typeof es;
