// Guards the migration workflow: the committed migrations describe exactly the
// drizzle schema, and each one can be rolled back.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadMigrations, MIGRATIONS_DIR } from '../../lib/db/migrations';

describe('the migrations in drizzle/', () => {
  it('each have a down file', () => {
    for (const migration of loadMigrations()) {
      expect(migration.down, `drizzle/down/${migration.tag}.sql`).not.toBeNull();
      expect(migration.down!.length).toBeGreaterThan(0);
    }
  });

  it('match the drizzle schema: generating again produces nothing new', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pulso-generate-'));
    cpSync(MIGRATIONS_DIR, out, { recursive: true });
    const before = readdirSync(out);
    const { stdout } = await promisify(execFile)(path.resolve('node_modules/.bin/drizzle-kit'), [
      // drizzle-kit prefixes "./" to --out, so it must be relative.
      'generate', '--dialect', 'postgresql', '--schema', 'lib/db/schema/index.ts', '--out', path.relative(process.cwd(), out),
    ]);
    expect(stdout).toContain('No schema changes');
    expect(readdirSync(out)).toEqual(before);
  });
});
