// Every /api/v1 contract, for the OpenAPI document and the tests that walk them all.
import type { Contract } from '../contract';
import * as admin from './admin';
import * as dashboards from './dashboards';
import * as database from './database';
import * as etl from './etl';
import * as timescale from './timescale';

export const CONTRACTS: Contract[] = [...Object.values(etl), ...Object.values(database), ...Object.values(timescale), ...Object.values(dashboards), ...Object.values(admin)] as Contract[];
