// Every Spanish message, by area; each area's file is owned by its pages.
import { common } from './common';
import { database } from './database';
import { timescale } from './timescale';
import { validation } from './validation';

export const es = { common, database, timescale, validation };
export type Messages = typeof es;
