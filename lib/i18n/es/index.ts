// Every Spanish message, by area; each area's file is owned by its pages.
import { common } from './common';
import { database } from './database';
import { timescale } from './timescale';

export const es = { common, database, timescale };
export type Messages = typeof es;
