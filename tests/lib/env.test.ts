import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../lib/env';

describe('the environment', () => {
  it('uses the embedded default when no server is configured', () => {
    const e = parseEnv({});
    expect(e.externalDatabaseUrl).toBeUndefined();
    expect(e.PULSO_DATA_DIR).toBe('.data');
    expect(e.HOST).toBe('127.0.0.1');
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(parseEnv({ DATABASE_URL: '' }).externalDatabaseUrl).toBeUndefined();
  });

  it('prefers DATABASE_URL over the seed\'s POSTGRES_* variables', () => {
    const e = parseEnv({ DATABASE_URL: 'postgres://a@db:5432/x', POSTGRES_HOST: 'other' });
    expect(e.externalDatabaseUrl).toBe('postgres://a@db:5432/x');
  });

  it('builds the URL from the seed\'s POSTGRES_* variables, escaping the password', () => {
    const e = parseEnv({
      POSTGRES_HOST: 'db.internal', POSTGRES_PORT: '6432', POSTGRES_DB: 'pulso_db',
      POSTGRES_USER: 'etl', POSTGRES_PASSWORD: 'p@ss/word',
    });
    expect(e.externalDatabaseUrl).toBe('postgres://etl:p%40ss%2Fword@db.internal:6432/pulso_db');
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ PULSO_EMBEDDED_PORT: 'abc' })).toThrow(/PULSO_EMBEDDED_PORT/);
  });
});
