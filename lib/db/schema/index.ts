export * from './marts';
export * from './etl';
