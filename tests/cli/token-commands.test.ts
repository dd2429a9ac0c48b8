// `npm run token`: a token created from a terminal works once, is listed by its
// prefix only, and stops working when revoked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../lib/auth/tokens';
import type { TestDatabase } from '../helpers/database';
import { createEtlDatabase } from '../helpers/etl-database';
import { runCli } from '../helpers/processes';

let db: TestDatabase;
const token = (...args: string[]) => runCli('cli/token.ts', args, { DATABASE_URL: db.url });

beforeAll(async () => {
  db = await createEtlDatabase();
});
afterAll(() => db.drop());

describe('npm run token', () => {
  it('creates, lists and revokes a token', async () => {
    const created = await token('create', '--name', 'nightly', '--role', 'operator', '--expires', '2099-01-01');
    expect(created.stdout).toContain('✓ token "nightly" (operator, expires 2099-01-01)');
    const secret = created.stdout.match(/secret: (\S+)/)![1];
    expect(await verifyToken(db.db, secret)).toMatchObject({ name: 'nightly', role: 'operator' });

    const listed = await token('list');
    expect(listed.stdout).toContain(`${secret.slice(0, 12)}…`);
    expect(listed.stdout).not.toContain(secret);
    const id = listed.stdout.trim().split(/\s+/)[0];

    expect((await token('revoke', id)).stdout).toContain('✓ revoked "nightly"');
    expect(await verifyToken(db.db, secret)).toBeNull();
    expect((await token('revoke', id)).stderr).toMatch(/No live token has the id/);
    expect((await token('create', '--name', 'x', '--role', 'root')).stderr).toMatch(/The role must be one of/);
  });
});
