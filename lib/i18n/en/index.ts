import type { Messages } from '../es';
import { admin } from './admin';
import { common } from './common';
import { database } from './database';
import { timescale } from './timescale';
import { validation } from './validation';

export const en: Messages = { common, database, timescale, validation, admin };
