import type { Messages } from '../es';
import { admin } from './admin';
import { auth } from './auth';
import { common } from './common';
import { dashboards } from './dashboards';
import { database } from './database';
import { etl } from './etl';
import { maintenance } from './maintenance';
import { overview } from './overview';
import { runs } from './runs';
import { timescale } from './timescale';
import { validation } from './validation';

export const en: Messages = { common, auth, overview, etl, runs, maintenance, database, timescale, validation, dashboards, admin };
