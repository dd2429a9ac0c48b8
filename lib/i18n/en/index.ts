import type { Messages } from '../es';
import { common } from './common';
import { database } from './database';
import { timescale } from './timescale';

export const en: Messages = { common, database, timescale };
