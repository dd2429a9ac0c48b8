export * from './marts';
export * from './etl';
export * from './auth';
export * from './rollups';
